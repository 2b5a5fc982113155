import type { FileResult } from '@tactful/formatters'
import type { CliIo } from '../io.js'
import { errorsOnly } from '../file-results.js'
import { lintFiles } from '../lint-files.js'
import type { LintCliOptions } from '../lint-options.js'
import { lintStdin } from '../lint-stdin.js'
import { formatResults, loadFormatter, writeReport } from '../output.js'
import { readAll } from '../read-stdin.js'

/** Exit 1 on any error, or on more warnings than --max-warnings allows; else 0. */
export function exitCodeFor(results: readonly FileResult[], maxWarnings: number): { code: 0 | 1; tooManyWarnings: boolean } {
  let errors = 0
  let warnings = 0
  for (const r of results) {
    errors += r.errorCount
    warnings += r.warningCount
  }
  const tooManyWarnings = maxWarnings >= 0 && warnings > maxWarnings
  return { code: errors > 0 || tooManyWarnings ? 1 : 0, tooManyWarnings }
}

export async function lintCommand(options: LintCliOptions, io: CliIo, cacheLocationArg?: string): Promise<0 | 1> {
  if (options.printConfig !== undefined) {
    const { printConfig } = await import('../print-config.js')
    await writeReport(await printConfig(options.printConfig, options, io.setup), options.outputFile, io.stdout)
    return 0
  }
  // Load a custom formatter before linting, so a bad --format fails fast.
  const formatter = await loadFormatter(options.format, options.cwd)
  let results: FileResult[] = options.stdin
    ? [await lintStdin(await readAll(io.stdin), options, io.setup)]
    : await lintFiles(options, { stderr: io.stderr, ...(io.setup ? { setup: io.setup } : {}), ...(cacheLocationArg !== undefined ? { cacheLocationArg } : {}) })
  if (options.quiet) results = results.map(errorsOnly)
  const color = options.color ?? (!options.outputFile && io.stdout.isTTY === true)
  await writeReport(await formatResults(formatter, results, options.cwd, color, io.setup), options.outputFile, io.stdout)
  const { code, tooManyWarnings } = exitCodeFor(results, options.maxWarnings)
  if (tooManyWarnings) {
    const warnings = results.reduce((n, r) => n + r.warningCount, 0)
    io.stderr.write(`tactful found too many warnings (${warnings}; maximum: ${options.maxWarnings}).\n`)
  }
  return code
}
