import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline/promises'
import { builtins, regionCodeProblem, type Channel } from '@tactful/core'
import { SEARCH_PLACES } from '@tactful/config-loader'
import { configExists } from '../errors/config-exists.js'
import { invalidOption } from '../errors/invalid-option.js'
import type { CliIo } from '../io.js'
import { parseChannel, parseRegion } from '../lint-options.js'
import type { ParsedFlags } from '../options.js'
import { STARTER_LIBRARY, STARTER_LIBRARY_FILE } from '../starter-library.js'

const regionProblem = (code: string): string | undefined => regionCodeProblem(code, builtins.regions)

export const INIT_FILE = '.tactfulrc.yaml'

export interface InitAnswers {
  presets: string[]
  region: string[]
  channel?: Channel
  /** Reference a starter phrase library written next to the config. */
  library?: boolean
}

function parsePresets(values: string[]): string[] {
  const names = values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean)
  for (const name of names) {
    if (!builtins.presets.has(name)) throw invalidOption('--preset', `unknown preset "${name}"; known presets: ${[...builtins.presets.keys()].join(', ')}`)
  }
  return names.length > 0 ? names : ['recommended']
}

/** The starter config: commented, so the file itself explains the keys. */
export function starterConfig(answers: InitAnswers): string {
  const lines = [
    '# tactful configuration (https://tactful.dev/docs/config)',
    `# Presets: ${[...builtins.presets.keys()].join(', ')}`,
    'extends:',
    ...answers.presets.map((p) => `  - ${p}`),
    "# The customers' ISO 3166-1 region codes; region-aware rules adapt to them.",
    answers.region.length > 0 ? `region: [${answers.region.join(', ')}]` : '# region: [DE, FR]',
    '# The channel replies go out through: email, chat or template.',
    answers.channel ? `channel: ${answers.channel}` : '# channel: email',
    '# Turn rules off or change their severity (off, info, warning, error): remove the # of both lines.',
    '# rules:',
    '#   no-blame-language: error',
    "# Your team's own phrase rules (see the guide on phrase libraries); check them with tactful test-rules.",
    answers.library ? `phraseLibraries: [${STARTER_LIBRARY_FILE}]` : `# phraseLibraries: [${STARTER_LIBRARY_FILE}]`,
    '# Files tactful should skip (gitignore syntax, relative to this file):',
    'ignores: []',
    '',
  ]
  return lines.join('\n')
}

async function ask(io: CliIo, known: Partial<InitAnswers>): Promise<InitAnswers> {
  const rl = createInterface({ input: io.stdin, output: io.stdout })
  try {
    const retry = async <T>(question: string, parse: (answer: string) => T): Promise<T> => {
      for (let attempt = 0; ; attempt++) {
        const answer = (await rl.question(question)).trim()
        try {
          return parse(answer)
        } catch (error) {
          if (attempt >= 2) throw error
          io.stdout.write(`${(error as Error).message.split('\n')[0]}\n`)
        }
      }
    }
    const presets = known.presets ?? (await retry(`Presets (${[...builtins.presets.keys()].join(', ')}) [recommended]: `, (a) => parsePresets(a ? [a] : [])))
    const region = known.region ?? (await retry('Customer regions, ISO codes such as DE,FR (empty: any region): ', (a) => (a ? parseRegion(a, regionProblem) : [])))
    const channel = known.channel ?? (await retry('Channel: email, chat or template (empty: any): ', (a) => (a ? parseChannel(a) : undefined)))
    return { presets, region, ...(channel ? { channel } : {}) }
  } finally {
    rl.close()
  }
}

/** Whether a package.json holds a "tactful" key, which the config search reads first. */
function hasTactfulKey(path: string): boolean {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown
    return typeof data === 'object' && data !== null && 'tactful' in data
  } catch {
    return false
  }
}

/** `tactful init`: writes a starter `.tactfulrc.yaml`, asking on a terminal for what the flags did not say. */
export async function initCommand(flags: ParsedFlags, io: CliIo): Promise<0> {
  const target = join(io.cwd, INIT_FILE)
  const existing = SEARCH_PLACES.map((p) => join(io.cwd, p)).find((p) => (p.endsWith('package.json') ? hasTactfulKey(p) : existsSync(p)))
  // --force overwrites .tactfulrc.yaml only: beside another config file the new one would be shadowed, or shadow it.
  if (existing && (!flags.force || existing !== target)) throw configExists(existing === target ? INIT_FILE : existing.slice(io.cwd.length + 1), existing !== target)
  const libraryTarget = join(io.cwd, STARTER_LIBRARY_FILE)
  if (flags.library && existsSync(libraryTarget) && !flags.force) throw configExists(STARTER_LIBRARY_FILE)
  const known: Partial<InitAnswers> = {}
  if (flags.preset !== undefined) known.presets = parsePresets(flags.preset as string[])
  if (typeof flags.region === 'string') known.region = parseRegion(flags.region, regionProblem)
  if (typeof flags.channel === 'string') known.channel = parseChannel(flags.channel)
  const interactive = !flags.yes && (io.stdin as { isTTY?: boolean }).isTTY === true && io.stdout.isTTY === true
  const answers: InitAnswers = interactive
    ? await ask(io, known)
    : { presets: known.presets ?? ['recommended'], region: known.region ?? [], ...(known.channel ? { channel: known.channel } : {}) }
  if (flags.library) {
    answers.library = true
    await writeFile(libraryTarget, STARTER_LIBRARY)
  }
  await writeFile(target, starterConfig(answers))
  const library = answers.library ? ` and ${STARTER_LIBRARY_FILE} (run "tactful test-rules" to check its examples)` : ''
  io.stdout.write(`Wrote ${INIT_FILE} (extends ${answers.presets.join(', ')})${library}. Run "tactful lint" to check your texts.\n`)
  return 0
}
