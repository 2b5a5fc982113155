import { definePreset, type RuleSetting } from '@tactful/engine'

/** Clarity: concrete times, quantities and commitments a second-language reader can act on. */
export const vagueness = definePreset({
  id: 'vagueness',
  description: 'Concrete dates, amounts and next steps instead of vague promises and hedges',
  rules: {},
})

/**
 * The vagueness rules that are on in `recommended`: every rule of this theme that is
 * quiet on good replies. A rule left out says why in its docs.
 */
export const recommendedVagueness: Record<string, RuleSetting> = {
}
