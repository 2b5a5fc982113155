import { createHash } from 'node:crypto'
import { isAscii } from 'node:buffer'
import { closeSync, openSync, readFileSync, readSync } from 'node:fs'
import { rename, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { phraseLibraryFingerprint, type LoadedConfig } from '@tactful/config-loader'
import type { FileResult } from '@tactful/formatters'
import type { RunCounts } from './file-results.js'
import { fileSystemError } from './errors/file-system-error.js'
import { VERSION } from './version.js'
import { makeDirectory } from './make-directory.js'

interface CacheEntry {
  key: string
  result: FileResult
}

/** The cache file's first line; the report (if any) and the entries' JSON follow it. */
interface CacheHeader {
  version: string
  report?: StoredReport
}

/** The last run's printed report, for a run over exactly the same files, results and formatting. */
export interface StoredReport {
  key: string
  /** Length in bytes of the report text that follows the header line. */
  bytes: number
  errorCount: number
  warningCount: number
  fatalCount?: number
}

/** What a file's cache key is made of; any change to these means lint again. */
export interface CacheKeyParts {
  /** Tactful's version, the config, its phrase libraries and --rule flags (see configFingerprint). */
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

/**
 * The entries' text, written as UTF-8. Escaping every curly quote to keep the file ASCII made the
 * write 50 ms slower on 1,000 results; an ASCII text (a cache of English-only messages) still
 * decodes as latin1, one byte per character, several times faster than UTF-8.
 */
function entriesText(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return isAscii(buffer) ? buffer.toString('latin1') : buffer.toString('utf8')
}

/**
 * A hash of everything a compiled config is a pure function of: tactful's
 * version, the config file and its content, the phrase libraries' text and
 * the --rule flags. Undefined when it cannot be known cheaply (then: no cache).
 */
export function configFingerprint(loaded: LoadedConfig, rules: unknown): string | undefined {
  const libraries = phraseLibraryFingerprint(loaded)
  if (libraries === undefined) return undefined
  let json: string
  try {
    json = JSON.stringify([VERSION, loaded.filePath ?? null, loaded.config, rules, libraries])
  } catch {
    return undefined
  }
  return createHash('sha256').update(json).digest('hex')
}

/** The key of a whole run's printed report: how it is printed, and each file with its key. */
export function runKey(formatting: string, files: ReadonlyArray<readonly [path: string, cacheKey: string]>): string {
  return createHash('sha256').update(JSON.stringify([formatting, files])).digest('hex')
}

/** The first line of a cache file holds the header: a small JSON object. */
const HEAD_BYTES = 4096

function readHead(fd: number): Buffer {
  const head = Buffer.allocUnsafe(HEAD_BYTES)
  return head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0))
}

function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length)
  let read = 0
  while (read < length) {
    const n = readSync(fd, bytes, read, length - read, position + read)
    if (n === 0) throw new Error('cache file ends early')
    read += n
  }
  return bytes
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
  private header: CacheHeader | undefined
  private reportText: Buffer | undefined
  /** Where the entries' JSON starts in the file: read and parsed only when an entry is read or written. */
  private entriesOffset: number | undefined

  constructor(readonly path: string) {}

  /**
   * Reads the header and the stored report at once, and the entries when
   * first used: a run whose report is stored (see `report`) never reads them.
   */
  async load(): Promise<void> {
    let fd: number | undefined
    try {
      fd = openSync(this.path, 'r')
      const head = readHead(fd)
      const newline = head.indexOf(10)
      if (newline < 0) return
      const header = JSON.parse(head.subarray(0, newline).toString('latin1')) as CacheHeader
      if (header.version !== VERSION) return
      const reportBytes = header.report?.bytes ?? 0
      this.header = header
      if (header.report) this.reportText = readAt(fd, newline + 1, reportBytes)
      this.entriesOffset = newline + 1 + reportBytes
    } catch {
      // A missing or corrupt cache is an empty cache.
    } finally {
      if (fd !== undefined) closeSync(fd)
    }
  }

  private parsed(): Record<string, CacheEntry> {
    if (this.entriesOffset !== undefined) {
      try {
        const entries = JSON.parse(entriesText(readFileSync(this.path).subarray(this.entriesOffset))) as unknown
        if (entries && typeof entries === 'object') this.entries = entries as Record<string, CacheEntry>
      } catch {
        // Corrupt entries (or a cache file replaced since): an empty cache.
      }
      this.entriesOffset = undefined
    }
    return this.entries
  }

  /** The stored report of a run with this key (files, their keys and the formatting), as bytes to print. */
  report(key: string): ({ text: Buffer } & RunCounts) | undefined {
    const stored = this.header?.report
    if (!stored || stored.key !== key || !this.reportText) return undefined
    return { text: this.reportText, errorCount: stored.errorCount, warningCount: stored.warningCount, fatalCount: stored.fatalCount ?? 0 }
  }

  /** Remembers this run's report, for the next run over the same files. */
  setReport(key: string, text: string, counts: RunCounts): void {
    const bytes = Buffer.from(text)
    this.header = { version: VERSION, report: { key, bytes: bytes.length, ...counts } }
    this.reportText = bytes
    this.dirty = true
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
    const entry = this.parsed()[filePath]
    return entry && entry.key === key ? entry.result : undefined
  }

  set(filePath: string, key: string, result: FileResult): void {
    const { output: _output, timing: _timing, ...stored } = result
    this.parsed()[filePath] = { key, result: stored }
    this.dirty = true
  }

  delete(filePath: string): void {
    if (filePath in this.parsed()) {
      delete this.entries[filePath]
      this.dirty = true
    }
  }

  async save(): Promise<void> {
    if (!this.dirty) return
    const temp = `${this.path}.${process.pid}.tmp`
    const header: CacheHeader = { version: VERSION, ...(this.header?.report && this.reportText ? { report: this.header.report } : {}) }
    try {
      await makeDirectory(dirname(this.path))
      await writeFile(temp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), this.reportText && header.report ? this.reportText : Buffer.alloc(0), Buffer.from(JSON.stringify(this.parsed()))]))
      await rename(temp, this.path)
    } catch (error) {
      // A --cache-location under a file or in a read-only place is the user's to fix.
      throw fileSystemError(error, 'write', this.path)
    }
  }
}
