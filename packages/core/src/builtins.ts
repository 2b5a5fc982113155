import type { LinterSetup } from '@tactful/engine'
import { adapters } from '@tactful/adapters'
import { builtinsWithoutAdapters } from './builtin-parts.js'

/** Everything tactful ships: rules, presets, adapters, the English parser and the region table. */
export const builtins: Required<LinterSetup> = { ...builtinsWithoutAdapters, adapters }
