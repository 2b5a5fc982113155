import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, parse as parsePath, resolve } from 'node:path'
import { cosmiconfig } from 'cosmiconfig'
import { ConfigError } from '@tactful/engine'
import type { ConfigLoader, LoadedConfig } from './load-config.js'
import { loaders } from './loaders.js'
import { MODULE_NAME, SEARCH_PLACES } from './search-places.js'

function wrap(error: unknown, filePath: string | undefined): never {
  if (error instanceof ConfigError) throw error.file || !filePath ? error : error.withFile(filePath)
  const message = error instanceof Error ? error.message : String(error)
  const file = (/(?:YAML|JSON|TypeScript) Error in (.+?):\n/.exec(message)?.[1]) ?? filePath
  throw new ConfigError(message.replace(/^(?:YAML|JSON|TypeScript) Error in .+?:\n/, '').split('\n')[0]!, undefined, file)
}

function checkShape(loaded: LoadedConfig): LoadedConfig {
  const { config, filePath } = loaded
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new ConfigError('the configuration must be an object (a map of keys such as extends and rules)', undefined, filePath)
  }
  return loaded
}

function declaresTactful(packageJson: string): boolean {
  try {
    return 'tactful' in JSON.parse(readFileSync(packageJson, 'utf8'))
  } catch {
    return false
  }
}

/** The config file a failed search was reading: the nearest candidate above `directory`. */
function nearestCandidate(directory: string): string | undefined {
  for (let dir = resolve(directory); ; dir = dirname(dir)) {
    for (const place of SEARCH_PLACES) {
      const path = join(dir, place)
      if (existsSync(path) && (place !== 'package.json' || declaresTactful(path))) return path
    }
    if (dirname(dir) === dir) return undefined
  }
}

/**
 * cosmiconfig first reads the working directory's package.json for its own
 * settings, with its own JSON parser, which rejects a byte order mark.
 */
function metaConfigProblem(error: unknown): never {
  const file = /^JSON Error in (.+?): ?\n/.exec(error instanceof Error ? error.message : '')?.[1]
  if (!file) wrap(error, undefined)
  // Our parser reports broken JSON with its line; if it reads the file, the mark was the problem.
  loaders['.json'](file, readFileSync(file, 'utf8'))
  throw new ConfigError('starts with a byte order mark, which the config search cannot read; save the file without it', undefined, file)
}

/** The cosmiconfig-backed loader behind `createConfigLoader`, loaded on its first use. */
export function createCosmiconfigLoader(): ConfigLoader {
  let explorer
  try {
    explorer = cosmiconfig(MODULE_NAME, {
      searchPlaces: [...SEARCH_PLACES],
      loaders,
      searchStrategy: 'global',
      // Walk up to the filesystem root; the nearest file wins.
      stopDir: parsePath(process.cwd()).root,
      cache: true,
    })
  } catch (error) {
    metaConfigProblem(error)
  }
  return {
    async search(directory) {
      let result
      try {
        result = await explorer.search(resolve(directory))
      } catch (error) {
        wrap(error, nearestCandidate(directory))
      }
      if (!result || result.isEmpty) return { config: result?.config ?? {}, ...(result ? { filePath: result.filepath } : {}) }
      return checkShape({ config: result.config, filePath: result.filepath })
    },
    async load(filePath) {
      const absolute = resolve(filePath)
      let result
      try {
        result = await explorer.load(absolute)
      } catch (error) {
        if ((error as { code?: string }).code === 'ENOENT') throw new ConfigError('config file not found', undefined, absolute)
        wrap(error, absolute)
      }
      return checkShape({ config: result?.config ?? {}, filePath: absolute })
    },
  }
}
