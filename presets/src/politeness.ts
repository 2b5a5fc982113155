import { definePreset, type RuleSetting } from '@tactful/engine'

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

/**
 * The politeness rules that are on in `recommended`: every rule of this theme that is
 * quiet on good replies. A rule left out says why in its docs.
 */
export const recommendedPoliteness: Record<string, RuleSetting> = {
  'no-blame-language': 'warning',
  'require-greeting': 'warning',
}
