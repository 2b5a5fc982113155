import { definePreset } from '@tactful/engine'

/** Culture: greetings, address, idioms and names that travel badly across regions. */
export const cultural = definePreset({
  id: 'cultural',
  description: 'Wording that works across cultures: greetings, address, idioms, sensitive names',
  rules: {},
})
