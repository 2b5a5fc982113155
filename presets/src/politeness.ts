import { definePreset } from '@tactful/engine'

/** Tone: blame, condescension, dismissal, curtness, structure of an e-mail. */
export const politeness = definePreset({
  id: 'politeness',
  description: 'Tone that respects the customer: no blame, condescension, dismissal or curtness',
  rules: {
    // Blame turns a support case into an argument about fault.
    'no-blame-language': 'warning',
    // An e-mail without a greeting reads as curt.
    'require-greeting': 'warning',
  },
})
