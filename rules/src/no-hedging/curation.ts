/**
 * How the hedge phrases of this rule were chosen from the `hedges`, `weasels`
 * and `fillers` packages. Every word of those lists is either kept (mapped to
 * the phrases of rule.yaml that cover it) or dropped with the reason, so a
 * package update that adds a word fails curation.test.ts until someone decides.
 *
 * Measured on 2,282 brand replies of the Twitter customer-support corpus: the
 * raw lists fire on common words ("can" 27%, "so" 14%, "that" 12%, "like" 8%,
 * "will" 8%, "about" 7%); a rule built on them would flag most good replies.
 */

/** Package word → the rule.yaml phrases that carry it. */
export const KEPT: Record<string, string[]> = {
  maybe: ['maybe'],
  perhaps: ['perhaps'],
  probably: ['probably'],
  possibly: ['possibly', 'could possibly'],
  presumably: ['presumably'],
  presumable: ['presumably'],
  supposedly: ['supposedly'],
  supposed: ['supposedly'],
  conceivably: ['conceivably'],
  likely: ['most likely'],
  'more or less': ['more or less'],
  'kind of': ['kind of'],
  'sort of': ['sort of'],
  sort: ['sort of'],
  guess: ['i guess'],
  guessed: ['i guess'],
  guesses: ['i guess'],
  think: ['i think'],
  thinks: ['i think'],
  thought: ['i think', 'it is thought'],
  believe: ['i believe'],
  believed: ['i believe', 'it is believed'],
  believes: ['i believe'],
  assume: ['i assume'],
  assumed: ['i assume'],
  assumes: ['i assume'],
  suppose: ['i suppose'],
  supposes: ['i suppose'],
  doubt: ['i doubt'],
  hopefully: ['hopefully'],
  'in my opinion': ['in my opinion'],
  'my impression': ['my impression is'],
  might: ['i might', 'we might', 'might be able to'],
  may: ['may be able to'],
  'be able to': ['might be able to', 'may be able to'],
  could: ['could possibly'],
  should: ['should ship', 'should arrive'],
  possible: ['it is possible', "it's possible"],
  possibility: ['it is possible'],
  unsure: ["i'm unsure", 'unsure if'],
  "don't know": ["i don't know if", "we don't know if"],
  inconclusive: ["can't say for sure"],
  reportedly: ['reportedly'],
  arguably: ['arguably'],
  allege: ['allegedly'],
  alleged: ['allegedly'],
  appeared: ['has been said'],
  considered: ['widely considered'],
  speculate: ['it is said'],
  speculated: ['it is said'],
  speculates: ['it is said'],
  'their impression': ['some people believe'],
  virtually: ['more or less'],
  practically: ['more or less'],
}

const MODALS = 'a modal or auxiliary verb in almost every reply ("we can", "you will", "it would")'
const QUANTITY = 'a quantity word; vague amounts are no-vague-quantity\'s job, and most uses are fine ("some of the items")'
const OBSERVATION = 'neutral observation that support replies are advised to use instead of blame ("it looks like the form was sent without…")'
const DEGREE = 'a degree or intensity word, not a hedge about what will happen; noise in chat ("pretty quick", "quite right")'
const FREQUENCY = 'a frequency word used to state policy ("we usually ship within 24 hours")'
const BOOSTER = 'a booster (certainty, not doubt); the politeness rules judge condescending ones like "clearly"'
const APPROX = 'approximation of a number ("about 3 days", "approximately €20"): bounded, not vague'
const REPORTING = 'a reporting or ordinary verb ("you can find", "it says", "we noticed")'
const COMMON = 'an everyday word with no hedging sense in service text ("so", "that", "back", "up", "just")'
const EVALUATIVE = 'an evaluative adjective; praise or marketing tone, not vagueness'
const EMPATHY = 'an empathy formula support teams are trained to use ("I understand", "if I\'m understanding you correctly")'

