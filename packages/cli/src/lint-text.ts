import { resolve } from 'node:path'
import type { Channel, LinterSetup, Severity } from '@tactful/core'
import type { FileResult } from '@tactful/formatters'
import type { LintCliOptions } from './lint-options.js'
import { lintStdin } from './lint-stdin.js'

export interface LintTextOptions {
  /** Picks the adapter (by extension), the config file and its overrides. */
  filePath?: string
  cwd?: string
  /** A config file to use instead of searching; `noConfig` uses the recommended preset. */
  configPath?: string
  noConfig?: boolean
  rules?: Array<[string, Severity]>
  region?: string[]
  channel?: Channel
  language?: string
  /** Compute fixes into `output`. */
  fix?: boolean
  setup?: Partial<LinterSetup>
}

/** Lints one text like `tactful lint --stdin`, reusing compiled linters across calls. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<FileResult> {
  const cwd = options.cwd ?? process.cwd()
  const cli: LintCliOptions = {
    cwd,
    patterns: [],
    stdin: true,
    format: 'json',
    fix: false,
    fixDryRun: options.fix === true,
    noConfig: options.noConfig === true,
    rules: options.rules ?? [],
    maxWarnings: -1,
    quiet: false,
    concurrency: 'off',
    cache: false,
    cacheLocation: resolve(cwd, '.tactfulcache'),
    cacheStrategy: 'metadata',
    ...(options.filePath ? { stdinFilename: options.filePath } : {}),
    ...(options.configPath ? { configPath: resolve(cwd, options.configPath) } : {}),
    ...(options.region ? { region: options.region } : {}),
    ...(options.channel ? { channel: options.channel } : {}),
    ...(options.language ? { language: options.language } : {}),
  }
  return lintStdin(Buffer.from(text, 'utf8'), cli, options.setup)
}
