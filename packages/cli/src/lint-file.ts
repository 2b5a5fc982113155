import { readFileSync } from 'node:fs'
import type { FileResult } from '@tactful/formatters'
import type { FileConfig } from './configs.js'
import { FileLintFailure } from './errors/file-lint-failure.js'
import { fileSystemError } from './errors/file-system-error.js'
import { isConfigError } from './errors/is-config-error.js'
import { UserError } from './errors/user-error.js'
import { binaryResult, toFileResult, unreadableResult } from './file-results.js'
import type { LintCliOptions } from './lint-options.js'
import { decodeFile } from './read-text.js'
import { writeFileAtomic } from './write-atomic.js'

export type FileLintOptions = Pick<LintCliOptions, 'fix' | 'fixDryRun' | 'region' | 'channel' | 'language' | 'timing'>

/** The per-file lint options the engine takes from the command line. */
export function engineOptions(options: FileLintOptions) {
  return {
    ...(options.region ? { region: options.region } : {}),
    ...(options.channel ? { channel: options.channel } : {}),
    ...(options.language ? { language: options.language } : {}),
  }
}

/** Lints text already decoded; `filePath` is absolute. */
export function lintDecoded(text: string, filePath: string, config: FileConfig, options: FileLintOptions) {
  try {
    return config.linter.lint(text, {
      filePath,
      relativePath: config.relativePath(filePath),
      ...engineOptions(options),
      fix: options.fix || options.fixDryRun,
      ...(options.timing !== undefined ? { timing: true } : {}),
    })
  } catch (error) {
    if (error instanceof UserError || isConfigError(error)) throw error
    throw new FileLintFailure(filePath, error)
  }
}

/**
 * Reads, lints and (with --fix) rewrites one file. Unreadable input becomes
 * a message in the results, never an exception.
 */
export async function lintFile(filePath: string, config: FileConfig, options: FileLintOptions, bytes?: Uint8Array): Promise<FileResult> {
  try {
    // Synchronous on purpose: for small files, four trips to the thread pool (open, stat, read, close) cost more than the read.
    bytes ??= readFileSync(filePath)
  } catch (error) {
    return unreadableResult(filePath, (error as Error).message)
  }
  const decoded = decodeFile(bytes)
  if (decoded.kind === 'binary') return binaryResult(filePath)
  if (decoded.kind === 'not-utf8') return unreadableResult(filePath, decoded.reason)
  await config.ready(filePath)
  const result = lintDecoded(decoded.text, filePath, config, options)
  const fatal = result.messages.some((m) => m.fatal)
  if (options.fix && !options.fixDryRun && result.output !== undefined && !fatal) {
    try {
      await writeFileAtomic(filePath, (decoded.bom ? '\uFEFF' : '') + result.output)
    } catch (error) {
      // A file in a read-only directory: the user's to fix, and half a --fix run must not pass for a bug.
      throw fileSystemError(error, 'write', filePath)
    }
  }
  return toFileResult(filePath, result.messages, options.fixDryRun ? result.output : undefined, result.timing)
}
