import type { Linter, LinterSetup, ResolvedConfig, TactfulConfig } from '@tactful/engine'
import { builtins } from './builtins.js'
import { createLinterWith } from './create-linter-with.js'

/**
 * Compiles a config once into a linter with tactful's built-in rules, presets
 * and adapters. `extend` adds rules, presets, adapters or parsers of your own.
 * With an empty config the `recommended` preset applies.
 */
export function createLinter(config: TactfulConfig | ResolvedConfig = {}, extend: Partial<LinterSetup> = {}): Linter {
  return createLinterWith(builtins, config, extend)
}
