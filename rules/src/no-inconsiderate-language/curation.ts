/**
 * How retext-equality's English patterns are curated for customer-service text. The package's data
 * is imported as is (never retyped); these lists say what we leave out and why. Every dropped group
 * is recorded here with its reason; everything not listed is kept.
 */

/** Whole retext-equality pattern ids left out, grouped by the reason. */
export const DROPPED_GROUPS: ReadonlyArray<{ reason: string; ids: readonly string[] }> = [
  {
    reason: 'covered by no-ableist-language, with suggestions written for service text (one report per problem)',
    ids: ['nuts', 'insanely', 'lame', 'schizo', 'psychotic', 'retard', 'retards', 'spaz', 'spastic', 'dumb', 'ocd', 'deaf-to', 'cretin', 'maniac', 'gimp', 'bipolar'],
  },
  {
    reason: 'politeness, not inclusion: condescension words ("just", "easy", "obviously") belong to the politeness theme, and "just"/"easy" are neutral in most replies',
    ids: ['obvious', 'just', 'basically', 'simple', 'easy', 'of-course', 'clearly', 'everyone-knows', 'straightforward'],
  },
  {
    reason: 'developer vocabulary with a literal meaning in shops and support (master key, master bedroom, whitelisting our e-mail, app hangs, dummy = mannequin); "blacklist" is kept: it has no literal shop meaning and is said of the customer’s own account or e-mail',
    ids: ['master', 'masters', 'slave', 'slaves', 'whitelist', 'whitelisted', 'whitelisting', 'whitespace', 'whitespaces', 'blackhat', 'whitehat', 'bugreport', 'hang', 'dummy', 'sanity-check', 'master-key', 'masterful', 'mastermind', 'masterpiece', 'masterplan', 'masterstroke', 'master-plan', 'grandfather-clause', 'grandfathering', 'grandfathered'],
  },
  {
    reason: 'literal, neutral uses dominate in orders and support: "invalid address", "account disabled", "special offer", "add to cart", "alcoholic drinks", "detox tea", "insomnia" in a product description, "workmanship" in warranty terms, "fellowship", "tribe", "savage"/"primitive", "dream catcher" as a product, "spade" as a garden tool, "dwarf" plants, "bi-weekly"',
    ids: ['invalid', 'sane', 'special', 'add', 'alcoholic', 'rehab', 'rehab-center', 'insomnia', 'insomniac', 'insomniacs', 'panic-attack', 'depressed', 'asylum', 'bony', 'barren', 'binge', 'stammering', 'dwarf', 'workmanship', 'fellowship', 'motherly', 'tribe', 'savage', 'totem', 'spade', 'bi', 'sophisticated-culture', 'sophisticated-technology', 'midwife'],
  },
  {
    reason: 'customers choose their own title: "Mrs." and "Miss" are correct when the customer uses them',
    ids: ['mrs-'],
  },
  {
    reason: 'self-designations, not slurs, and the suggested replacement is itself contested ("Latinx", "Pinoy")',
    ids: ['latino', 'pinoys'],
  },
  {
    reason: 'identity-first wording many of the people it names prefer ("dyslexic readers", as the British Dyslexia Association writes): the person-first replacement is not better',
    ids: ['dyslexic'],
  },
  {
    reason: 'wildcard phrases that match ordinary text ("father of the bride", "make it great again")',
    ids: ['father-of-*', 'make-*-great-again'],
  },
]

/**
 * Binary ("or") patterns pair a male and a female form and warn when only one appears. In replies
 * most of them refer to a real person ("your daughter", "she", "his order"), so only gendered job
 * and role titles are kept; address forms ("guys", "ladies") are no-gendered-address's job.
 */
export const BINARY_KEEP = /^(?:[a-z]{3,}(?:man|men|woman|women|ess|esses)|(?:delivery|cleaning|career|office|sales|insurance|committee) (?:boy|girl|girls|lady|ladies|man|men|woman|women)|chick cop)$/

/** Binary terms that look like job titles but are names of institutions or characters. */
export const BINARY_DROP: ReadonlySet<string> = new Set(['ombudsman', 'ombudsmen', 'ombudswoman', 'ombudswomen', 'superman', 'supermen', 'superwoman', 'superwomen', 'princess', 'princesses', 'empress', 'empresses', 'heiress', 'hostess', 'hostesses', 'countrywoman', 'countrywomen', 'gentleman', 'gentlemen'])

/**
 * Pattern ids kept, but silent in a context where the word is a technical term: "unmanned aircraft"
 * is the legal and customs name for a drone (HS code 8806), not a gendered description of staff.
 */
export const CONTEXT_UNLESS: Readonly<Record<string, ReadonlyArray<{ next: string[] }>>> = {
  unmanned: [{ next: ['aircraft', 'aircrafts', 'aerial', 'vehicle', 'vehicles', 'drone', 'drones', 'spacecraft', 'probe', 'probes', 'system', 'systems', 'ground', 'surface', 'underwater', 'craft', 'flight', 'flights', 'aviation', 'mission', 'missions'] }],
}

/**
 * Pattern ids kept, but only when the context is about the topic: "failed attempt" is a delivery or
 * payment status in support ("after the second failed attempt", "a failed login attempt"); it is
 * only the suicide wording retext-equality means when suicide is mentioned nearby.
 */
export const CONTEXT_WHEN: Readonly<Record<string, ReadonlyArray<{ phrases: string[]; in: 'paragraph' }>>> = {
  'failed-suicide': [{ phrases: ['suicide', 'suicidal', 'self-harm', 'self harm', 'overdose', 'overdosed', 'kill himself', 'kill herself', 'kill themselves', 'take his own life', 'take her own life', 'take their own life', 'end his life', 'end her life', 'end their life'], in: 'paragraph' }],
}
