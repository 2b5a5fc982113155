import { isAbsolute, relative, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { LintMessage, ReportedSeverity } from '@tactful/engine'
import type { FileResult, Formatter, FormatterOptions, FormatterRuleMeta } from './types.js'

const LEVEL: Record<ReportedSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' }
const SRCROOT = '%SRCROOT%'

/** A URI relative to the working directory (percent-encoded per segment), or a file URL outside it. */
function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = isAbsolute(filePath) ? relative(cwd, filePath) : filePath
  if (rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(filePath).href }
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT }
}

function ruleDescriptor(id: string, meta: FormatterRuleMeta | undefined, sample: LintMessage) {
  if (!meta) {
    // Engine messages (tactful/parse-error, …) have no rule module but still need a descriptor.
    return {
      id,
      shortDescription: { text: `tactful engine message ${id}` },
      fullDescription: { text: `A problem tactful itself reports (${id}), not a writing rule.` },
      helpUri: sample.url,
      defaultConfiguration: { level: LEVEL[sample.severity] },
    }
  }
  return {
    id,
    name: id.replace(/(^|-)([a-z])/g, (_, __, ch: string) => ch.toUpperCase()),
    shortDescription: { text: meta.description },
    fullDescription: { text: `${meta.description}. Category: ${meta.category}; default severity: ${meta.defaultSeverity}${meta.fixable === 'fix' ? '; fixable with --fix' : ''}.` },
    helpUri: meta.docsUrl,
    help: { text: `${meta.description}. Docs: ${meta.docsUrl}`, markdown: `${meta.description}. [Docs](${meta.docsUrl})` },
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: { category: meta.category, tags: [meta.category] },
  }
}

function toResult(m: LintMessage, file: FileResult, ruleIndex: number, options: FormatterOptions) {
  const location = artifactLocation(file.filePath, options.cwd)
  const { start, end } = m.position
  const result: Record<string, unknown> = {
    ruleId: m.ruleId,
    ruleIndex,
    level: LEVEL[m.severity],
    message: { text: m.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: start.offset, charLength: end.offset - start.offset },
        },
      },
    ],
  }
  if (m.fix) {
    result.fixes = [
      {
        description: { text: `Replace with “${m.fix.text}”` },
        artifactChanges: [
          {
            artifactLocation: location,
            replacements: [{ deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] }, insertedContent: { text: m.fix.text } }],
          },
        ],
      },
    ]
  }
  return result
}

/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers; columns are 1-based UTF-16 code units. */
export const sarif: Formatter = (results, options) => {
  const ruleIndex = new Map<string, number>()
  const rules: ReturnType<typeof ruleDescriptor>[] = []
  const sarifResults: Record<string, unknown>[] = []
  for (const file of results) {
    for (const m of file.messages) {
      let index = ruleIndex.get(m.ruleId)
      if (index === undefined) {
        index = rules.length
        ruleIndex.set(m.ruleId, index)
        rules.push(ruleDescriptor(m.ruleId, options.rules?.get(m.ruleId), m))
      }
      sarifResults.push(toResult(m, file, index, options))
    }
  }
  const cwdUri = pathToFileURL(options.cwd.endsWith(sep) ? options.cwd : options.cwd + sep).href
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tactful',
            informationUri: 'https://tactful.dev',
            ...(options.version ? { version: options.version, semanticVersion: options.version } : {}),
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: cwdUri } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  }
  return JSON.stringify(log, null, 2)
}
