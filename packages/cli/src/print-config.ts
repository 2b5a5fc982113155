import { resolve } from 'node:path'
import { configForFile, type LinterSetup } from '@tactful/engine'
import { serializeResolved } from './compiled-linters.js'
import { ConfigProvider } from './configs.js'
import type { LintCliOptions } from './lint-options.js'

/** The configuration one file is linted with (overrides and flags applied), as JSON with each rule's origin. */
export async function printConfig(file: string, options: LintCliOptions, setup?: Partial<LinterSetup>): Promise<string> {
  const target = resolve(options.cwd, file)
  const config = await new ConfigProvider(options, setup).forFile(target)
  const effective = { ...configForFile(config.resolved, config.relativePath(target)) }
  if (options.region) effective.region = options.region
  if (options.channel) effective.channel = options.channel
  if (options.language) effective.language = options.language
  const { overrides: _applied, ...rest } = serializeResolved(effective)
  return `${JSON.stringify({ filePath: target, ...rest }, null, 2)}\n`
}
