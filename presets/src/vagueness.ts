import { definePreset, type RuleSetting } from '@tactful/engine'

/** Clarity: concrete times, quantities and commitments a second-language reader can act on. */
export const vagueness = definePreset({
  id: 'vagueness',
  description: 'Concrete dates, amounts and next steps instead of vague promises and hedges',
  rules: {
    // "Soon" and "next week" give the customer nothing to plan around.
    'no-vague-timeframe': 'warning',
    // "Maybe", "probably" and "I think" leave the customer guessing.
    'no-hedging': 'warning',
    // "We'll look into it" with no date makes the customer chase.
    'no-noncommittal-promise': 'warning',
    // "A small fee" with no figure reads as a trap.
    'no-vague-quantity': 'warning',
    // "Tomorrow" in a macro is wrong the day after it was written.
    'no-relative-date-in-template': 'warning',
    // 03/04 is 3 April in Europe and March 4 in the US.
    'no-ambiguous-numeric-date': 'warning',
    // "Open until 5pm" — whose 5pm?
    'require-time-zone': 'warning',
    // RMA, DC, L2, WISMO: shorthand the customer cannot look up.
    'no-unexplained-jargon': 'warning',
    // "Your order was cancelled": by whom, and why?
    'no-agentless-passive': 'warning',
    // "Not unlikely" is read as "unlikely" by many second-language readers.
    'no-double-negative': 'warning',
    // Long sentences lose second-language readers and machine translation. Advice, not a
    // defect: info. Readers writing blind to the rules left clear 36-46-word sentences unflagged.
    'max-sentence-length': 'info',
    // "Utilise", "prior to", "rectify": formal words a second-language reader may not know.
    'prefer-plain-words': 'warning',
  },
})

/**
 * The vagueness rules that are on in `recommended`: every rule of this theme that is
 * quiet on good replies. A rule left out says why in its docs.
 */
export const recommendedVagueness: Record<string, RuleSetting> = { ...vagueness.rules }
