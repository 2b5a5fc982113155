import { resolve } from 'node:path'
import type { Channel, Severity } from '@tactful/engine'
import { formatters } from '@tactful/formatters'
import { invalidOption } from './errors/invalid-option.js'
import type { ParsedFlags } from './options.js'

export type Concurrency = 'auto' | 'off' | number

/** Everything `tactful lint` was asked to do, validated; plain data so workers can receive it. */
export interface LintCliOptions {
  cwd: string
  patterns: string[]
  stdin: boolean
  stdinFilename?: string
  format: string
  fix: boolean
  fixDryRun: boolean
  region?: string[]
  channel?: Channel
  language?: string
  configPath?: string
  noConfig: boolean
  /** `--rule id:severity`, in the order given. */
  rules: Array<[string, Severity]>
  /** -1 means no limit. */
  maxWarnings: number
  quiet: boolean
  printConfig?: string
  color?: boolean
  outputFile?: string
  concurrency: Concurrency
  cache: boolean
  cacheLocation: string
  cacheStrategy: 'metadata' | 'content'
  /** `TIMING=1|N|all`: time the run and print its N slowest parts (`all`: every one) to stderr. */
  timing?: number | 'all'
}

const CHANNELS: readonly Channel[] = ['email', 'chat', 'template']
/** The engine's severities; spelled out here so parsing flags loads no engine code. */
const SEVERITIES: readonly Severity[] = ['off', 'info', 'warning', 'error']

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value)
}

/** The region table and parsers ship with the rules: loaded only when a flag needs checking against them. */
async function builtinTables() {
  const [{ lazyBuiltins }, { regionCodeProblem }] = await Promise.all([import('@tactful/core/lazy'), import('@tactful/engine')])
  return { regionProblem: (code: string) => regionCodeProblem(code, lazyBuiltins.regions), languages: lazyBuiltins.parsers.map((p) => p.language) }
}

function str(flags: ParsedFlags, name: string): string | undefined {
  const value = flags[name]
  return typeof value === 'string' ? value : undefined
}

/** `--region DE,fr` → ['DE', 'FR'], each checked against the region table (`regionProblem` says why a code is not in it). */
export function parseRegion(value: string, regionProblem: (code: string) => string | undefined): string[] {
  const codes = value.split(',').map((c) => c.trim()).filter(Boolean)
  if (codes.length === 0) throw invalidOption('--region', 'expected ISO 3166-1 region codes such as DE or DE,FR')
  return codes.map((code) => {
    const problem = regionProblem(code)
    if (problem !== undefined) throw invalidOption('--region', problem)
    return code.toUpperCase()
  })
}

export function parseChannel(value: string): Channel {
  if (!(CHANNELS as readonly string[]).includes(value)) throw invalidOption('--channel', `expected one of ${CHANNELS.join(', ')}, got "${value}"`)
  return value as Channel
}

function parseRuleFlag(value: string): [string, Severity] {
  const colon = value.lastIndexOf(':')
  const id = value.slice(0, colon).trim()
  const severity = value.slice(colon + 1).trim()
  if (colon <= 0 || !id) throw invalidOption('--rule', `expected id:severity such as no-blame-language:error, got "${value}"`)
  if (!isSeverity(severity)) throw invalidOption('--rule', `severity must be off, info, warning or error, got "${severity}" in "${value}"`)
  return [id, severity]
}

/** As ESLint reads it: `all`, or a number of rows of which ten is the least; anything else set is ten. */
export function parseTiming(value: string | undefined): number | 'all' | undefined {
  if (value === undefined || value === '') return undefined
  if (value.trim().toLowerCase() === 'all') return 'all'
  const rows = Number.parseInt(value, 10)
  return rows > 10 ? rows : 10
}

function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined || value === 'auto') return 'auto'
  if (value === 'off') return 'off'
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value)
  throw invalidOption('--concurrency', `expected auto, off or a number of threads ≥ 1, got "${value}"`)
}

