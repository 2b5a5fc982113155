import { createLinter as createEngineLinter, type Linter, type LinterSetup, type ResolvedConfig, type TactfulConfig } from '@tactful/engine'
import { builtins } from './builtins.js'

/**
 * Compiles a config once into a linter with tactful's built-in rules, presets
 * and adapters. `extend` adds rules, presets, adapters or parsers of your own.
 * With an empty config the `recommended` preset applies.
 */
export function createLinter(config: TactfulConfig | ResolvedConfig = {}, extend: Partial<LinterSetup> = {}): Linter {
  return createEngineLinter(config, {
    rules: extend.rules ? new Map([...builtins.rules, ...extend.rules]) : builtins.rules,
    presets: extend.presets ? new Map([...builtins.presets, ...extend.presets]) : builtins.presets,
    adapters: extend.adapters ? [...extend.adapters, ...builtins.adapters] : builtins.adapters,
    parsers: extend.parsers ? [...extend.parsers, ...builtins.parsers] : builtins.parsers,
    regions: extend.regions ? { ...builtins.regions, ...extend.regions } : builtins.regions,
  })
}
