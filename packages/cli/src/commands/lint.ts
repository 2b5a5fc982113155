import type { FileResult } from '@tactful/formatters'
import type { CliIo } from '../io.js'
import { countResults, errorsOnly, type RunCounts } from '../file-results.js'
import { lintFiles, type ReportMemo } from '../lint-files.js'
import type { LintCliOptions } from '../lint-options.js'
import { lintStdin } from '../lint-stdin.js'
import { formatResults, loadFormatter, writeReport } from '../output.js'
import { formatters } from '@tactful/formatters'
import { readAll } from '../read-stdin.js'
import { timingTable } from '../timing-table.js'

/**
 * Exit 2 when a file could not be read (bad input: not UTF-8, broken JSON or CSV), as for a bad
 * flag or config; else 1 on any error or on more warnings than --max-warnings allows; else 0.
 */
export function exitCodeFor(counts: RunCounts, maxWarnings: number): { code: 0 | 1 | 2; tooManyWarnings: boolean } {
  const tooManyWarnings = maxWarnings >= 0 && counts.warningCount > maxWarnings
  const code = counts.fatalCount > 0 ? 2 : counts.errorCount > 0 || tooManyWarnings ? 1 : 0
  return { code, tooManyWarnings }
}

export async function lintCommand(options: LintCliOptions, io: CliIo, cacheLocationArg?: string): Promise<0 | 1 | 2> {
  if (options.printConfig !== undefined) {
    const { printConfig } = await import('../print-config.js')
    await writeReport(await printConfig(options.printConfig, options, io.setup), options.outputFile, io.stdout, options.cwd)
    return 0
  }
  // Load a custom formatter before linting, so a bad --format fails fast.
  const formatter = await loadFormatter(options.format, options.cwd)
  const color = options.color ?? (!options.outputFile && io.stdout.isTTY === true)
  // A built-in formatter's report is a function of the results and these; a custom one may change between runs.
  const memo: ReportMemo | undefined =
    options.cache && !options.stdin && formatters.has(options.format) ? { formatting: JSON.stringify([options.format, color, options.quiet, options.cwd]) } : undefined
  let results: FileResult[] = options.stdin
    ? [await lintStdin(await readAll(io.stdin), options, io.setup)]
    : await lintFiles(options, { stderr: io.stderr, ...(io.setup ? { setup: io.setup } : {}), ...(cacheLocationArg !== undefined ? { cacheLocationArg } : {}), ...(memo ? { report: memo } : {}), ...(io.beforeLinting ? { beforeLinting: io.beforeLinting } : {}) })
  if (memo?.stored) {
    await writeReport(memo.stored.text, options.outputFile, io.stdout, options.cwd)
    if (options.timing !== undefined) io.stderr.write(timingTable([], options.timing))
    return finish(memo.stored, options.maxWarnings, io)
  }
  // Taken before --quiet rebuilds the results; printed after the report, on stderr, so JSON and SARIF stay valid.
  const timing = options.timing !== undefined ? timingTable(results, options.timing) : undefined
  if (options.quiet) results = results.map(errorsOnly)
  const counts = countResults(results)
  const report = await formatResults(formatter, results, options.cwd, color, io.setup)
  await writeReport(report, options.outputFile, io.stdout, options.cwd)
  await memo?.remember?.(report, counts)
  if (timing !== undefined) io.stderr.write(timing)
  return finish(counts, options.maxWarnings, io)
}

/** The exit code, with the reason on stderr when it is not the report's own errors. */
function finish(counts: RunCounts, maxWarnings: number, io: CliIo): 0 | 1 | 2 {
  const { code, tooManyWarnings } = exitCodeFor(counts, maxWarnings)
  if (counts.fatalCount > 0) {
    const files = counts.fatalCount === 1 ? '1 file' : `${counts.fatalCount} files`
    io.stderr.write(`tactful: ${files} could not be read (tactful/parse-error in the report names each and why); the others were linted.\n`)
  }
  if (tooManyWarnings) io.stderr.write(`tactful found too many warnings (${counts.warningCount}; maximum: ${maxWarnings}).\n`)
  return code
}
