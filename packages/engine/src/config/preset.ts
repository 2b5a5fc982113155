import type { RuleSetting } from '../types/config.js'

/** A preset is data: rule settings, with a one-line reason per rule in its source. */
export interface Preset {
  id: string
  description: string
  rules: Record<string, RuleSetting>
  extends?: string[]
}

export function definePreset(preset: Preset): Preset {
  return Object.freeze({ ...preset, rules: Object.freeze({ ...preset.rules }) })
}
