import { dirname } from 'node:path'
import type { TactfulConfig } from '@tactful/engine'

/** A config as the user wrote it, and the file it came from (absent when none was found). */
export interface LoadedConfig {
  config: TactfulConfig
  filePath?: string
}

export interface ConfigLoader {
  /** The nearest config file from `directory` upwards; nearest wins, nothing cascades. `{}` when there is none. */
  search(directory: string): Promise<LoadedConfig>
  /** One named config file (`--config`). */
  load(filePath: string): Promise<LoadedConfig>
}

/**
 * Finds and reads tactful config files with cosmiconfig (module name
 * `tactful`). cosmiconfig and the YAML parser load on the first search, so
 * runs without a config file never pay for them.
 */
export function createConfigLoader(): ConfigLoader {
  let loader: Promise<ConfigLoader> | undefined
  const get = () => (loader ??= import('./search-config.js').then((m) => m.createCosmiconfigLoader()))
  return {
    search: async (directory) => (await get()).search(directory),
    load: async (filePath) => (await get()).load(filePath),
  }
}

/** The directory that config-relative paths (overrides, ignores) are relative to. */
export function configBase(loaded: LoadedConfig, fallback: string): string {
  return loaded.filePath ? dirname(loaded.filePath) : fallback
}
