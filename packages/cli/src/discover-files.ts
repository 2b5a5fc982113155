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
  /** The command-line patterns that found it (none for the implicit `.`). */
  patterns: string[]
  /** Why it cannot be read (a folder a walk could not list): reported as that path's problem. */
  unreadable?: string
}

/**
 * Expands the command line's paths and globs into absolute file paths, in
 * order, without duplicates. A missing path, a glob that matches nothing or
 * a named directory without a lintable file is a usage error.
 */
export async function discoverFiles(patterns: readonly string[], cwd: string, extensions: readonly string[]): Promise<Candidate[]> {
  const byPath = new Map<string, Candidate>()
  const add = (path: string, explicit: boolean, pattern: string | undefined, unreadable?: string) => {
    const known = byPath.get(path)
    if (known) {
      if (pattern !== undefined) known.patterns.push(pattern)
      return
    }
    byPath.set(path, { path, explicit, patterns: pattern === undefined ? [] : [pattern], ...(unreadable !== undefined ? { unreadable } : {}) })
  }
  const named = patterns.length > 0
  for (const pattern of named ? patterns : ['.']) {
    const given = named ? pattern : undefined
    const absolute = resolve(cwd, pattern)
    const info = await stat(absolute).catch(() => undefined)
    if (info?.isFile()) {
      add(absolute, true, given)
      continue
    }
    if (info?.isDirectory()) {
      // Resolved already: the walk builds them from `absolute`.
      const unreadable: Array<[string, string]> = []
      const files = walkDirectory(absolute, extensions, (dir, reason) => unreadable.push([dir, reason]))
      if (named && files.length === 0 && unreadable.length === 0) throw noFilesMatched(pattern)
      for (const file of files.sort()) add(file, false, given)
      for (const [dir, reason] of unreadable) add(dir, false, given, reason)
      continue
    }
    // Globs are rarer than paths: their matcher loads only for them.
    const { glob, isDynamicPattern } = await import('tinyglobby')
    if (!isDynamicPattern(pattern)) throw missingPath(pattern)
    // Not into symlinked folders, as directory walks: a link back up (a/loop -> ..) would report a file once per path.
    const files = await glob(pattern.replace(/\\/g, '/'), { cwd, absolute: true, ignore: SKIPPED_DIRS, onlyFiles: true, followSymbolicLinks: false })
    if (files.length === 0) throw noFilesMatched(pattern)
    for (const file of files.sort()) add(resolve(file), true, given)
  }
  return [...byPath.values()]
}
