import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { builtins, type LinterSetup } from '@tactful/core'
import { formatters, type FileResult, type Formatter, type FormatterRuleMeta } from '@tactful/formatters'
import { invalidOption } from './errors/invalid-option.js'
import { VERSION } from './version.js'

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
  return module.default as Formatter
}

/** Rule metadata for formatters that describe rules (SARIF). */
export function ruleMetadata(setup?: Partial<LinterSetup>): Map<string, FormatterRuleMeta> {
  const rules = setup?.rules ? new Map([...builtins.rules, ...setup.rules]) : builtins.rules
  return new Map([...rules].map(([id, rule]) => [id, rule.meta]))
}

export async function formatResults(formatter: Formatter, results: FileResult[], cwd: string, color: boolean, setup?: Partial<LinterSetup>): Promise<string> {
  return await formatter(results, { cwd, color, rules: ruleMetadata(setup), version: VERSION })
}

/** Writes a report to `--output-file` (creating its directory) or to stdout. */
export async function writeReport(text: string, outputFile: string | undefined, stdout: NodeJS.WritableStream): Promise<void> {
  if (outputFile) {
    await mkdir(dirname(outputFile), { recursive: true })
    await writeFile(outputFile, text)
    return
  }
  if (text) stdout.write(text.endsWith('\n') ? text : `${text}\n`)
}