/** Turns parsed flags into validated lint options; every problem names its flag. */
export async function toLintOptions(flags: ParsedFlags, positionals: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<LintCliOptions> {
  const format = str(flags, 'format') ?? 'stylish'
  if (!formatters.has(format) && !/[\\/]|\.[cm]?js$/.test(format)) {
    throw invalidOption('--format', `unknown format "${format}"; use ${[...formatters.keys()].join(', ')}, or a path to a formatter module`)
  }
  const maxWarningsText = str(flags, 'max-warnings')
  let maxWarnings = -1
  if (maxWarningsText !== undefined) {
    if (!/^-?\d+$/.test(maxWarningsText) || Number(maxWarningsText) < -1) throw invalidOption('--max-warnings', `expected a whole number ≥ 0 (or -1 for no limit), got "${maxWarningsText}"`)
    maxWarnings = Number(maxWarningsText)
  }
  const language = str(flags, 'language')
  const region = str(flags, 'region')
  const tables = language !== undefined || region !== undefined ? await builtinTables() : undefined
  const languages = tables?.languages ?? []
  if (language !== undefined && !languages.includes(language)) throw invalidOption('--language', `unsupported language "${language}"; supported: ${languages.join(', ')}`)
  const strategy = str(flags, 'cache-strategy') ?? 'metadata'
  if (strategy !== 'metadata' && strategy !== 'content') throw invalidOption('--cache-strategy', `expected metadata or content, got "${strategy}"`)
  if (flags.config !== undefined && flags['no-config']) throw invalidOption('--config', 'cannot be combined with --no-config')
  if (flags['stdin-filename'] !== undefined && !flags.stdin) throw invalidOption('--stdin-filename', 'only makes sense with --stdin')
  // As in ESLint: there is no file to write a fix to, and the report would hide that nothing was written.
  if (flags.stdin && flags.fix) throw invalidOption('--fix', 'cannot be used with --stdin; use --fix-dry-run --format json to get the fixed text')
  // As in ESLint: one writes the files, the other promises not to; which one was meant is unclear.
  if (flags.fix && flags['fix-dry-run']) throw invalidOption('--fix', 'cannot be combined with --fix-dry-run')
  if (flags.stdin && positionals.length > 0) throw invalidOption('--stdin', `lints standard input; remove the paths (${positionals.join(' ')})`)

  const noColor = flags['no-color'] === true || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
  const forceColor = flags.color === true || (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false')
  const options: LintCliOptions = {
    cwd,
    patterns: positionals,
    stdin: flags.stdin === true,
    format,
    fix: flags.fix === true,
    fixDryRun: flags['fix-dry-run'] === true,
    noConfig: flags['no-config'] === true,
    rules: ((flags.rule as string[] | undefined) ?? []).map(parseRuleFlag),
    maxWarnings,
    quiet: flags.quiet === true,
    concurrency: parseConcurrency(str(flags, 'concurrency')),
    cache: flags.cache === true,
    cacheLocation: resolve(cwd, str(flags, 'cache-location') ?? '.tactfulcache'),
    cacheStrategy: strategy,
  }
  const timing = parseTiming(env.TIMING)
  if (timing !== undefined) options.timing = timing
  if (noColor) options.color = false
  else if (forceColor) options.color = true
  const stdinFilename = str(flags, 'stdin-filename')
  if (stdinFilename !== undefined) options.stdinFilename = stdinFilename
  if (region !== undefined) options.region = parseRegion(region, tables!.regionProblem)
  const channel = str(flags, 'channel')
  if (channel !== undefined) options.channel = parseChannel(channel)
  if (language !== undefined) options.language = language
  const configPath = str(flags, 'config')
  if (configPath !== undefined) options.configPath = resolve(cwd, configPath)
  const printConfig = str(flags, 'print-config')
  if (printConfig !== undefined) options.printConfig = printConfig
  const outputFile = str(flags, 'output-file')
  if (outputFile !== undefined) options.outputFile = resolve(cwd, outputFile)
  return options
}
