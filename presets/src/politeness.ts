import { definePreset, type RuleSetting } from '@tactful/engine'

/** Tone: blame, condescension, dismissal, curtness, structure of an e-mail. */
export const politeness = definePreset({
  id: 'politeness',
  description: 'Tone that respects the customer: no blame, condescension, dismissal or curtness',
  rules: {
    // Blame turns a support case into an argument about fault.
    'no-blame-language': 'warning',
    // "Obviously", "it's not rocket science": the customer feels foolish for asking.
    'no-condescension': 'warning',
    // "Calm down", "not our problem": the customer hears that nobody will help.
    'no-dismissive-language': 'warning',
    // "You must", "you need to": an order where a request fits.
    'prefer-request-over-command': 'warning',
    // Capitals and "!!!" read as shouting.
    'no-shouting': 'warning',
    // "Sorry you feel that way", "any inconvenience this may have caused".
    'no-non-apology': 'warning',
    // "No.", "Not possible.", "Noted." as a whole reply.
    'no-curt-reply': 'warning',
    // "Great, another …": sarcasm does not survive translation.
    'no-sarcasm': 'warning',
    // "LOL" next to the customer's problem.
    'no-mocking-laughter': 'warning',
    // Swearing and slurs, from cuss (surely profane words only by default).
    'no-profanity': 'warning',
    // "Dude", "buddy", or "Hey" in a formal voice.
    'no-over-familiar-address': 'warning',
    // "As per our policy" with no reason.
    'no-policy-hiding': 'warning',
    // "As I already explained", "like I said".
    'no-impatient-phrasing': 'warning',
    // A "no" with nothing the customer can do next.
    'no-refusal-without-alternative': 'warning',
    // An e-mail without a greeting reads as curt.
    'require-greeting': 'warning',
    // A missing sign-off is advice, not a defect: info (see its docs).
    'require-sign-off': 'info',
    // Four apologies in one message read as a script.
    'max-apologies': 'warning',
    // A complaint reply that never thanks or acknowledges.
    'require-empathy-in-complaint': 'warning',
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
export const recommendedPoliteness: Record<string, RuleSetting> = { ...politeness.rules }
