/**
 * Cues that a customer's message is an angry complaint. One strong cue, or two
 * weak ones, is enough. Kept short and literal on purpose: the rule acts only
 * when the reply then lacks any thanks or acknowledgement, so a missed cue costs
 * a hint, and a false cue costs nothing when the reply is courteous.
 */
const STRONG_CUES: readonly RegExp[] = [
  /\b(unacceptable|ridiculous|disgusting|disgraceful|disgrace|appalling|outrageous|shocking|pathetic|useless|incompetent|furious|livid|fuming)\b/i,
  /\b(scam|scammed|rip-?off|fraud|thieves|stole|stealing)\b/i,
  /\b(worst|terrible|horrible|awful|abysmal|atrocious)\b/i,
  /\b(never again|fed up|sick of|sick and tired|had enough|last straw)\b/i,
  /\b(want|demand) (my money back|a (full )?refund)\b/i,
  /\b(this is a joke|what a joke|joke of a)\b/i,
  /\b(lawyer|solicitor|legal action|sue you|trading standards|consumer protection|chargeback|report you|bad review|one[- ]star)\b/i,
  /\b(complaint|complain|complaining|angry|outraged)\b/i,
  /\b(very|extremely|so|really|deeply|totally) (disappointed|frustrated|annoyed|upset|unhappy|angry)\b/i,
  /\b(still (waiting|haven't|have not|not|no)|(third|fourth|fifth) time|how many times|(been )?ignored)\b/i,
  // "Nobody has answered", "no one is helping"; not "nobody is home before six".
  /\b(no one|nobody) (has|is|will|ever|even) (\w+ )?(answer|repl|respond|help|call|get back|got back|contact|bother|care|listen|read|look)\w*/i,
]

const WEAK_CUES: readonly RegExp[] = [
  /!{2,}|\?{2,}/,
  /\b(disappointed|frustrated|frustrating|annoyed|annoying|upset|unhappy|fed)\b/i,
  /\b(where is my|haven't received|have not received|never (arrived|received|came)|not (arrived|received))\b/i,
  /\b(broken|damaged|faulty|defective|wrong (item|size|colour|color|order)|missing)\b/i,
  /\b(late|delayed|weeks|again)\b/i,
  /\b(refund|money back|cancel)\b/i,
]

/** Two or more words of four or more capitals that are not acronyms: "THIS IS NOT OK". */
const SHOUTING = /\b[A-Z]{4,}\b[^a-z]*\b[A-Z]{2,}\b/

export function readsAsAngryComplaint(text: string): boolean {
  if (STRONG_CUES.some((cue) => cue.test(text))) return true
  let weak = WEAK_CUES.filter((cue) => cue.test(text)).length
  if (SHOUTING.test(text)) weak++
  return weak >= 2
}

/** Thanks, apology or acknowledgement of the customer's experience in the reply. */
export const EMPATHY = /\b(sorry|apologi[sz]e|apologies|apology|thank|thanks|understand|understandable|frustrat\w*|appreciate|regret|i can see|i hear you|i know how|i can imagine|i realise|i realize|must have been|not (the|what) (experience|service|you expected)|disappointing|you're right|you are right|completely agree|unacceptable|concern)/i
