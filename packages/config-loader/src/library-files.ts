import type { Hash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import type { LoadedConfig } from './load-config.js'

/** Absolute paths of a config's `phraseLibraries` (relative to the config file); undefined when the key is malformed. */
export function libraryPaths(loaded: LoadedConfig, fallbackDir = process.cwd()): string[] | undefined {
  const paths = loaded.config.phraseLibraries ?? []
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string')) return undefined
  const base = loaded.filePath ? dirname(loaded.filePath) : fallbackDir
  return paths.map((p) => resolve(base, p))
}

// node:crypto takes a fortieth of a CLI cold start to load; runs without libraries never hash.
const require = createRequire(import.meta.url)

/** An empty fingerprint of library files, to add each file to. */
export function libraryHash(): Hash {
  return (require('node:crypto') as typeof import('node:crypto')).createHash('sha256')
}

/** The fingerprint of a config without phrase libraries. */
export const NO_LIBRARIES = 'no-libraries'

/** Adds one library file to a fingerprint: its path and its text. */
export function hashLibrary(hash: Hash, path: string, text: string): void {
  hash.update(path).update('\0').update(text).update('\0')
}

/**
 * The fingerprint `loadPhraseLibraries` reports, from the files' text alone
 * (nothing parsed or compiled), so a result cache can tell an edited library
 * without loading the rules. Undefined when a path is malformed or a file
 * cannot be read: then only a full load can say what is wrong.
 */
export function phraseLibraryFingerprint(loaded: LoadedConfig, fallbackDir = process.cwd()): string | undefined {
  const paths = libraryPaths(loaded, fallbackDir)
  if (!paths) return undefined
  if (paths.length === 0) return NO_LIBRARIES
  const hash = libraryHash()
  try {
    for (const path of paths) hashLibrary(hash, path, readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
  return hash.digest('hex')
}
