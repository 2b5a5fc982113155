import { definePreset, type RuleSetting } from '@tactful/engine'

/** Culture: greetings, address, idioms and names that travel badly across regions. */
export const cultural = definePreset({
  id: 'cultural',
  description: 'Wording that works across cultures: greetings, address, idioms, sensitive names',
  rules: {},
})

/**
 * The cultural rules that are on in `recommended`: every rule of this theme that is
 * quiet on good replies. A rule left out says why in its docs.
 */
export const recommendedCultural: Record<string, RuleSetting> = {
}
