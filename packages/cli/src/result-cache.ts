import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, rename, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { FileResult } from '@tactful/formatters'
import { VERSION } from './version.js'

interface CacheEntry {
  key: string
  result: FileResult
}

interface CacheFile {
  version: string
  entries: Record<string, CacheEntry>
}

/** What a file's cache key is made of; any change to these means lint again. */
export interface CacheKeyParts {
  /** Tactful's version, the config, its phrase libraries and --rule flags (see ConfigSource.fingerprint). */
  configFingerprint: string
  /** Region, channel and language from the command line. */
  lintOptions: unknown
  /** Content hash or size+mtime, by --cache-strategy. */
  fileState: string
}

export const CACHE_FILE = '.tactfulcache'

/** `--cache-location` may name a directory (existing, or ending in a slash) or a file. */
export async function cacheFilePath(location: string, given: string | undefined): Promise<string> {
  if (given !== undefined && /[\\/]$/.test(given)) return join(location, CACHE_FILE)
  const info = await stat(location).catch(() => undefined)
  return info?.isDirectory() ? join(location, CACHE_FILE) : location
}

/** JSON with every non-ASCII character escaped (`\u201c`), so reading it back needs no UTF-8 decoding. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** The cache file's text: one byte per character when it is ASCII (as tactful writes it), which reads many times faster than UTF-8. */
function readCacheText(path: string): string {
  const bytes = readFileSync(path)
  const text = bytes.toString('latin1')
  return /[\x80-\xff]/.test(text) ? bytes.toString('utf8') : text
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Per-file lint results keyed by a hash of tactful's version, the config
 * (and what it loads), the CLI lint options and the file's state (ESLint's
 * lint-result cache). A file written by another tactful version is dropped whole.
 */
export class ResultCache {
  private entries: Record<string, CacheEntry> = {}
  private dirty = false
  private readonly sharedHashes = new Map<string, string>()

  constructor(readonly path: string) {}

  async load(): Promise<void> {
    try {
      const data = JSON.parse(readCacheText(this.path)) as CacheFile
      if (data.version === VERSION && data.entries && typeof data.entries === 'object') this.entries = data.entries
    } catch {
      // A missing or corrupt cache is an empty cache.
    }
  }

  /**
   * A file's key: a hash of what every file of a config shares (hashed once
   * per config and options, not per file), then the file's own state. The
   * file's path is the entry's name, and the config fixes its relative path.
   */
  key(parts: CacheKeyParts): string {
    const shared = JSON.stringify([VERSION, parts.configFingerprint, parts.lintOptions])
    let hash = this.sharedHashes.get(shared)
    if (hash === undefined) this.sharedHashes.set(shared, (hash = createHash('sha256').update(shared).digest('hex')))
    return `${hash}:${parts.fileState}`
  }

  get(filePath: string, key: string): FileResult | undefined {
    const entry = this.entries[filePath]
    return entry && entry.key === key ? entry.result : undefined
  }

  set(filePath: string, key: string, result: FileResult): void {
    const { output: _output, ...stored } = result
    this.entries[filePath] = { key, result: stored }
    this.dirty = true
  }

  delete(filePath: string): void {
    if (filePath in this.entries) {
      delete this.entries[filePath]
      this.dirty = true
    }
  }

  async save(): Promise<void> {
    if (!this.dirty) return
    await mkdir(dirname(this.path), { recursive: true })
    const temp = `${this.path}.${process.pid}.tmp`
    await writeFile(temp, asciiJson({ version: VERSION, entries: this.entries } satisfies CacheFile))
    await rename(temp, this.path)
  }
}
