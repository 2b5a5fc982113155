import type { LintMessage, LintTiming, Point } from '@tactful/core'
import type { FileResult } from '@tactful/formatters'

const ENGINE_DOCS = 'https://tactful.dev/docs/engine-messages#'
const START: Point = { line: 1, column: 1, offset: 0 }

/** Counts and wraps a file's messages in the shape formatters take. */
export function toFileResult(filePath: string, messages: LintMessage[], output?: string, timing?: LintTiming): FileResult {
  const result: FileResult = { filePath, messages, errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 }
  for (const m of messages) {
    if (m.severity === 'error') result.errorCount++
    else if (m.severity === 'warning') result.warningCount++
    else result.infoCount++
    if (m.fix) result.fixableCount++
  }
  if (output !== undefined) result.output = output
  if (timing !== undefined) result.timing = timing
  return result
}

/** A file that cannot be read as text: a fatal error, which makes the run exit 2 (bad input). */
export function unreadableResult(filePath: string, reason: string): FileResult {
  return toFileResult(filePath, [
    { ruleId: 'tactful/parse-error', severity: 'error', fatal: true, message: `Cannot lint ${filePath}: ${reason}`, position: { start: START, end: START }, url: `${ENGINE_DOCS}parse-error` },
  ])
}

/** A binary file is skipped with a warning, never a crash. */
export function binaryResult(filePath: string): FileResult {
  return toFileResult(filePath, [
    { ruleId: 'tactful/binary-file', severity: 'warning', message: 'Skipped a binary file (it contains NUL bytes)', position: { start: START, end: START }, url: `${ENGINE_DOCS}binary-file` },
  ])
}

/** A file named on the command line that the ignores skip: a warning, as in ESLint, so the user knows it was not linted. */
export function ignoredResult(filePath: string): FileResult {
  return toFileResult(filePath, [
    { ruleId: 'tactful/ignored-file', severity: 'warning', message: "File ignored by .tactfulignore or the config's ignores", position: { start: START, end: START }, url: `${ENGINE_DOCS}ignored-file` },
  ])
}

/** `--quiet`: errors only. */
export function errorsOnly(result: FileResult): FileResult {
  if (result.warningCount === 0 && result.infoCount === 0) return result
  return toFileResult(result.filePath, result.messages.filter((m) => m.severity === 'error'), result.output)
}

/** What decides a run's exit code; a stored report keeps them for the next run over the same files. */
export interface RunCounts {
  errorCount: number
  warningCount: number
  /** Files that could not be read as text or as their format (a fatal message): bad input. */
  fatalCount: number
}

export function countResults(results: readonly FileResult[]): RunCounts {
  const counts: RunCounts = { errorCount: 0, warningCount: 0, fatalCount: 0 }
  for (const r of results) {
    counts.errorCount += r.errorCount
    counts.warningCount += r.warningCount
    if (r.messages.some((m) => m.fatal)) counts.fatalCount++
  }
  return counts
}
