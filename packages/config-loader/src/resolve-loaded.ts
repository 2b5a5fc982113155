import { builtins, resolveConfig, type ConfigRegistry, type ResolvedConfig } from '@tactful/core'
import type { LoadedConfig } from './load-config.js'

/** The registry of everything tactful ships, for resolving configs outside a linter. */
export const builtinRegistry: ConfigRegistry = {
  rules: builtins.rules,
  presets: builtins.presets,
  regions: builtins.regions,
  languages: builtins.parsers.map((p) => p.language),
}

/**
 * Expands presets and validates every key of a loaded config; rule origins
 * and `ConfigError`s name the config file. No file means `recommended`.
 */
export function resolveLoadedConfig(loaded: LoadedConfig, registry: ConfigRegistry = builtinRegistry): ResolvedConfig {
  return resolveConfig(loaded.config, registry, loaded.filePath)
}
