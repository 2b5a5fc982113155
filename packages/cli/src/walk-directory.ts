import { readdirSync } from 'node:fs'
import { sep } from 'node:path'
import { fileSystemReason } from './errors/file-system-error.js'

/** Never customer text: dependency and VCS folders, and tool files that share catalogue extensions. */
const SKIPPED_DIRS = new Set(['node_modules', '.git'])
const SKIPPED_FILES = /^(package\.json|package-lock\.json|pnpm-lock\.yaml|tsconfig.*\.json|composer\.json)$/

/**
 * The files under `directory` (an absolute, resolved path) whose names end in one of `extensions`, as
 * absolute paths in no particular order: what the glob `**\/*.{ext,…}` finds
 * (hidden files and folders skipped, symbolic links not followed), without
 * compiling glob patterns, which costs more than the walk on a start-up path.
 * A folder that cannot be listed (permissions) goes to `onUnreadable` with the reason, and the walk
 * goes on: one locked folder should not hide the results of the others.
 */
export function walkDirectory(directory: string, extensions: readonly string[], onUnreadable: (dir: string, reason: string) => void): string[] {
  const out: string[] = []
  const visit = (dir: string) => {
    // `directory` comes resolved and an entry name holds no separator: a concatenation is the
    // normalised path, without path.join's parsing once per file.
    const prefix = dir.endsWith(sep) ? dir : dir + sep
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch (error) {
      const reason = fileSystemReason(error)
      if (reason === undefined) throw error
      onUnreadable(dir, reason)
      return
    }
    for (const entry of entries) {
      const name = entry.name
      if (name.startsWith('.')) continue
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(name)) visit(prefix + name)
      } else if (entry.isFile() && !SKIPPED_FILES.test(name) && extensions.some((ext) => name.endsWith(ext))) {
        out.push(prefix + name)
      }
    }
  }
  visit(directory)
  return out
}
