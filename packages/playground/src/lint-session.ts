import { createLinter, type Channel, type Linter, type LintMessage } from '@tactful/core'
import type { Range } from './track-edits'

/** What the page's controls say about the text. */
export interface LintSettings {
  presets: readonly string[]
  /** ISO 3166-1 code, or '' when the customer's region is unknown. */
  region: string
  channel: Channel
  /** An adapter id, or 'auto' to go by the opened file's extension. */
  format: string
  /** Name of the opened file, if any: its extension picks the adapter under 'auto'. */
  fileName?: string
}

export interface FindingSuggestion {
  label: string
  /** Replacement text and where it goes, kept current while the user types. */
  range: Range
  text: string
  kind: 'fix' | 'suggestion'
}

/** A lint message plus the live ranges the page edits by. */
export interface Finding {
  id: number
  message: LintMessage
  range: Range
  suggestions: FindingSuggestion[]
  /** Set when an edit touched the finding before the next lint ran. */
  stale: boolean
}

/**
 * Compiles one linter per preset selection (compiling is the costly step)
 * and lints with the region, channel and format of the moment, which the
 * engine takes per call.
 */
export class LintSession {
  readonly #linters = new Map<string, Linter>()

  linterFor(presets: readonly string[]): Linter {
    const key = [...presets].sort().join(',')
    let linter = this.#linters.get(key)
    if (!linter) {
      linter = createLinter({ extends: [...presets] })
      this.#linters.set(key, linter)
    }
    return linter
  }

  lint(text: string, settings: LintSettings): LintOutcome {
    const linter = this.linterFor(settings.presets)
    const format = settings.format !== 'auto' ? settings.format : undefined
    const result = linter.lint(text, {
      region: settings.region ? [settings.region] : [],
      channel: settings.channel,
      ...(format ? { format } : {}),
      ...(settings.fileName ? { filePath: settings.fileName } : {}),
    })
    return { findings: result.messages.map((message, id) => toFinding(message, id)), placeholders: placeholdersOf(linter, text, settings.fileName, format) }
  }
}

export interface LintOutcome {
  findings: Finding[]
  /** Template tags and other masked stretches, in text offsets: shown as left alone. */
  placeholders: Range[]
}

/** Asks the format's adapter what it masks, so the page can show that tactful leaves it alone. */
function placeholdersOf(linter: Linter, text: string, fileName: string | undefined, format: string | undefined): Range[] {
  const extracted = linter.adapterFor(fileName, format)?.extract(text, fileName)
  const ranges: Range[] = []
  for (const unit of extracted?.units ?? []) {
    for (const [start, end] of unit.placeholders) ranges.push([unit.offsetMap.toFile(start, 'start'), unit.offsetMap.toFile(end, 'end')])
  }
  return ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0])
}

function toFinding(message: LintMessage, id: number): Finding {
  const suggestions: FindingSuggestion[] = []
  if (message.fix) {
    suggestions.push({ label: fixLabel(message.fix.text, message), range: [...message.fix.range], text: message.fix.text, kind: 'fix' })
  }
  for (const s of message.suggestions ?? []) {
    suggestions.push({ label: s.message, range: [...s.fix.range], text: s.fix.text, kind: 'suggestion' })
  }
  return { id, message, range: [message.position.start.offset, message.position.end.offset], suggestions, stale: false }
}

function fixLabel(text: string, message: LintMessage): string {
  if (text === '') return `Remove “${message.actual ?? ''}”`
  return `Fix: “${text}”`
}
