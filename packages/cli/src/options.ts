import { parseArgs } from 'node:util'
import { invalidOption } from './errors/invalid-option.js'
import { unknownOption } from './errors/unknown-option.js'

export type Command = 'lint' | 'init' | 'rules' | 'test-rules'
export const COMMANDS: readonly Command[] = ['lint', 'init', 'rules', 'test-rules']

interface FlagSpec {
  name: string
  short?: string
  type: 'boolean' | 'string'
  multiple?: boolean
  /** Placeholder shown in --help for a value. */
  arg?: string
  description: string
  commands: readonly Command[]
}

const ALL = COMMANDS

/** The one flag table: it drives parsing and `--help`, so the two cannot drift apart. */
export const FLAGS: readonly FlagSpec[] = [
  { name: 'format', short: 'f', type: 'string', arg: 'name|path', description: 'stylish (default), json, compact, github, sarif, or a path to a formatter module', commands: ['lint', 'rules'] },
  { name: 'stdin', type: 'boolean', description: 'Lint text read from standard input', commands: ['lint'] },
  { name: 'stdin-filename', type: 'string', arg: 'path', description: 'File name for --stdin: picks the format and config overrides', commands: ['lint'] },
  { name: 'fix', type: 'boolean', description: 'Apply safe fixes to the files (atomically)', commands: ['lint'] },
  { name: 'fix-dry-run', type: 'boolean', description: 'Compute fixes without writing; --format json shows them in "output"', commands: ['lint'] },
  { name: 'region', type: 'string', arg: 'codes', description: "The customer's ISO 3166-1 region code(s), comma-separated (DE,FR)", commands: ['lint', 'init'] },
  { name: 'channel', type: 'string', arg: 'email|chat|template', description: 'The channel the text is sent through', commands: ['lint', 'init'] },
  { name: 'language', type: 'string', arg: 'code', description: 'The language of the text (en)', commands: ['lint'] },
  { name: 'config', short: 'c', type: 'string', arg: 'path', description: 'Use this config file instead of searching for one', commands: ['lint', 'rules', 'test-rules'] },
  { name: 'no-config', type: 'boolean', description: 'Ignore config files; the recommended preset and flags apply', commands: ['lint'] },
  { name: 'rule', type: 'string', multiple: true, arg: 'id:severity', description: 'Set a rule\'s severity (off, info, warning, error); repeatable', commands: ['lint'] },
  { name: 'max-warnings', type: 'string', arg: 'N', description: 'Exit 1 when there are more than N warnings', commands: ['lint'] },
  { name: 'quiet', type: 'boolean', description: 'Report errors only', commands: ['lint'] },
  { name: 'print-config', type: 'string', arg: 'file', description: 'Print the configuration a file is linted with (JSON, with each rule\'s origin)', commands: ['lint'] },
  { name: 'color', type: 'boolean', description: 'Force coloured output', commands: ['lint', 'rules'] },
  { name: 'no-color', type: 'boolean', description: 'Disable coloured output', commands: ['lint', 'rules'] },
  { name: 'output-file', short: 'o', type: 'string', arg: 'path', description: 'Write the report to a file instead of standard output', commands: ['lint', 'rules'] },
  { name: 'concurrency', type: 'string', arg: 'auto|off|N', description: 'Worker threads for large runs (default auto)', commands: ['lint'] },
  { name: 'cache', type: 'boolean', description: 'Only lint files that changed since the last run', commands: ['lint'] },
  { name: 'cache-location', type: 'string', arg: 'path', description: 'Cache file or directory (default .tactfulcache)', commands: ['lint'] },
  { name: 'cache-strategy', type: 'string', arg: 'metadata|content', description: 'Detect changes by size and mtime (default) or by content hash', commands: ['lint'] },
  { name: 'docs', type: 'string', arg: 'dir', description: 'Write a Markdown page per phrase-library rule into this directory', commands: ['rules'] },
  { name: 'library', type: 'boolean', description: 'Also write a starter phrase library (phrases.tactful.yaml) and reference it', commands: ['init'] },
  { name: 'preset', type: 'string', multiple: true, arg: 'name', description: 'Preset(s) the new config extends; repeatable or comma-separated', commands: ['init'] },
  { name: 'yes', short: 'y', type: 'boolean', description: 'Accept defaults without asking', commands: ['init'] },
  { name: 'force', type: 'boolean', description: 'Overwrite an existing config file', commands: ['init'] },
  { name: 'help', short: 'h', type: 'boolean', description: 'Show this help', commands: ALL },
  { name: 'version', short: 'v', type: 'boolean', description: 'Print the version', commands: ALL },
]

