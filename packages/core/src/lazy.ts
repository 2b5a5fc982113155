import type { Linter, LinterSetup, ResolvedConfig, TactfulConfig } from '@tactful/engine'
import { deferredAdapters } from '@tactful/adapters/on-demand'
import { builtinsWithoutAdapters } from './builtin-parts.js'
import { createLinterWith } from './create-linter-with.js'

/**
 * tactful's built-ins with adapters that load their format's parser on
 * demand: for tools that lint files of a few formats and start often (the
 * CLI). Before linting a file, `await loadFormats([{ format: linter.adapterFor(path).id, filePath: path }])`.
 */
export const lazyBuiltins: Required<LinterSetup> = { ...builtinsWithoutAdapters, adapters: deferredAdapters }

/** `createLinter` over `lazyBuiltins`: call `loadFormats` for the files before `lint`. */
export function createLazyLinter(config: TactfulConfig | ResolvedConfig = {}, extend: Partial<LinterSetup> = {}): Linter {
  return createLinterWith(lazyBuiltins, config, extend)
}

export { loadFormats, formatLoaded } from '@tactful/adapters/on-demand'