/** Package word → why it is not a hedge phrase in service text. */
export const DROPPED: Record<string, string> = {
  can: MODALS, could: MODALS, would: MODALS, will: MODALS, must: MODALS, should: MODALS, may: MODALS,
  some: QUANTITY, few: QUANTITY, several: QUANTITY, many: QUANTITY, much: QUANTITY, most: QUANTITY, little: QUANTITY,
  bunch: QUANTITY, couple: QUANTITY, 'a lot': QUANTITY, lots: QUANTITY, all: QUANTITY, 'are a number': QUANTITY,
  'is a number': QUANTITY, enough: QUANTITY, various: QUANTITY, tiny: QUANTITY, huge: QUANTITY, vast: QUANTITY,
  'a bit': DEGREE, bit: DEGREE, fairly: DEGREE, pretty: DEGREE, quite: DEGREE, 'quite clearly': DEGREE, rather: DEGREE,
  somewhat: DEGREE, largely: DEGREE, mainly: DEGREE, mostly: DEGREE, partially: DEGREE, relatively: DEGREE, very: DEGREE,
  extremely: DEGREE, exceedingly: DEGREE, remarkably: DEGREE, significantly: DEGREE, substantially: DEGREE, completely: DEGREE,
  entirely: DEGREE, fully: DEGREE, highly: DEGREE, heavily: DEGREE, slightly: DEGREE, strongly: DEGREE, totally: DEGREE,
  truly: DEGREE, really: DEGREE, real: DEGREE, seriously: DEGREE, particularly: DEGREE, especially: DEGREE, widely: DEGREE,
  hardly: DEGREE, badly: DEGREE, nicely: DEGREE, easily: DEGREE, effectively: DEGREE, essentially: DEGREE, basically: DEGREE, overall: DEGREE,
  'in general': DEGREE, generally: FREQUENCY, usually: FREQUENCY, often: FREQUENCY, frequently: FREQUENCY, sometimes: FREQUENCY,
  occasionally: FREQUENCY, rarely: FREQUENCY, rare: FREQUENCY, seldom: FREQUENCY, always: FREQUENCY, 'almost never': FREQUENCY,
  typically: FREQUENCY, tend: FREQUENCY, ever: FREQUENCY,
  certain: BOOSTER, certainly: BOOSTER, definite: BOOSTER, definitely: BOOSTER, clear: BOOSTER, clearly: BOOSTER,
  surely: BOOSTER, 'be sure': BOOSTER, evidently: BOOSTER, obviously: BOOSTER, absolutely: BOOSTER, exactly: BOOSTER,
  precisely: BOOSTER, necessarily: BOOSTER, literally: BOOSTER, frankly: BOOSTER, simply: BOOSTER, specifically: BOOSTER,
  primarily: BOOSTER, ultimately: BOOSTER, actually: BOOSTER, actual: BOOSTER, apparently: OBSERVATION,
  apparent: OBSERVATION, appear: OBSERVATION, 'appear to be': OBSERVATION, appears: OBSERVATION, seem: OBSERVATION,
  seemed: OBSERVATION, seems: OBSERVATION, 'look like': OBSERVATION, 'looks like': OBSERVATION, looked: OBSERVATION,
  looks: OBSERVATION, 'consistent with': OBSERVATION, indicate: OBSERVATION, suggestive: OBSERVATION, diagnostic: OBSERVATION,
  about: APPROX, around: APPROX, approximately: APPROX, roughly: APPROX, almost: APPROX, 'at least': APPROX, estimate: APPROX,
  estimated: APPROX, estimates: APPROX, close: APPROX, 'so far': APPROX,
  say: REPORTING, says: REPORTING, read: REPORTING, find: REPORTING, finds: REPORTING, found: REPORTING, suggest: REPORTING,
  suggested: REPORTING, suggests: REPORTING, consider: REPORTING, considers: REPORTING, heard: REPORTING, knew: REPORTING,
  noticed: REPORTING, saw: REPORTING, watched: REPORTING, felt: REPORTING, smelled: REPORTING, touched: REPORTING,
  realised: REPORTING, realized: REPORTING, recognised: REPORTING, recognized: REPORTING, wanted: REPORTING, wished: REPORTING,
  wondered: REPORTING, decided: REPORTING, began: REPORTING, begin: REPORTING, start: REPORTING, started: REPORTING,
  acts: REPORTING, combats: REPORTING, gains: REPORTING, helps: REPORTING, supports: REPORTING, works: REPORTING,
  'linked to': REPORTING, try: REPORTING, understand: EMPATHY, understands: EMPATHY, understood: EMPATHY,
  "if i'm understanding you correctly": EMPATHY, 'in my understanding': EMPATHY, 'my understanding is': EMPATHY,
  'my thinking is': EMPATHY, 'in my mind': EMPATHY, 'in my view': EMPATHY,
  so: COMMON, that: COMMON, then: COMMON, back: COMMON, up: COMMON, down: COMMON, over: COMMON, far: COMMON, own: COMMON,
  just: COMMON, also: COMMON, again: COMMON, already: COMMON, still: COMMON, even: COMMON, only: COMMON, well: COMMON,
  anyway: COMMON, like: COMMON, 'is like': COMMON, right: COMMON, too: COMMON, ok: COMMON, okay: COMMON, stuff: COMMON,
  things: COMMON, whatever: COMMON, whenever: COMMON, wherever: COMMON, whoever: COMMON, somebody: COMMON,
  someone: COMMON, something: COMMON, 'something or other': COMMON, somewhere: COMMON, somehow: COMMON,
  'and all that': COMMON, 'and so forth': COMMON, 'et cetera': COMMON, interestingly: COMMON, surprisingly: COMMON,
  assumption: COMMON, probability: COMMON, probable: COMMON, improbable: COMMON, unlikely: COMMON, doubtful: COMMON,
  'not rocket science': 'condescension, judged by the politeness rules',
  'outside the box': 'an idiom, judged by the cultural idiom rules',
  better: EVALUATIVE, excellent: EVALUATIVE, amazing: EVALUATIVE, effective: EVALUATIVE, efficient: EVALUATIVE,
  expert: EVALUATIVE, experts: EVALUATIVE, useful: EVALUATIVE, improved: EVALUATIVE,
}
