import { writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { LinterSetup } from '@tactful/engine'
import { formatters, type FileResult, type Formatter, type FormatterRuleMeta } from '@tactful/formatters'
import { fileSystemError } from './errors/file-system-error.js'
import { invalidOption } from './errors/invalid-option.js'
import { isStringTooLong, reportTooLarge } from './errors/report-too-large.js'
import { UserError } from './errors/user-error.js'
import { VERSION } from './version.js'
import { makeDirectory } from './make-directory.js'

/** A built-in formatter by name, or the default export of a module path (relative to cwd). */
export async function loadFormatter(name: string, cwd: string): Promise<Formatter> {
  const builtin = formatters.get(name)
  if (builtin) return builtin
  let module: { default?: unknown }
  try {
    module = await import(pathToFileURL(resolve(cwd, name)).href)
  } catch (error) {
    throw invalidOption('--format', `cannot load formatter module ${name}: ${(error as Error).message.split('\n')[0]}`)
  }
  if (typeof module.default !== 'function') throw invalidOption('--format', `${name} must default-export a function (results, options) => string`)
  const custom = module.default as Formatter
  // A failing formatter of the user's is their bug to fix, not tactful's; formatResults awaits a promise one returns.
  const failed = (error: unknown) => new UserError(`formatter ${name} failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`)
  // A report must be text: anything else is the formatter's mistake, named as such.
  const checked = (out: unknown): string => {
    if (typeof out !== 'string') throw new UserError(`formatter ${name} returned ${out === null ? 'null' : typeof out}, not the report text (a string)`)
    return out
  }
  return (results, options) => {
    try {
      const out = custom(results, options) as unknown
      return (out instanceof Promise ? out.then(checked, (error: unknown) => Promise.reject(failed(error))) : checked(out)) as string
    } catch (error) {
      throw error instanceof UserError ? error : failed(error)
    }
  }
}

/** Rule metadata for formatters that describe rules (SARIF). */
export async function ruleMetadata(setup?: Partial<LinterSetup>): Promise<Map<string, FormatterRuleMeta>> {
  const { lazyBuiltins } = await import('@tactful/core/lazy')
  const rules = setup?.rules ? new Map([...lazyBuiltins.rules, ...setup.rules]) : lazyBuiltins.rules
  return new Map([...rules].map(([id, rule]) => [id, rule.meta]))
}

/** Built-in formatters that never read rule metadata: a run served from the cache need not load the rules for them. */
const WITHOUT_RULE_METADATA = new Set(['stylish', 'json', 'compact', 'github'].map((name) => formatters.get(name)))

export async function formatResults(formatter: Formatter, results: FileResult[], cwd: string, color: boolean, setup?: Partial<LinterSetup>): Promise<string> {
  const rules = WITHOUT_RULE_METADATA.has(formatter) ? undefined : await ruleMetadata(setup)
  try {
    return await formatter(results, { cwd, color, ...(rules ? { rules } : {}), version: VERSION })
  } catch (error) {
    if (isStringTooLong(error)) throw reportTooLarge(results.reduce((sum, result) => sum + result.messages.length, 0))
    throw error
  }
}

/** Writes a report (text, or the stored bytes of an earlier identical run) to `--output-file` (creating its directory) or to stdout. */
export async function writeReport(text: string | Uint8Array, outputFile: string | undefined, stdout: NodeJS.WritableStream, cwd?: string): Promise<void> {
  if (outputFile) {
    try {
      await makeDirectory(dirname(outputFile))
      await writeFile(outputFile, text)
    } catch (error) {
      throw fileSystemError(error, 'write', outputFile, cwd)
    }
    return
  }
  if (text.length === 0) return
  stdout.write(text)
  // Apart, so a report of megabytes is not copied once more to append one character.
  const endsWithNewline = typeof text === 'string' ? text.endsWith('\n') : text[text.length - 1] === 10
  if (!endsWithNewline) stdout.write('\n')
}
