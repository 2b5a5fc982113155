import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { configForFile, type FileSettings, type LinterSetup } from '@tactful/engine'
import { serializeResolved } from './compiled-linters.js'
import { ConfigProvider } from './configs.js'
import type { LintCliOptions } from './lint-options.js'

/** The configuration one file is linted with (overrides and flags applied), as JSON with each rule's origin. */
export async function printConfig(file: string, options: LintCliOptions, setup?: Partial<LinterSetup>): Promise<string> {
  const target = resolve(options.cwd, file)
  const config = await new ConfigProvider(options, setup).forFile(target)
  const effective = { ...configForFile(config.resolved, config.relativePath(target)) }
  // The file's own front matter comes next, as when it is linted; then the flags.
  const settings = await frontMatterOf(target, config)
  if (settings?.region) effective.region = settings.region.map((code) => code.toUpperCase())
  if (settings?.channel) effective.channel = settings.channel
  if (settings?.language) effective.language = settings.language
  if (settings?.voice) effective.voice = settings.voice
  if (settings?.complaint !== undefined) effective.complaint = settings.complaint
  if (options.region) effective.region = options.region
  if (options.channel) effective.channel = options.channel
  if (options.language) effective.language = options.language
  const { overrides: _applied, ...rest } = serializeResolved(effective)
  return `${JSON.stringify({ filePath: target, ...rest }, null, 2)}\n`
}

/** The settings in a file's front matter; none when the file cannot be read (a path not written yet) or has none. */
async function frontMatterOf(target: string, config: Awaited<ReturnType<ConfigProvider['forFile']>>): Promise<FileSettings | undefined> {
  let text: string
  try {
    text = await readFile(target, 'utf8')
  } catch {
    return undefined
  }
  await config.ready(target)
  return config.linter.adapterFor(target)?.extract(text, target).settings
}
