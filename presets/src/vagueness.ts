import { definePreset } from '@tactful/engine'

/** Clarity: concrete times, quantities and commitments a second-language reader can act on. */
export const vagueness = definePreset({
  id: 'vagueness',
  description: 'Concrete dates, amounts and next steps instead of vague promises and hedges',
  rules: {},
})
