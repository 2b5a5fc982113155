import { readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export const IGNORE_FILE = '.tactfulignore'

/** Decides whether a path is ignored; directories should be passed with a trailing slash. */
export type IgnoreFilter = (absolutePath: string) => boolean

function readIgnoreFile(directory: string): string[] {
  try {
    return readFileSync(join(directory, IGNORE_FILE), 'utf8').split(/\r?\n/)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return []
    throw error
  }
}

async function layer(base: string, patterns: string[]): Promise<IgnoreFilter | undefined> {
  const lines = patterns.filter((p) => p.trim() !== '' && !p.startsWith('#'))
  if (lines.length === 0) return undefined
  // The gitignore matcher loads only when there is something to ignore.
  const { default: ignore } = await import('ignore')
  const matcher = ignore().add(lines)
  return (absolutePath) => {
    const rel = relative(base, absolutePath).split(sep).join('/')
    // Paths outside the base (or the base itself) are not governed by its patterns.
    if (rel === '' || rel === '/' || rel.startsWith('../')) return false
    return matcher.ignores(rel)
  }
}

/**
 * `.tactfulignore` in `ignoreFileDir` (gitignore syntax) plus the config's
 * `ignores`, which are relative to the config file's directory.
 */
export async function createIgnoreFilter(options: { ignoreFileDir: string; configDir: string; configIgnores: readonly string[] }): Promise<IgnoreFilter> {
  const layers = (await Promise.all([layer(options.ignoreFileDir, readIgnoreFile(options.ignoreFileDir)), layer(options.configDir, [...options.configIgnores])]))
    .filter((l): l is IgnoreFilter => l !== undefined)
  return (absolutePath) => layers.some((test) => test(absolutePath))
}
