import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { LinterSetup } from '@tactful/engine'
import type { FileResult } from '@tactful/formatters'
import { ConfigProvider, type ConfigSource, type FileConfig } from './configs.js'
import { FORMATS } from '@tactful/core/formats'
import { discoverFiles, knownExtensions } from './discover-files.js'
import { allFilesIgnored } from './errors/all-files-ignored.js'
import { ignoredResult, unreadableResult, type RunCounts } from './file-results.js'
import { engineOptions, lintFile } from './lint-file.js'
import type { LintCliOptions } from './lint-options.js'
import { createProgress } from './progress.js'
import type { ResultCache } from './result-cache.js'
import { laneCount } from './lane-count.js'

export interface LintFilesContext {
  stderr?: NodeJS.WritableStream & { isTTY?: boolean }
  /** Extra rules, presets or adapters (embedding, tests); runs stay on the main thread. */
  setup?: Partial<LinterSetup>
  /** The `--cache-location` as typed, to tell a directory from a file. */
  cacheLocationArg?: string
  /** With --cache: look up (and later store) the printed report of an identical run. */
  report?: ReportMemo
  /** Called once before the files the cache cannot answer are linted (never when it answers all). */
  beforeLinting?(): void
}

/**
 * The report of a run over exactly the same files, with the same keys, printed
 * the same way, is the report of this run: with it, a run over unchanged files
 * prints stored bytes without parsing or formatting a result.
 */
export interface ReportMemo {
  /** Everything besides the results that shapes the printed report (formatter, colour, --quiet, cwd). */
  formatting: string
  /** Set by lintFiles (which then returns no results): the stored report and its counts. */
  stored?: { text: Buffer } & RunCounts
  /** Set by lintFiles when the run can be remembered: stores its report for the next run. */
  remember?(text: string, counts: RunCounts): Promise<void>
}

interface Planned {
  path: string
  source: ConfigSource
  cacheKey?: string
  bytes?: Uint8Array
  /** A folder the walk could not list, and why: its result is that problem. */
  unreadable?: string
  /** A file named on the command line that the ignores skip: its result says so. */
  ignored?: boolean
}

/**
 * Lints the files and globs of a run: discovery, ignores, cache, then the
 * main thread or a worker pool. Results are in discovery order either way.
 * Configs are compiled (rules, adapters) only for files the cache cannot answer.
 */
