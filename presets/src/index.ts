import type { Preset } from '@tactful/engine'
import { cultural } from './cultural.js'
import { legal } from './legal.js'
import { politeness } from './politeness.js'
import { recommended } from './recommended.js'
import { vagueness } from './vagueness.js'

export { cultural, legal, politeness, recommended, vagueness }

/** Built-in presets by id, in the order `tactful rules` lists them. */
export const presets: ReadonlyMap<string, Preset> = new Map(
  [recommended, politeness, vagueness, cultural, legal].map((p) => [p.id, p]),
)

/** The ids of the presets that enable a rule, for docs and `tactful rules`. */
export function presetsEnabling(ruleId: string): string[] {
  return [...presets.values()].filter((p) => p.rules[ruleId] !== undefined && p.rules[ruleId] !== 'off').map((p) => p.id)
}
