import type { LintTiming } from '@tactful/core'
import type { FileResult } from '@tactful/formatters'

/** The engine's parts that are not a code rule, as the table names them. */
const PARTS = {
  extract: '(extract: Markdown, HTML, templates)',
  parse: '(parse: retext-english)',
  phrases: '(phrase rules: one shared matcher)',
  engine: '(engine: tokens, walk, messages)',
} as const

/** Sums the timings of the files that were linted (a cached result has none). */
export function sumTimings(results: readonly FileResult[]): { files: number; total: LintTiming } {
  const total: LintTiming = { total: 0, extract: 0, parse: 0, phrases: 0, rules: {} }
  let files = 0
  for (const { timing } of results) {
    if (!timing) continue
    files++
    total.total += timing.total
    total.extract += timing.extract
    total.parse += timing.parse
    total.phrases += timing.phrases
    for (const [id, ms] of Object.entries(timing.rules)) total.rules[id] = (total.rules[id] ?? 0) + ms
  }
  return { files, total }
}

/**
 * ESLint's TIMING table, with the engine's own parts beside the rules: the `rows` slowest
 * (every one with `all`), each with its share of the time spent linting.
 */
export function timingTable(results: readonly FileResult[], rows: number | 'all'): string {
  const { files, total } = sumTimings(results)
  if (files === 0) return '\nTIMING: no file was linted (every result came from the cache).\n'
  const rulesTime = Object.values(total.rules).reduce((sum, ms) => sum + ms, 0)
  const entries: Array<[string, number]> = [
    [PARTS.extract, total.extract],
    [PARTS.parse, total.parse],
    [PARTS.phrases, total.phrases],
    [PARTS.engine, Math.max(0, total.total - total.extract - total.parse - total.phrases - rulesTime)],
    ...Object.entries(total.rules),
  ]
  entries.sort((a, b) => b[1] - a[1])
  const shown = rows === 'all' ? entries : entries.slice(0, rows)
  const nameWidth = Math.max(4, ...shown.map(([name]) => name.length))
  const lines = [
    `${'Rule'.padEnd(nameWidth)} | Time (ms) | Relative`,
    `:${'-'.repeat(nameWidth)}|----------:|--------:`,
    ...shown.map(([name, ms]) => `${name.padEnd(nameWidth)} | ${ms.toFixed(3).padStart(9)} | ${(total.total > 0 ? (ms / total.total) * 100 : 0).toFixed(1).padStart(7)}%`),
  ]
  // Summed over the files, on every thread that linted them: with workers it exceeds the wall time.
  const summary = `TIMING: ${files} ${files === 1 ? 'file' : 'files'} linted in ${total.total.toFixed(1)} ms (summed over the files and threads)`
  return `\n${summary}\n\n${lines.join('\n')}\n`
}
