import { createLinter as createEngineLinter, type Linter, type LinterSetup, type ResolvedConfig, type TactfulConfig } from '@tactful/engine'

/** A linter over `base` (tactful's built-ins), with `extend`'s rules, presets, adapters or parsers added. */
export function createLinterWith(base: Required<LinterSetup>, config: TactfulConfig | ResolvedConfig, extend: Partial<LinterSetup>): Linter {
  return createEngineLinter(config, {
    rules: extend.rules ? new Map([...base.rules, ...extend.rules]) : base.rules,
    presets: extend.presets ? new Map([...base.presets, ...extend.presets]) : base.presets,
    adapters: extend.adapters ? [...extend.adapters, ...base.adapters] : base.adapters,
    parsers: extend.parsers ? [...extend.parsers, ...base.parsers] : base.parsers,
    regions: extend.regions ? { ...base.regions, ...extend.regions } : base.regions,
  })
}
