import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Readable, Writable } from 'node:stream'
import { defineRule, type LinterSetup } from '@tactful/core'
import { run } from 'tactful'

export interface CliOutcome {
  code: 0 | 1 | 2
  stdout: string
  stderr: string
}

class Capture extends Writable {
  text = ''
  constructor(readonly isTTY = false) {
    super()
  }
  override _write(chunk: Buffer | string, _encoding: string, callback: () => void): void {
    this.text += chunk.toString()
    callback()
  }
}

/** Runs the CLI in-process with captured output, like the eval harness does. */
export async function runCli(
  argv: string[],
  options: { cwd: string; stdin?: string | Buffer; env?: NodeJS.ProcessEnv; setup?: Partial<LinterSetup>; stderrTTY?: boolean; beforeLinting?: () => void },
): Promise<CliOutcome> {
  const stdout = new Capture()
  const stderr = new Capture(options.stderrTTY ?? false)
  const code = await run(argv, {
    stdout,
    stderr,
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    cwd: options.cwd,
    env: options.env ?? {},
    ...(options.setup ? { setup: options.setup } : {}),
    ...(options.beforeLinting ? { beforeLinting: options.beforeLinting } : {}),
  })
  return { code, stdout: stdout.text, stderr: stderr.text }
}

/** Writes a throwaway project under the OS temp dir and returns its path. */
export function project(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'tactful-cli-'))
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, content)
  }
  return root
}

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

/** Only no-blame-language, so assertions do not move as rules land. */
export const BLAME_ONLY = ['--config', join(FIXTURES, 'blame-only.yaml')]
/** No rules; add them with --rule. */
export const NO_RULES = ['--config', join(FIXTURES, 'no-rules.yaml')]
export const BLAME_CONFIG = 'extends: []\nrules:\n  no-blame-language: warning\n'

/**
 * A mechanical fix rule for tests: collapses runs of spaces. tactful's own
 * rules are tone rules (suggestions), so --fix is proven with this one.
 */
export const noDoubleSpace = defineRule({
  meta: {
    id: 'no-double-space',
    description: 'Collapse repeated spaces',
    category: 'clarity',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: 'fix',
    messages: { double: 'Use one space' },
  },
  create(context) {
    return {
      'RootNode:exit'() {
        for (const match of context.text.matchAll(/ {2,}/g)) {
          const range: [number, number] = [match.index, match.index + match[0].length]
          context.report({ range, messageId: 'double', fix: context.replace(range, ' ') })
        }
      },
    }
  },
})

export const fixSetup: Partial<LinterSetup> = { rules: new Map([['no-double-space', noDoubleSpace]]) }
export const FIX_ONLY = [...NO_RULES, '--rule', 'no-double-space:warning']

export function parseJson(stdout: string): Array<{ filePath: string; messages: any[]; errorCount: number; warningCount: number; output?: string }> {
  return JSON.parse(stdout)
}
