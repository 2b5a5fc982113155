import { execFile } from 'node:child_process'
import { realpath } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Loader } from 'cosmiconfig'
import { ConfigError } from '@tactful/engine'

/**
 * JavaScript configs (`.js`, `.mjs`, `.cjs`), imported natively. cosmiconfig's
 * loader retries a failed import with `require`, which in our ESM bundle hides
 * every error behind "__filename is not defined"; here the config's own error
 * is reported, with the line it points at.
 */
export const loadJs: Loader = async (filePath) => {
  const href = pathToFileURL(await realpath(filePath)).href
  try {
    return (await import(href)).default
  } catch (error) {
    throw await describe(error, filePath, href)
  }
}

async function describe(error: unknown, filePath: string, href: string): Promise<ConfigError> {
  if (!(error instanceof Error)) return new ConfigError(String(error), undefined, filePath)
  const message = error.message.split('\n')[0]!
  const line = lineInStack(error, href) ?? (error instanceof SyntaxError ? await syntaxErrorLine(filePath) : undefined)
  if (error instanceof SyntaxError) {
    return new ConfigError(`JavaScript syntax error${line !== undefined ? ` at line ${line}` : ''}: ${message}`, undefined, filePath)
  }
  // A plain Error is the config's own message ("cannot read team settings"); other kinds say what went wrong.
  const kind = error.name && error.name !== 'Error' ? `${error.name}: ` : ''
  return new ConfigError(`${kind}${message}${line !== undefined ? ` (line ${line})` : ''}`, undefined, filePath)
}

/** The config file's line in the stack: where a thrown error came from, or where CommonJS failed to parse. */
function lineInStack(error: Error, href: string): number | undefined {
  const path = fileURLToPath(href)
  for (const candidate of [href, path]) {
    const escaped = candidate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const match = new RegExp(`${escaped}:(\\d+)`).exec(error.stack ?? '')
    if (match) return Number(match[1])
  }
  return undefined
}

/** Node's ESM loader reports a syntax error without its position; `node --check` prints it. */
function syntaxErrorLine(filePath: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--check', filePath], (_error, _stdout, stderr) => {
      const line = /^.*?:(\d+)\r?\n/.exec(String(stderr))?.[1]
      resolve(line === undefined ? undefined : Number(line))
    })
  })
}