export async function lintFiles(options: LintCliOptions, context: LintFilesContext = {}): Promise<FileResult[]> {
  const configs = new ConfigProvider(options, context.setup)
  const extensions = knownExtensions([...(context.setup?.adapters ?? []), ...FORMATS])
  const candidates = await discoverFiles(options.patterns, options.cwd, extensions)

  const planned: Planned[] = []
  const sources = new Set<ConfigSource>()
  const kept = new Set<string>()
  for (const candidate of candidates) {
    const source = await configs.sourceFor(candidate.path)
    sources.add(source)
    if (source.isIgnored(candidate.path)) {
      // As ESLint does: a file named by its path (a pre-commit hook passes staged files) is a warning, not a
      // failed run; a glob or folder whose every file is ignored is an error below.
      if (candidate.patterns.some((pattern) => resolve(options.cwd, pattern) === candidate.path)) {
        planned.push({ path: candidate.path, source, ignored: true })
        for (const pattern of candidate.patterns) kept.add(pattern)
      }
      continue
    }
    planned.push({ path: candidate.path, source, ...(candidate.unreadable !== undefined ? { unreadable: candidate.unreadable } : {}) })
    for (const pattern of candidate.patterns) kept.add(pattern)
  }
  const allIgnored = options.patterns.find((pattern) => !kept.has(pattern))
  if (allIgnored !== undefined) throw allFilesIgnored(allIgnored)

  const results: FileResult[] = new Array(planned.length)
  const fixing = options.fix || options.fixDryRun
  // Loaded only with --cache: it brings node:crypto, a fortieth of a cold start.
  const caching = options.cache ? await import('./result-cache.js') : undefined
  const cache: ResultCache | undefined = caching ? new caching.ResultCache(await caching.cacheFilePath(options.cacheLocation, context.cacheLocationArg)) : undefined
  await cache?.load()
  // Each file's key: what its result is a pure function of.
  if (caching && cache) {
    const fingerprints = new Map<ConfigSource, string | undefined>()
    const lintOptions = engineOptions(options)
    for (const file of planned) {
      if (!fingerprints.has(file.source)) fingerprints.set(file.source, caching.configFingerprint(file.source.loaded, options.rules))
      const configFingerprint = fingerprints.get(file.source)
      if (configFingerprint === undefined || file.unreadable !== undefined || file.ignored) continue
      let fileState: string
      // Synchronous on purpose: a thousand small stats cost less than a thousand trips to the thread pool.
      try {
        if (options.cacheStrategy === 'content') {
          file.bytes = readFileSync(file.path)
          fileState = caching.contentHash(file.bytes)
        } else {
          const info = statSync(file.path)
          fileState = `${info.size}:${info.mtimeMs}`
        }
      } catch {
        // Unreadable now: lint it, which reports why.
        continue
      }
      file.cacheKey = cache.key({ configFingerprint, lintOptions, fileState })
    }
  }

  // The same files with the same keys, printed the same way: the last report is this run's report.
  const memo = context.report
  const reportKey = caching && memo && !fixing && !context.setup && planned.every((f) => f.cacheKey !== undefined)
    ? caching.runKey(memo.formatting, planned.map((f) => [f.path, f.cacheKey!] as const))
    : undefined
  if (cache && memo && reportKey !== undefined) {
    const stored = cache.report(reportKey)
    if (stored) {
      memo.stored = stored
      return []
    }
    memo.remember = async (text, counts) => {
      cache.setReport(reportKey, text, counts)
      await cache.save()
    }
  }

  const pending: number[] = []
  for (let i = 0; i < planned.length; i++) {
    const file = planned[i]!
    if (file.unreadable !== undefined) {
      results[i] = unreadableResult(file.path, file.unreadable)
      continue
    }
    if (file.ignored) {
      results[i] = ignoredResult(file.path)
      continue
    }
    const hit = cache && file.cacheKey !== undefined ? cache.get(file.path, file.cacheKey) : undefined
    // A cached result with fixable problems still needs a --fix run to fix them.
    if (hit && !(fixing && hit.fixableCount > 0)) results[i] = hit
    else pending.push(i)
  }

  if (pending.length > 0) context.beforeLinting?.()
  const lanes = context.setup ? 1 : laneCount(options.concurrency, pending.length)
  const pool = lanes > 1 ? await import('./worker-pool.js') : undefined
  const script = pool?.workerScript()
  const workers = pool && script ? pool.startWorkers(pending.length, lanes, options, script) : []

  // Without a cache every config is compiled, so a broken config is reported even when it ignores every file.
  const toCompile = cache ? new Set(pending.map((i) => planned[i]!.source)) : sources
  let compiled: Map<ConfigSource, FileConfig>
  try {
    compiled = new Map(await Promise.all([...toCompile].map(async (source) => [source, await source.compile()] as const)))
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()))
    throw error
  }

  const progress = createProgress(context.stderr ?? { write: () => true, isTTY: false } as never, pending.length)
  try {
    if (pool && workers.length > 0) {
      const byPath = new Map(pending.map((i) => [planned[i]!.path, planned[i]!]))
      const lintLocally = (path: string) => {
        const file = byPath.get(path)!
        const bytes = file.bytes
        file.bytes = undefined
        return lintFile(path, compiled.get(file.source)!, options, bytes)
      }
      const fresh = await pool.lintInLanes([...byPath.keys()], workers, lintLocally, () => progress.tick())
      pending.forEach((index, k) => (results[index] = fresh[k]!))
    } else {
      for (const index of pending) {
        const file = planned[index]!
        results[index] = await lintFile(file.path, compiled.get(file.source)!, options, file.bytes)
        file.bytes = undefined
        progress.tick()
      }
    }
  } finally {
    progress.done()
  }

  if (cache) {
    // Results of a fixing run describe text that was rewritten; store only plain lint runs.
    if (!fixing) {
      for (const index of pending) {
        const file = planned[index]!
        if (file.cacheKey !== undefined) cache.set(file.path, file.cacheKey, results[index]!)
      }
    }
    await cache.save()
  }
  return results
}
