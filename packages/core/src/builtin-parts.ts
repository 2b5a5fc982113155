import type { LinterSetup } from '@tactful/engine'
import { englishParser } from '@tactful/engine'
import { rules, regions } from '@tactful/rules'
import { presets } from '@tactful/presets'

/** Everything tactful ships except the adapters, which come loaded up front (`builtins`) or on demand (`@tactful/core/lazy`). */
export const builtinsWithoutAdapters: Omit<Required<LinterSetup>, 'adapters'> = {
  rules,
  presets,
  parsers: [englishParser],
  regions,
}
