import { describe, expect, it } from 'vitest'
import { rules } from '@tactful/rules'
import { presets } from './index.js'

const THEMES: Record<string, string> = { politeness: 'politeness', vagueness: 'vagueness', cultural: 'cultural', legal: 'legal' }

describe('presets', () => {
  for (const preset of presets.values()) {
    it(`${preset.id}: every rule exists, is not experimental or deprecated`, () => {
      for (const id of Object.keys(preset.rules)) {
        const rule = rules.get(id)
        expect(rule, `${preset.id} names unknown rule ${id}`).toBeDefined()
        expect(rule!.meta.experimental, `${id} is experimental`).toBeFalsy()
        expect(rule!.meta.deprecated, `${id} is deprecated`).toBeFalsy()
      }
    })
  }

  it('themed presets hold only rules of their category (structure and clarity rules join the nearest theme)', () => {
    for (const [presetId, category] of Object.entries(THEMES)) {
      const preset = presets.get(presetId)!
      for (const id of Object.keys(preset.rules)) {
        const ruleCategory = rules.get(id)!.meta.category
        expect([category, 'structure', 'clarity'], `${id} (${ruleCategory}) in ${presetId}`).toContain(ruleCategory)
      }
    }
  })

  it('every rule is in exactly one themed preset', () => {
    for (const id of rules.keys()) {
      const themed = Object.keys(THEMES).filter((p) => presets.get(p)!.rules[id] !== undefined)
      expect(themed, `${id} themed presets`).toHaveLength(1)
    }
  })

  it('recommended only enables rules that a themed preset enables', () => {
    const themed = new Set(Object.keys(THEMES).flatMap((p) => Object.keys(presets.get(p)!.rules)))
    for (const id of Object.keys(presets.get('recommended')!.rules)) expect(themed.has(id), id).toBe(true)
  })
})
