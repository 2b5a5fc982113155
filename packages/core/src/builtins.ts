import type { LinterSetup } from '@tactful/engine'
import { englishParser } from '@tactful/engine'
import { rules, regions } from '@tactful/rules'
import { presets } from '@tactful/presets'
import { adapters } from '@tactful/adapters'

/** Everything tactful ships: rules, presets, adapters, the English parser and the region table. */
export const builtins: Required<LinterSetup> = {
  rules,
  presets,
  adapters,
  parsers: [englishParser],
  regions,
}
