import { Readable, Writable } from 'node:stream'
import type { LintMessage } from '@tactful/core'
import type { EvalRecord, Format } from './dataset.js'

/** Lints one eval record with the `recommended` preset and returns every reported message. */
export interface EvalEngine {
  name: 'cli' | 'core'
  lint(record: EvalRecord): Promise<LintMessage[]>
}

export const EXTENSION: Record<Format, string> = { text: 'txt', markdown: 'md', html: 'html', handlebars: 'hbs' }

/** The argv the eval passes to `tactful`, exactly as a user would type it. */
export function cliArgs(record: Pick<EvalRecord, 'format' | 'region' | 'channel'>): string[] {
  return [
    'lint', '--stdin', '--stdin-filename', `message.${EXTENSION[record.format]}`,
    '--format', 'json', '--no-config',
    ...(record.region ? ['--region', record.region] : []),
    '--channel', record.channel,
  ]
}

class Capture extends Writable {
  text = ''
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString()
    done()
  }
}

/** Accepts the JSON formatter's shapes: an array of file results, `{results}`, or one result. */
function messagesOf(json: unknown): LintMessage[] {
  const results = Array.isArray(json) ? json : (json as { results?: unknown[] }).results ?? [json]
  return results.flatMap((result) => (result as { messages?: LintMessage[] }).messages ?? [])
}

/** The real CLI path: `run(argv, io)` from the `tactful` package, stdin in, JSON out. */
export async function cliEngine(): Promise<EvalEngine> {
  const { run } = await import('tactful')
  return {
    name: 'cli',
    async lint(record) {
      const stdout = new Capture()
      const stderr = new Capture()
      const code = await run(cliArgs(record), {
        stdout, stderr, stdin: Readable.from([record.text]), cwd: process.cwd(), env: { ...process.env, NO_COLOR: '1' },
      })
      if (code === 2) throw new Error(`tactful exited 2 on ${record.id}: ${stderr.text.trim() || stdout.text.trim()}`)
      try {
        return messagesOf(JSON.parse(stdout.text))
      } catch {
        throw new Error(`tactful printed no JSON on ${record.id}: ${stdout.text.slice(0, 200)}${stderr.text.slice(0, 200)}`)
      }
    },
  }
}

/** The same lint in-process through `@tactful/core`: one linter, no argv parsing, no I/O. */
export async function coreEngine(): Promise<EvalEngine> {
  const { createLinter } = await import('@tactful/core')
  const linter = createLinter({})
  return {
    name: 'core',
    async lint(record) {
      return linter.lint(record.text, {
        filePath: `message.${EXTENSION[record.format]}`,
        format: record.format,
        region: record.region ?? undefined,
        channel: record.channel,
      }).messages
    },
  }
}

/**
 * The CLI path by default, as users run it; `--engine core` lints in-process through
 * `@tactful/core` (same rules and adapters, without argv parsing and config discovery).
 */
export async function chooseEngine(wanted: 'cli' | 'core' | undefined): Promise<EvalEngine> {
  return wanted === 'core' ? coreEngine() : cliEngine()
}