export type ParsedFlags = Record<string, string | boolean | string[] | undefined>

export interface ParsedArgs {
  command: Command
  flags: ParsedFlags
  positionals: string[]
}

/**
 * `--max-warnings -1` as `--max-warnings=-1`: parseArgs takes a value that starts with a dash for a
 * flag, yet no flag is spelt like a number, and -1 is what --max-warnings documents for "no limit".
 */
function negativeValuesJoined(args: readonly string[], specs: readonly FlagSpec[]): string[] {
  const valued = new Set(specs.filter((f) => f.type === 'string').flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]))
  const out: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const next = args[i + 1]
    if (arg === '--') return [...out, ...args.slice(i)]
    if (valued.has(arg) && next !== undefined && /^-\d+(\.\d+)?$/.test(next)) {
      // A short flag takes its value attached (-c-1); a long one after "=".
      out.push(arg.startsWith('--') ? `${arg}=${next}` : `${arg}${next}`)
      i++
    } else out.push(arg)
  }
  return out
}

/** Splits argv into a command, its flags and positionals; an unknown flag is a usage error (exit 2). */
export function parseArgv(argv: readonly string[]): ParsedArgs {
  const first = argv[0]
  const command: Command = first && (COMMANDS as readonly string[]).includes(first) ? (first as Command) : 'lint'
  const rest = command === first ? argv.slice(1) : [...argv]
  const specs = FLAGS.filter((f) => f.commands.includes(command))
  const options: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> = {}
  for (const f of specs) options[f.name] = { type: f.type, ...(f.short ? { short: f.short } : {}), ...(f.multiple ? { multiple: true } : {}) }
  try {
    const { values, positionals } = parseArgs({ args: negativeValuesJoined(rest, specs), options, allowPositionals: true, strict: true })
    return { command, flags: values as ParsedFlags, positionals }
  } catch (error) {
    const code = (error as { code?: string }).code
    const message = (error as Error).message
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const flag = /'([^']+)'/.exec(message)?.[1] ?? message
      const known = FLAGS.find((f) => `--${f.name}` === flag || `-${f.short}` === flag)
      throw known ? invalidOption(flag, `not an option of "tactful ${command}"`) : unknownOption(flag, command)
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      // Node says "Option '-f, --format <value>' argument missing": name the long flag.
      const flag = /--[^' ,<]+/.exec(message)?.[0] ?? 'option'
      throw invalidOption(flag, 'needs a value')
    }
    throw invalidOption('arguments', message)
  }
}

const USAGE: Record<Command, string> = {
  lint: 'tactful [lint] [paths or globs…] [options]\n  Lints files (directories recurse over the extensions tactful reads).',
  init: 'tactful init [options]\n  Writes a starter .tactfulrc.yaml in the current directory.',
  rules: 'tactful rules [options]\n  Lists every rule (built-in and phrase-library) with its category, default severity, fixability and presets.',
  'test-rules': "tactful test-rules [options]\n  Runs the pass/fail examples of every phrase-library rule; exits 1 when an example fails.",
}

/** `--help` text, generated from the flag table. */
const EXIT_CODES: Record<Command, string> = {
  lint: '0 no errors (and warnings within --max-warnings), 1 lint errors or too many warnings, 2 a file that cannot be read (not UTF-8, broken JSON or CSV), usage, config or internal error.',
  init: '0 the config was written, 2 usage error or a config already there.',
  rules: '0 the list was printed, 2 usage or config error.',
  'test-rules': '0 every example passed, 1 an example failed, 2 usage or config error.',
}

export function helpText(command: Command): string {
  const specs = FLAGS.filter((f) => f.commands.includes(command))
  const labels = specs.map((f) => `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.arg ? ` <${f.arg}>` : ''}`)
  const width = Math.max(...labels.map((l) => l.length))
  const lines = specs.map((f, i) => `  ${labels[i]!.padEnd(width)}  ${f.name === 'format' && command === 'rules' ? 'stylish (default, a table) or json' : f.description}`)
  const commands = command === 'lint' ? '\nCommands:\n  lint        Lint files (default)\n  init        Write a starter config\n  rules       List the rules\n  test-rules  Run the phrase library\'s examples\n' : ''
  return `Usage: ${USAGE[command]}\n${commands}\nOptions:\n${lines.join('\n')}\n\nExit codes: ${EXIT_CODES[command]}\n`
}
