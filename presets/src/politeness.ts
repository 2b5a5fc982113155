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
    // Template hygiene: an unclosed tag or block prints template code to the customer.
    'no-unbalanced-template-tags': 'error',
    // "Hi {{first_name}}," renders "Hi ," when the name is empty.
    'require-placeholder-fallback': 'warning',
    // "[CUSTOMER NAME]", "XXX", "TODO" left in a reply.
    'no-leftover-placeholders': 'error',
    // {{#if}} next to {% if %}: one of them renders as text.
    'no-mixed-template-syntax': 'warning',
  },
})

/**
 * The politeness rules that are on in `recommended`: every rule of this theme that is
 * quiet on good replies. A rule left out says why in its docs.
 */
export const recommendedPoliteness: Record<string, RuleSetting> = {
  'no-blame-language': 'warning',
  'require-greeting': 'warning',
  // Template hygiene: quiet on finished replies and well-formed templates.
  'no-unbalanced-template-tags': 'error',
  'require-placeholder-fallback': 'warning',
  'no-leftover-placeholders': 'error',
  'no-mixed-template-syntax': 'warning',
}
