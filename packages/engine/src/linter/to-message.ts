import type { LintMessage } from '../types/message.js'
import type { LintUnit } from '../types/unit.js'
import type { RuleEntry } from '../types/config.js'
import type { LocationIndex } from '../position/location-index.js'
import type { RawReport } from './raw-report.js'
import { render } from './lint-unit.js'

function quoteList(items: readonly string[]): string {
  const quoted = items.map((s) => `“${s}”`)
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`
}

/** Maps a report from unit offsets to the original file and renders it into the public message shape. */
export function toMessage(report: RawReport, unit: LintUnit, original: string, locations: LocationIndex, entry: RuleEntry | undefined): LintMessage {
  const start = unit.offsetMap.toFile(report.range[0], 'start')
  const end = Math.max(start, unit.offsetMap.toFile(report.range[1], 'end'))
  // Inside a decoded stretch (base64) the file holds no text of the finding's own: quote the decoded words, not
  // the encoded body the range widens to (which, once per finding, ran a 0.5 MB e-mail out of memory).
  const actual = unit.offsetMap.isExact(report.range[0], report.range[1]) ? original.slice(start, end) : unit.text.slice(report.range[0], report.range[1])
  const data = { ...report.data, actual, expected: report.expected ? quoteList(report.expected) : '', note: report.note ?? '' }
  const message: LintMessage = {
    ruleId: report.meta.id,
    severity: report.severity,
    message: render(report.meta.messages[report.messageId] ?? report.messageId, data),
    messageId: report.messageId,
    category: report.meta.category,
    position: { start: locations.toPoint(start), end: locations.toPoint(end) },
    unit: { kind: unit.kind, ...(unit.key !== undefined ? { key: unit.key } : {}) },
    actual,
    url: report.meta.docsUrl,
  }
  if (report.expected?.length) message.expected = report.expected
  if (report.note) message.note = report.note
  if (report.fix) message.fix = report.fix
  if (report.suggest?.length) message.suggestions = report.suggest
  if (entry?.origin && (entry.origin.preset || entry.origin.configFile)) message.origin = { ...entry.origin }
  return message
}
