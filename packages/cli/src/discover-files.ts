import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { FORMATS } from '@tactful/core/formats'
import { missingPath } from './errors/missing-path.js'
import { noFilesMatched } from './errors/no-files-matched.js'
import { walkDirectory } from './walk-directory.js'

/** Never customer text, even when a glob names it. */
const SKIPPED_DIRS = ['**/node_modules/**', '**/.git/**']

/** Every extension some adapter reads, so a new adapter's files are picked up by directory walks. */
export function knownExtensions(adapters: ReadonlyArray<{ extensions: readonly string[] }> = FORMATS): string[] {
  return [...new Set(adapters.flatMap((a) => a.extensions))].sort()
}

/** A file to lint; `explicit` when the user named it, so its extension does not matter. */
export interface Candidate {
  path: string
  explicit: boolean
}

/**
 * Expands the command line's paths and globs into absolute file paths, in
 * order, without duplicates. A missing path or a glob that matches nothing
 * is a usage error.
 */
export async function discoverFiles(patterns: readonly string[], cwd: string, extensions: readonly string[]): Promise<Candidate[]> {
  const seen = new Set<string>()
  const out: Candidate[] = []
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return
    seen.add(path)
    out.push({ path, explicit })
  }
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = resolve(cwd, pattern)
    const info = await stat(absolute).catch(() => undefined)
    if (info?.isFile()) {
      add(absolute, true)
      continue
    }
    if (info?.isDirectory()) {
      // Resolved already: the walk builds them from `absolute`.
      for (const file of walkDirectory(absolute, extensions).sort()) add(file, false)
      continue
    }
    // Globs are rarer than paths: their matcher loads only for them.
    const { glob, isDynamicPattern } = await import('tinyglobby')
    if (!isDynamicPattern(pattern)) throw missingPath(pattern)
    const files = await glob(pattern.replace(/\\/g, '/'), { cwd, absolute: true, ignore: SKIPPED_DIRS, onlyFiles: true })
    if (files.length === 0) throw noFilesMatched(pattern)
    for (const file of files.sort()) add(resolve(file), true)
  }
  return out
}
