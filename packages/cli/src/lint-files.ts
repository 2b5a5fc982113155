import { readFile, stat } from 'node:fs/promises'
import { builtins, type LinterSetup } from '@tactful/core'
import type { FileResult } from '@tactful/formatters'
import { ConfigProvider, type FileConfig } from './configs.js'
import { discoverFiles, knownExtensions } from './discover-files.js'
import { engineOptions, lintFile } from './lint-file.js'
import type { LintCliOptions } from './lint-options.js'
import { createProgress } from './progress.js'
import { ResultCache, cacheFilePath, contentHash } from './result-cache.js'
import { laneCount, lintInLanes, workerScript } from './worker-pool.js'

export interface LintFilesContext {
  stderr?: NodeJS.WritableStream & { isTTY?: boolean }
  /** Extra rules, presets or adapters (embedding, tests); runs stay on the main thread. */
  setup?: Partial<LinterSetup>
  /** The `--cache-location` as typed, to tell a directory from a file. */
  cacheLocationArg?: string
}

interface Planned {
  path: string
  config: FileConfig
  cacheKey?: string
  bytes?: Uint8Array
}

/**
 * Lints the files and globs of a run: discovery, ignores, cache, then the
 * main thread or a worker pool. Results are in discovery order either way.
 */
export async function lintFiles(options: LintCliOptions, context: LintFilesContext = {}): Promise<FileResult[]> {
  const configs = new ConfigProvider(options, context.setup)
  const extensions = knownExtensions([...(context.setup?.adapters ?? []), ...builtins.adapters])
  const candidates = await discoverFiles(options.patterns, options.cwd, extensions)

  const planned: Planned[] = []
  for (const candidate of candidates) {
    const config = await configs.forFile(candidate.path)
    if (!config.isIgnored(candidate.path)) planned.push({ path: candidate.path, config })
  }

  const results: FileResult[] = new Array(planned.length)
  const fixing = options.fix || options.fixDryRun
  const cache = options.cache ? new ResultCache(await cacheFilePath(options.cacheLocation, context.cacheLocationArg)) : undefined
  await cache?.load()
  const pending: number[] = []
  for (let i = 0; i < planned.length; i++) {
    const file = planned[i]!
    if (cache) {
      let fileState: string
      if (options.cacheStrategy === 'content') {
        file.bytes = await readFile(file.path)
        fileState = contentHash(file.bytes)
      } else {
        const info = await stat(file.path)
        fileState = `${info.size}:${info.mtimeMs}`
      }
      file.cacheKey = cache.key({
        configFingerprint: file.config.fingerprint,
        adapter: file.config.linter.adapterFor(file.path)?.id ?? 'text',
        lintOptions: { ...engineOptions(options), relativePath: file.config.relativePath(file.path) },
        fileState,
      })
      const hit = cache.get(file.path, file.cacheKey)
      // A cached result with fixable problems still needs a --fix run to fix them.
      if (hit && !(fixing && hit.fixableCount > 0)) {
        results[i] = hit
        continue
      }
    }
    pending.push(i)
  }

  const progress = createProgress(context.stderr ?? { write: () => true, isTTY: false } as never, pending.length)
  const lanes = context.setup ? 1 : laneCount(options.concurrency, pending.length)
  const script = lanes > 1 ? workerScript() : undefined
  try {
    if (lanes > 1 && script) {
      const byPath = new Map(pending.map((i) => [planned[i]!.path, planned[i]!]))
      const lintLocally = (path: string) => {
        const file = byPath.get(path)!
        const bytes = file.bytes
        file.bytes = undefined
        return lintFile(path, file.config, options, bytes)
      }
      const fresh = await lintInLanes([...byPath.keys()], options, lanes, script, lintLocally, () => progress.tick())
      pending.forEach((index, k) => (results[index] = fresh[k]!))
    } else {
      for (const index of pending) {
        const file = planned[index]!
        results[index] = await lintFile(file.path, file.config, options, file.bytes)
        file.bytes = undefined
        progress.tick()
      }
    }
  } finally {
    progress.done()
  }

  if (cache) {
    // Results of a fixing run describe text that was rewritten; store only plain lint runs.
    if (!fixing) for (const index of pending) cache.set(planned[index]!.path, planned[index]!.cacheKey!, results[index]!)
    await cache.save()
  }
  return results
}
