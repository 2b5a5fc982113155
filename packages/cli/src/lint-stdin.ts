import { resolve } from 'node:path'
import type { LinterSetup } from '@tactful/engine'
import type { FileResult } from '@tactful/formatters'
import { ConfigProvider } from './configs.js'
import { binaryResult, ignoredResult, toFileResult, unreadableResult } from './file-results.js'
import { engineOptions } from './lint-file.js'
import type { LintCliOptions } from './lint-options.js'
import { decodeFile } from './read-text.js'

export const STDIN_NAME = '<stdin>'

/**
 * Lints text from standard input as if it were `--stdin-filename` (which
 * picks the adapter, the config and its overrides). Fixes go to `output`,
 * never to disk.
 */
export async function lintStdin(bytes: Uint8Array, options: LintCliOptions, setup?: Partial<LinterSetup>): Promise<FileResult> {
  const filePath = options.stdinFilename ? resolve(options.cwd, options.stdinFilename) : undefined
  const shownPath = filePath ?? STDIN_NAME
  const decoded = decodeFile(bytes)
  if (decoded.kind === 'binary') return binaryResult(shownPath)
  if (decoded.kind === 'not-utf8') return unreadableResult(shownPath, decoded.reason)
  const configs = new ConfigProvider(options, setup)
  // As ESLint does: a --stdin-filename the ignores skip is not linted, with a warning saying so.
  if (filePath && (await configs.sourceFor(filePath)).isIgnored(filePath)) return ignoredResult(shownPath)
  const config = await configs.forFile(filePath ?? resolve(options.cwd, 'stdin'))
  await config.ready(filePath)
  const result = config.linter.lint(decoded.text, {
    ...(filePath ? { filePath, relativePath: config.relativePath(filePath) } : {}),
    ...engineOptions(options),
    fix: options.fix || options.fixDryRun,
    ...(options.timing !== undefined ? { timing: true } : {}),
  })
  const output = result.output !== undefined ? (decoded.bom ? '\uFEFF' : '') + result.output : undefined
  return toFileResult(shownPath, result.messages, output, result.timing)
}
