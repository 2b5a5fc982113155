import { defineRule, type RuleContext } from '@tactful/engine'
import { COUNT, parseCount, toDays } from './durations.js'

const UNIT = '((?:business |working |calendar )?days?|weeks?|months?|years?|hours?)'
const GAP = '(?:[\\w’\'\\u00C0-\\u024F-]+\\s+){0,6}?'

/** Periods the customer has to withdraw or send goods back: "you only have 7 days to cancel". */
const WITHDRAWAL = [
  new RegExp(`\\b(?:have|had|get|got)\\s+(?:only\\s+)?${COUNT}[\\s-]+${UNIT}\\s+(?:(?:from|after)\\s+(?:[\\w-]+\\s+){1,3}?)?to\\s+(?:\\w+\\s+){0,3}?(return|cancel|withdraw|send|change|exchange|reject)`, 'gi'),
  new RegExp(`\\b(?=[rcwsmnhp])(?<!\\b(?:we|we'll|we will|I|I'll|I will|will|refund|refunds|refunded|refunding)\\s)(?<!\\b(?:collect|collects|collected|collecting|pick up|picks up|picked up|receive|receives|received|process|processes|processed|inspect|inspects|inspected|refund for|refunds for|credit for)\\s+(?:the|your|this|each)\\s)(return(?!\\s+(?:label|labels|number|form|shipping|parcel|package|request|address|fee|fees|costs?|instructions|portal|code|process|policy|status|reached|arrived))|cancel(?:lation)?|withdraw(?:al)?|(?:send|ship|post|mail) (?:it|them|the \\w+|your \\w+) back|reject|(?:can|must|may|should|need to|needs to|have to|has to)\\s+(?:only\\s+)?be\\s+(?:returned|cancelled|canceled|(?:sent|posted|mailed|shipped|brought|handed)\\s+back|rejected))(?:s|ing)?\\s+(?!(?:team|teams|department|desk|centre|center|agents?|staff|unit|hub|warehouse|partner)\\b)(?!(?:are|is|will\\s+be|get|gets)\\s+(?:processed|refunded|credited|inspected|handled|checked|reviewed|issued|paid|collected|picked\\s+up)\\b)${GAP}(?:only\\s+)?(?:within|up\\s+to|no\\s+later\\s+than|for)\\s+(?:only\\s+)?${COUNT}[\\s-]+${UNIT}`, 'gi'),
  new RegExp(`\\b${COUNT}[\\s-]+(days?)[\\s-]+(return|returns|cancellation|withdrawal|money-back|exchange|refund)\\s+(?:policy|window|period|guarantee|right)`, 'gi'),
  // "The cooling-off window for software plans is one week", "our return window closes one week after delivery".
  new RegExp(`\\b(return|returns|cancellation|withdrawal|refund|cooling-off|cooling\\s+off)\\s+(?:window|period|policy|right)\\s+(?:for\\s+(?:[\\w’'-]+\\s+){1,4}?)?(?:is|of|lasts|runs\\s+for|is\\s+valid\\s+for)\\s+(?:only\\s+)?(?:just\\s+)?${COUNT}[\\s-]+${UNIT}`, 'gi'),
  new RegExp(`\\b(return|returns|cancellation|withdrawal|refund|cooling-off|cooling\\s+off)\\s+(?:window|period)\\s+(?:for\\s+(?:[\\w’'-]+\\s+){1,4}?)?(?:closes|ends|expires|runs\\s+out|lapses|is\\s+over)\\s+(?:only\\s+)?(?:just\\s+)?${COUNT}[\\s-]+${UNIT}\\s+(?:after|from|of)\\b`, 'gi'),
  // Family: the item itself "returnable for 7 days only", "refundable within 5 days", "cancellable up to 3 days".
  new RegExp(`\\b(returnable|exchangeable|cancell?able|withdrawable)\\s+(?:only\\s+)?(?:for|within|during|up\\s+to)\\s+(?:only\\s+)?(?:the\\s+first\\s+)?${COUNT}[\\s-]+${UNIT}`, 'gi'),
  // Family: a period granted for the return: "we give 10 days for returns", "you have 10 days from delivery for return
  // the product", "we allow 7 days for returning". Not a wait: "please allow 7 days for your return to be processed".
  new RegExp(`(?<=\\b(?:we|you|I|customers|buyers|only|just|still|we'll|you'll|will|do|can)\\s)(?:give|gives|allow|allows|offer|offers|have|had|get|got)\\s+(?:you\\s+|customers\\s+|buyers\\s+)?(?:only\\s+|just\\s+)?${COUNT}[\\s-]+${UNIT}\\s+(?:(?:from|after)\\s+\\w+\\s+)?for\\s+(?:the\\s+|a\\s+|your\\s+|any\\s+)?(returns?|returning|cancell?ations?|cancell?ing|withdrawals?|withdrawing|exchanges?|exchanging)\\b(?!\\s+(?:to|is|are|be|label|labels|parcel|package|shipping|costs?|fee|fees)\\b)`, 'gi'),
  // Family: the right itself said to end: "your right to cancel expires 7 days after the purchase", "the right of withdrawal
  // lasts 7 days".
  new RegExp(`\\bright\\s+(?:to\\s+(cancel|withdraw|return|reject|send\\s+it\\s+back)|of\\s+(withdrawal|cancell?ation|return))\\s+(?:[\\w’'-]+\\s+){0,3}?(?:expires|expired|ends|ended|lapses|runs\\s+out|is\\s+over|closes|lasts|is\\s+valid|is\\s+limited\\s+to|applies)\\s+(?:only\\s+)?(?:for\\s+|within\\s+)?(?:the\\s+first\\s+)?${COUNT}[\\s-]+${UNIT}`, 'gi'),
  // Family: the cut-off from its far end: "Returns after 7 days are not accepted", "cancellations later than 3 days cannot be
  // processed".
  new RegExp(`\\b(returns?|cancell?ations?|withdrawals?|exchanges?)\\s+(?:requested\\s+|made\\s+|sent\\s+)?(?:after|later\\s+than|beyond|past|outside)\\s+(?:the\\s+first\\s+)?${COUNT}[\\s-]+${UNIT}\\s+${GAP}(?:are\\s+not|is\\s+not|aren['’]t|isn['’]t|are\\s+no\\s+longer|is\\s+no\\s+longer|won['’]t|will\\s+not|cannot|can['’]t|can\\s+not)\\b`, 'gi'),
  // "you have until 7 days after delivery to send it back"
  new RegExp(`\\b(?:have|had|get|got)\\s+(?:only\\s+)?until\\s+${COUNT}[\\s-]+${UNIT}\\s+(?:after|from|of)\\s+(?:[\\w’'-]+\\s+){1,2}?to\\s+(?:\\w+\\s+){0,2}?(return|cancel|withdraw|send|exchange|reject)`, 'gi'),
  // "Return window: 7 days", "Returns policy: 5 days"
  new RegExp(`\\b(return|returns|cancell?ation|withdrawal|exchange)\\s+(?:window|period|policy)(?:\\s+for(?:\\s+[\\w’'-]+){1,4})?\\s*:\\s*(?:only\\s+)?${COUNT}[\\s-]+${UNIT}`, 'gi'),
  // "refunds are only possible in the first 48 hours after purchase"
  new RegExp(`\\b(returns?|refunds?|cancellations?|withdrawals?|exchanges?)\\s+(?:(?:for|on|of)\\s+(?:[\\w’'-]+\\s+){1,4}?)?(?:are|is)\\s+(?:only\\s+)?(?:possible|accepted|allowed|available|granted|given|offered)\\s+(?:only\\s+)?(?:in|within|during|for)\\s+(?:the\\s+)?(?:first\\s+)?${COUNT}[\\s-]+${UNIT}`, 'gi'),
]

/**
 * The clock started at the order, not at delivery: "cancel within 7 days of placing the order",
 * "14 days from the order date". Goods' withdrawal periods run from receipt (Directive 2011/83/EU
 * Art. 9(2)(b); CDC Art. 49; the CN, KR and ZA laws alike). "Of purchase" is left alone: for a sale
 * in a shop it is the same day.
 */
const FROM_THE_ORDER = /^\s*(?:(?:under|in|per)\s+(?:the\s+)?[\w-]+\s+)?(?:(?:is\s+|are\s+|was\s+)?(?:counts?|counted|runs?|ran|running|starts?|started|starting|begins?|began|begun|is\s+calculated|calculated|applies|ticks)\s+)?(?:of|from|after)\s+(?:(?:(?:placing|making|the date of|the day of)\s+)?(?:the\s+|your\s+)?(?:order(?:ing)?|payment|checkout|dispatch|shipping|shipment)(?:\s+(?:date|e-?mail|notification|confirmation))?\b|(?:the\s+(?:date|day|moment|time)\s+|when\s+)(?:you\s+(?:placed?|made|submitted)\s+(?:the\s+|your\s+|an\s+)?order|you\s+(?:ordered|paid|checked\s+out)|(?:the|your)\s+order\s+(?:was|is)\s+(?:placed|made|confirmed|paid)|we\s+(?:ship|shipped|dispatch|dispatched|send|sent)(?:\s+it)?|it\s+(?:ships|shipped|was\s+shipped|was\s+dispatched))\b)/i

/**
 * The withdrawal clock said to start at the order, the payment or the dispatch, with no count beside it: "the right of
 * withdrawal is counting from the day of the payment", "the 14-day period begins on the day we ship".
 */
const PERIOD_STARTS_EARLY = /\b(?:right\s+of\s+(?:withdrawal|cancell?ation|return)|right\s+to\s+(?:cancel|withdraw|return)|(?:withdrawal|cancell?ation|return|returns|cooling-off|\d{1,2}-day|fourteen-day|seven-day)\s+(?:period|window|right|time|deadline))\s+(?:[\w’'-]+\s+){0,3}?(?:starts?|started|starting|begins?|began|runs?|ran|counts?|counting|is\s+counted|is\s+calculated|is\s+counting|applies|ticks)\s+(?:from|on|at|with)\s+(?:the\s+)?(?:(?:day|date|moment|time)\s+(?:of\s+|when\s+|that\s+)?)?(?:the\s+|your\s+)?(?:order(?:ing)?|payment|purchase|checkout|dispatch|shipping|shipment|we\s+(?:ship|shipped|dispatch|dispatched|send|sent)|it\s+(?:ships|shipped|was\s+shipped)|you\s+(?:ordered|paid|placed|bought))\b/gi

/** The first week or fortnight as the whole window: "money back only in the first week", "in the first fortnight you can reject it". */
const FIRST_WEEK = /\b(?:(?:return|returned|returns|reject|rejected|refund|refunded|refunds|money\s+back|send\s+(?:it|them)\s+back|cancel|withdraw)\b(?:[\w’'-]+\s+|\s+){0,6}?(?:only\s+)?(?:in|within|during)\s+the\s+first\s+(week|fortnight)\b|(?:in|within|during)\s+the\s+first\s+(week|fortnight)\b(?:\s+[\w’'-]+){0,8}?\s+(?:reject|return|refund|money\s+back|send\s+(?:it|them)\s+back|cancel|withdraw))/gi

/** "Changed your mind? Tell us within 7 days of delivery.": the notice of a withdrawal, its reason in the sentence before. */
const MIND_CHANGE = /\bchang(?:ed?|ing)\s+(?:your|of)\s+mind\b/i
const WITHDRAWAL_NOTICE = new RegExp(`^\\W*(?:just\\s+|simply\\s+)?(?:tell|notify|email|e-mail|contact|write\\s+to|let)\\s+(?:us\\s+)?(?:know\\s+)?(?:within|no\\s+later\\s+than)\\s+${COUNT}[\\s-]+${UNIT}`, 'gi')
const WITHDRAWAL_AFTER_MIND_CHANGE = [...WITHDRAWAL, WITHDRAWAL_NOTICE]

/** A refund for a warranty repair, not for a withdrawal: "Refunds for warranty repairs are issued within 30 days". */
const WARRANTY_REFUND = /warrant|repair|guarant/i

/** How long the shop takes to refund: "we refund within 30 days". */
const REFUND = new RegExp(`\\b(refund)(?:ed|s|ing)?\\s+${GAP}(?:within|in|up to)\\s+${COUNT}[\\s-]+${UNIT}`, 'gi')

/**
 * The refund's wait said in other words: "the refund will arrive around 30 working days after", "refunds usually take 4-6
 * weeks", "your money will be returned within 45 days", "please allow up to 30 days for the refund to reach you".
 */
const REFUND_WAIT = [
  new RegExp(`\\b(?:refund|refunds|money|reimbursement|repayment)\\b(?:\\s+[\\w’'-]+){0,6}?\\s+(?:within|in|up\\s+to|around|about|approximately|approx\\.?|roughly|take|takes|taking|arrive|arrives|after)\\s+(?:up\\s+to\\s+|around\\s+|about\\s+)?(?:${COUNT}\\s*[-–]\\s*)?${COUNT}[\\s-]+${UNIT}`, 'gi'),
  new RegExp(`\\ballow\\s+(?:up\\s+to\\s+|around\\s+|about\\s+)?(?:${COUNT}\\s*[-–]\\s*)?${COUNT}[\\s-]+${UNIT}\\s+for\\s+(?:the\\s+|your\\s+)?(?:refund|money|reimbursement)`, 'gi'),
]

/** A warranty length said to be all the customer gets: "our 6-month warranty only". */
const WARRANTY = new RegExp(`\\b${COUNT}[\\s-]+(months?|years?)\\s+(?:\\w+\\s+)?(warranty|guarantee)\\b`, 'gi')
/** "a 90-day warranty": a warranty counted in days (not a money-back guarantee). */
const WARRANTY_DAYS = new RegExp(`\\b${COUNT}[\\s-]+(days?)\\s+(?:(?:seller|store|shop|limited|manufacturer['’]?s?)\\s+)?warranty\\b`, 'gi')
/** "warranty claims for electronics are accepted for 180 days from the purchase date": a cut-off in itself. */
const WARRANTY_CLAIMS = new RegExp(`\\b(?:warranty|guarantee)\\s+(?:claims?|repairs?|requests?|cases?)\\s+(?:(?:on|for)\\s+(?:[\\w-]+\\s+){1,4}?)?(?:are|is|(?:can|will|may|must)\\s+(?:only\\s+)?be)\\s+(?:only\\s+)?(?:accepted|honou?red|possible|valid|made|filed|submitted|raised|lodged)\\s+(?:only\\s+)?(?:for|within|up\\s+to|during)\\s+(?:the\\s+first\\s+)?${COUNT}[\\s-]+(months?|years?|days?)\\b`, 'gi')
const WARRANTY_LENGTH = new RegExp(`\\b(?:warranty|guarantee|cover|coverage)\\s+(?:period\\s+)?(?:(?:on|for)\\s+(?:[\\w-]+\\s+){1,5}?)?(?:is|was|lasts|lasted|of|ran out after|expired after|ended after|only covers|covers|covered|only covered|ends|expires|runs out|stops|runs|ran|is valid|was valid|applies|applied)\\s+(?:only\\s+)?(?:for\\s+|at\\s+|after\\s+)?(?:the\\s+first\\s+)?${COUNT}[\\s-]+(months?|years?|days?)\\b`, 'gi')
/** Other ways to state it: "only covered for 12 months", "out of warranty after 6 months", "Warranty: 6 months". */
const WARRANTY_SAID_OTHERWISE = new RegExp(`\\b(?:out\\s+of\\s+(?:warranty|guarantee)\\s+after|covered\\s+(?:only\\s+)?for|covered\\s+by\\s+(?:our|the|its|a|this)\\s+(?:[\\w-]+\\s+)?(?:warranty|guarantee)\\s+(?:only\\s+)?(?:for|of)|(?:warranty|guarantee)(?:\\s+period)?\\s*:)\\s+(?:only\\s+)?${COUNT}[\\s-]+(months?|years?|days?)\\b`, 'gi')
/** Australia and New Zealand: a stated end of fault cover, the cue that the warranty is meant as all the customer gets. */
const COVER_ENDS = /\bexpired\b|\bis over\b|\bhas ended\b|\b(?:has |have )?run out\b|\bno longer\b|\b(?:not|isn['’]t|aren['’]t|won['’]t be) covered\b|\bout of (?:warranty|guarantee)\b|\b(?:after|beyond|past|outside) (?:that|this|the|day|month|year|its|our)\b|\bat (?:your|the customer['’]s|the buyer['’]s) (?:own )?(?:expense|cost)\b|\b(?:is|are) chargeable\b|\bcan['’]?t help\b|\bcannot help\b/i
const WARRANTY_IS_ALL = /\bpaid repairs?\b|\b(?:is|are) now (?:a )?(?:paid|chargeable)\b|\bonly\b|\brather than\b|\binstead of\b|\bnot (?:24|two|2)\b|\bexpired\b|\bis over\b|\bhas ended\b|\bhas run out\b|\bno longer\b|\b(?:not|isn['’]t|aren['’]t|won['’]t be) covered\b|\bcan['’]?t help\b|\bcannot help\b|\bout of (?:warranty|guarantee)\b|\bafter\b|\bchargeable\b|\bout of time\b|\bat your (?:own )?(?:expense|cost)\b/i

/** A window for reporting a fault: "send photos within 24 hours of delivery", "report damage within 3 days of receipt". */
const NOTICE = new RegExp(`\\b(?:report|reported|notify|notified|tell us|let us know|contact us|send (?:us )?(?:photos?|pictures?|images?)|photos?|claims?|claimed|flagged|informed)\\s+${GAP}(?:within|no\\s+later\\s+than)\\s+${COUNT}[\\s-]+((?:business |working |calendar )?days?|hours?)\\s+(?:of|after|from)\\s+(?:delivery|receipt|receiving|arrival|it arriving|the parcel arriving|signing)`, 'gi')
/** Same-day notice: "must be notified to us on the same day of delivery", "flagged by the end of the next day". */
const NOTICE_SAME_DAY = /\b(?:report|reported|notify|notified|tell\s+us|let\s+us\s+know|contact\s+us|flag|flagged|claim|claimed|inform\s+us|informed)\b(?:\s+[\w’'-]+){0,6}?\s+(?:on\s+the\s+same\s+day|the\s+same\s+day|same\s+day|by\s+the\s+end\s+of\s+the\s+(?:next|following|same)\s+day|by\s+the\s+(?:next|following)\s+day|on\s+the\s+day\s+of\s+(?:delivery|receipt|arrival))\b/gi
/** Fault notice counted from the purchase or delivery in weeks or months: "faults need to be reported within 3 months of purchase". */
const NOTICE_FROM_PURCHASE = new RegExp(`\\b(?:report|reported|notify|notified|tell us|let us know|contact us|claims?|claimed|flagged|raised)\\s+${GAP}(?:within|no\\s+later\\s+than)\\s+${COUNT}[\\s-]+(weeks?|months?)\\s+(?:of|after|from)\\s+(?:the\\s+)?(?:purchase|buying|delivery|receipt)`, 'gi')
/** The window said from its far end: "for faults reported after the first 14 days we can offer a repair only". */
const NOTICE_AFTER = new RegExp(`\\b(?:faults?|defects?|problems?|issues?|damage|claims?)\\s+(?:that\\s+(?:are|is)\\s+)?(?:reported|notified|raised|flagged|found|discovered|claimed)\\s+(?:after|beyond|past|later\\s+than|outside)\\s+(?:the\\s+)?(?:first\\s+)?${COUNT}[\\s-]+((?:business |working |calendar )?days?|hours?|weeks?|months?)\\b`, 'gi')
/** The shop refuses what comes later: only then is the window a cut-off, not a request. */
const NOTICE_CUTOFF = /\b(?:not|no longer|won['’]?t|cannot|can['’]?t) (?:be )?(?:accepted|accept|considered|covered|processed|honou?red)\b|\b(?:not|no longer|isn['’]t|aren['’]t) (?:our|the shop['’]s|the seller['’]s|the store['’]s) (?:responsibility|problem|liability)\b|\bat (?:your|the customer['’]s|the buyer['’]s) (?:own )?(?:cost|expense)\b|\b(?:rejected|refused|void|forfeit(?:ed)?)\b|\bno (?:claims?|refunds?|replacements?)\b|\bwarranty only\b|\b(?:refunds?|returns?|replacements?|rejections?|exchanges?)\s+(?:is|are)\s+no\s+longer\s+(?:possible|available|an\s+option|offered)\b|\bnot\s+(?:a\s+)?(?:refunds?|replacements?)\b|\brepairs?\s+only\b|\bonly\s+(?:offer\s+|do\s+|provide\s+)?(?:a\s+)?repairs?\b|\bonly (?:under|through|via) (?:the|our) (?:manufacturer['’]?s )?warranty\b|\bconsider(?:ed)?\s+(?:the\s+order\s+|it\s+)?(?:complete|accepted|fine)\b|\bto qualify\b|\b(?:only\s+)?(?:paid|chargeable)\s+repairs?\b|\bqualif(?:y|ies) for\b|\blater\b[^.]*\b(?:cannot|can['’]?t|not)\b/i
/** The UK's short-term right to reject faulty goods (Consumer Rights Act 2015 s. 22). */
const UK_RIGHT_TO_REJECT_DAYS = 30
/** EU law lets a Member State ask for notice of a fault within no less than two months (Directive (EU) 2019/771 Art. 12). */
const MINIMUM_NOTICE_DAYS = 60

/** The goods' age, said beside a refusal: "delivered 14 months ago", "it is now 14 months old". */
const AGE = new RegExp(`\\b(?:(?:delivered|bought|purchased|received|ordered)\\s+(?:about\\s+|around\\s+|over\\s+|some\\s+|just\\s+over\\s+)?${COUNT}[\\s-]+(months?|years?)\\s+ago|(?:is|are|it's|it’s|they're|they’re)\\s+(?:now\\s+)?(?:about\\s+|around\\s+|over\\s+|just\\s+over\\s+)?${COUNT}[\\s-]+(months?|years?)\\s+old)\\b`, 'gi')
/** Fault cover said to be over: "they are outside our cover", "no longer under warranty", "out of guarantee". */
const OUT_OF_COVER = /\b(?:outside|beyond|past|out\s+of)\s+(?:(?:our|the|its|their|your)\s+)?(?:cover|coverage|warranty|guarantee)\b|\bno\s+longer\s+(?:covered|under\s+(?:warranty|guarantee))\b|\b(?:not|isn['’]t|aren['’]t)\s+covered\s+any\s?more\b/i

/** A commercial warranty offered beside the legal guarantee. */
const ON_TOP = /\blegal guarantee\b|\bstatutory\b|\bconsumer (?:law|rights|guarantees?)\b|\bin addition to\b|\bon top of\b/i
/** Used goods, for which the legal guarantee may be one year. */
const SECOND_HAND = /\b(?:refurbished|second-hand|secondhand|pre-owned|preowned|used (?:phones?|goods|items?|devices?|cars?|bikes?))\b/i

/** A counted period each pattern above requires: "7 days", "fourteen working days", "6-month". */
const COUNTED_PERIOD = new RegExp(`\\b(?:${COUNT}[\\s-]+(?:(?:business|working|calendar)\\s+)?(?:day|week|month|year|hour)|same\\s+day|(?:next|following)\\s+day|first\\s+(?:week|fortnight)|(?:starts?|started|starting|begins?|began|counts?|counting|counted|runs?|ran)\\s+(?:from|on)\\s)`, 'i')
/** A word each pattern above requires: returning, cancelling, refunding, or a warranty. */
const PERIOD_TOPIC = /return|cancel|cover|cooling|withdraw|send|sent back|ship|post|mail|chang|reject|refund|money|warrant|guarant|report|notif|flag|claim|photo|tell us|let us know|contact us/i

/** Every way of stating a warranty's length: "6-month warranty", "a 90-day warranty", "the warranty lasts 6 months", "Warranty: 6 months". */
function warrantyLengths(sentence: string): RegExpExecArray[] {
  return [...sentence.matchAll(WARRANTY), ...sentence.matchAll(WARRANTY_DAYS), ...sentence.matchAll(WARRANTY_LENGTH), ...sentence.matchAll(WARRANTY_SAID_OTHERWISE)]
}

interface Finding {
  range: [number, number]
  messageId: 'withdrawal' | 'withdrawalStart' | 'reject' | 'refund' | 'guarantee' | 'guaranteeNoLimit' | 'notice' | 'stillCovered'
  data: Record<string, string>
}

/**
 * The strictest minimum among the customer's regions and where it applies: with `--region BR,DE`
 * the German 14 days win over the Brazilian 7, whatever the order the codes were given in.
 */
function strictest(context: RuleContext, fact: string): { value: number; where: string } | undefined {
  const values = context.region.factsByRegion<number>(fact)
  let value: number | undefined
  for (const v of values) if (v !== undefined && (value === undefined || v > value)) value = v
  if (value === undefined) return undefined
  return { value, where: context.region.codes.filter((_, i) => values[i] === value).join(', ') }
}

function countAndUnit(match: RegExpExecArray): { count: number; unit: string } | undefined {
  const groups = match.slice(1).filter((g) => g !== undefined)
  for (let i = 0; i < groups.length - 1; i++) {
    const count = parseCount(groups[i]!)
    if (!Number.isNaN(count) && /^(?:(?:business |working |calendar )?days?|weeks?|months?|years?|hours?)$/i.test(groups[i + 1]!)) return { count, unit: groups[i + 1]! }
  }
  return undefined
}

/** The paragraph around a sentence: a return or a cut-off named a sentence earlier or later counts. */
interface ParagraphFacts {
  mentionsReturn: boolean
  /** The unit names a return elsewhere: a template's heading "Returning an eyepiece" over its refund paragraph. */
  unitMentionsReturn: () => boolean
  mindChange: boolean
  secondHand: boolean
  noticeCutOff: boolean
  warrantyIsAll: boolean
  /** Australia and New Zealand: the paragraph ends fault cover and names no consumer guarantee. */
  coverEnds: boolean
  onTop: boolean
}

const RETURN_TOPIC = /\b(?:return|withdraw|cancel)/i

/**
 * A return window counted from delivery, whatever the verb before it: "a return request must reach us within
 * 72 hours of delivery", "we only accept it within 48 hours of receipt", "let us know within 3 days of arrival".
 * Only in a sentence about a return, and not a fault report or the shop's own refund or collection timing.
 */
const FROM_DELIVERY = new RegExp(`\\b(?:within|no\\s+later\\s+than|up\\s+to)\\s+(?:only\\s+)?${COUNT}[\\s-]+${UNIT}\\s+(?:of|after|from)\\s+(?:the\\s+)?(?:delivery|receipt|arrival|receiving\\s+(?:it|them|the\\s+\\w+|your\\s+\\w+)|signing(?:\\s+for\\s+(?:it|them|the\\s+\\w+|your\\s+\\w+))?)\\b(?!\\s+of\\s+(?:the|your)\\s+return)`, 'gi')
const NOT_A_WITHDRAWAL_WINDOW = /\b(?:damage|damaged|fault|faulty|defect|defective|broken|missing|wrong|photos?|pictures?|report|notify|transit|leak|leaking|crack|cracked|refund(?:s|ed)?|credit(?:ed)?|reimburs\w*|labels?|collect(?:ion|ed)?|pick(?:ed)?\s+up|we\s+(?:receive|get)|arrives?\s+back|comes?\s+back)\b/i

function paragraphFacts(paragraph: string, unitMentionsReturn: () => boolean): ParagraphFacts {
  const onTop = ON_TOP.test(paragraph)
  return {
    mentionsReturn: RETURN_TOPIC.test(paragraph),
    unitMentionsReturn,
    mindChange: MIND_CHANGE.test(paragraph),
    secondHand: SECOND_HAND.test(paragraph),
    noticeCutOff: NOTICE_CUTOFF.test(paragraph),
    warrantyIsAll: WARRANTY_IS_ALL.test(paragraph) && !onTop,
    coverEnds: COVER_ENDS.test(paragraph) && !onTop,
    onTop,
  }
}

function findings(sentence: string, offset: number, context: RuleContext, facts: ParagraphFacts): Finding[] {
  const found: Finding[] = []
  const withdrawal = strictest(context, 'withdrawalDays')
  const reject = strictest(context, 'rightToRejectDays')
  const guarantee = strictest(context, 'legalGuaranteeYears')
  const withdrawalDays = withdrawal?.value
  const rejectDays = reject?.value
  const guaranteeYears = guarantee?.value
  const range = (m: RegExpExecArray): [number, number] => [offset + m.index, offset + m.index + m[0].length]

  for (const pattern of facts.mindChange ? WITHDRAWAL_AFTER_MIND_CHANGE : WITHDRAWAL) {
    for (const m of sentence.matchAll(pattern)) {
      const period = countAndUnit(m)
      if (!period) continue
      const days = toDays(period.count, period.unit)
      // "refunds on faulty goods are only available in the first 7 days": the right to reject, said with a refund.
      const isReject = /reject/i.test(m[0]) || (rejectDays !== undefined && /\b(?:fault|defect|broken|damaged)/i.test(m[0]))
      if (isReject && /\bfault|defect|broken|damaged/i.test(sentence)) {
        if (rejectDays !== undefined && days < rejectDays) found.push({ range: range(m), messageId: 'reject', data: { days: String(rejectDays), where: reject!.where } })
        // With no region the UK's 30 days are the yardstick, and only a shorter window falls short of them.
        else if (rejectDays === undefined && withdrawalDays === undefined && !context.region.known && days < UK_RIGHT_TO_REJECT_DAYS) {
          found.push({ range: range(m), messageId: 'reject', data: { days: String(UK_RIGHT_TO_REJECT_DAYS), where: 'the UK' } })
        }
        continue
      }
      if (withdrawalDays !== undefined ? days < withdrawalDays : !context.region.known && days < 14) {
        found.push({ range: range(m), messageId: 'withdrawal', data: { days: String(withdrawalDays ?? 14), where: withdrawal?.where ?? 'the EU and the UK' } })
      } else if ((withdrawalDays !== undefined || !context.region.known) && FROM_THE_ORDER.test(sentence.slice(m.index + m[0].length))) {
        found.push({ range: range(m), messageId: 'withdrawalStart', data: { where: withdrawal?.where ?? 'the EU and the UK' } })
      }
    }
  }
  if (RETURN_TOPIC.test(sentence) && !NOT_A_WITHDRAWAL_WINDOW.test(sentence)) {
    for (const m of sentence.matchAll(FROM_DELIVERY)) {
      const period = countAndUnit(m)
      if (!period) continue
      const [start, end] = range(m)
      if (found.some((f) => f.range[0] < end && start < f.range[1])) continue
      const days = toDays(period.count, period.unit)
      if (withdrawalDays !== undefined ? days < withdrawalDays : !context.region.known && days < 14) {
        found.push({ range: [start, end], messageId: 'withdrawal', data: { days: String(withdrawalDays ?? 14), where: withdrawal?.where ?? 'the EU and the UK' } })
      }
    }
  }
  const overlaps = (start: number, end: number): boolean => found.some((f) => f.range[0] < end && start < f.range[1])
  // The clock started at the order, the payment or the dispatch, with no count beside it.
  if (withdrawalDays !== undefined || !context.region.known) {
    for (const m of sentence.matchAll(PERIOD_STARTS_EARLY)) {
      const [start, end] = range(m)
      if (!overlaps(start, end)) found.push({ range: [start, end], messageId: 'withdrawalStart', data: { where: withdrawal?.where ?? 'the EU and the UK' } })
    }
  }
  // "money back only in the first week": a week or a fortnight as the whole window.
  for (const m of sentence.matchAll(FIRST_WEEK)) {
    const [start, end] = range(m)
    if (overlaps(start, end)) continue
    const days = /fortnight/i.test(m[0]) ? 14 : 7
    if (/\bfault|defect|broken|damaged|faulty/i.test(sentence)) {
      if (rejectDays !== undefined && days < rejectDays) found.push({ range: [start, end], messageId: 'reject', data: { days: String(rejectDays), where: reject!.where } })
      else if (rejectDays === undefined && withdrawalDays === undefined && !context.region.known && days < UK_RIGHT_TO_REJECT_DAYS) found.push({ range: [start, end], messageId: 'reject', data: { days: String(UK_RIGHT_TO_REJECT_DAYS), where: 'the UK' } })
    } else if (withdrawalDays !== undefined ? days < withdrawalDays : !context.region.known && days < 14) {
      found.push({ range: [start, end], messageId: 'withdrawal', data: { days: String(withdrawalDays ?? 14), where: withdrawal?.where ?? 'the EU and the UK' } })
    }
  }
  // Refunds after a withdrawal are due within 14 days (Directive 2011/83/EU Art. 13; CCR 2013 reg. 34).
  // The return may be named in an earlier sentence: "you'd like to return the tent … Refunds are issued within 30 days".
  // Korea: 3 business days after the goods come back (fact refundBusinessDays), at most 5 calendar days.
  const refundBusiness = context.region.factsByRegion<number>('refundBusinessDays')
  const businessLimits = refundBusiness.filter((v): v is number => v !== undefined)
  const businessLimit = businessLimits.length ? Math.min(...businessLimits) : undefined
  const euLimit = context.region.is('EU') || context.region.is('EEA') || context.region.is('UK') ? 14 : context.region.known ? undefined : 14
  const refundLimit = businessLimit !== undefined ? toDays(businessLimit, 'business days') : euLimit
  // The EU and UK regions are the ones with a 14-day withdrawal fact.
  const refundWhere =
    businessLimit !== undefined ? context.region.codes.filter((_, i) => refundBusiness[i] === businessLimit).join(', ') : (withdrawal?.where ?? 'the EU and the UK')
  const refundDaysSaid = businessLimit !== undefined ? `${businessLimit} business` : String(refundLimit)
  // A return named elsewhere in the unit counts too, unless the refund is a warranty repair's.
  // "Faulty items can be rejected for a full refund within 30 days" states the UK's right to reject, not a refund's timing.
  if (refundLimit !== undefined && !/\breject/i.test(sentence) && (facts.mentionsReturn || (!WARRANTY_REFUND.test(sentence) && facts.unitMentionsReturn()))) {
    for (const m of sentence.matchAll(REFUND)) {
      const period = countAndUnit(m)
      if (period && toDays(period.count, period.unit) > refundLimit) found.push({ range: range(m), messageId: 'refund', data: { days: refundDaysSaid, where: refundWhere } })
    }
    for (const pattern of REFUND_WAIT) {
      for (const m of sentence.matchAll(pattern)) {
        const period = countAndUnit(m)
        const [start, end] = range(m)
        if (period && toDays(period.count, period.unit) > refundLimit && !overlaps(start, end)) found.push({ range: [start, end], messageId: 'refund', data: { days: refundDaysSaid, where: refundWhere } })
      }
    }
  }
  // Second-hand goods: Member States may let the guarantee be cut to one year (Directive (EU) 2019/771 Art. 10(6)).
  const legalYears = guaranteeYears ?? (context.region.known ? undefined : 2)
  const guaranteeWhere = guarantee?.where ?? 'the EU'
  const minimumYears = legalYears !== undefined && facts.secondHand ? Math.min(legalYears, 1) : legalYears
  // A fault reported after a short window is still covered by the legal guarantee, where there is one (a cut-off
  // shorter than two months is not lawful), or by the UK's 30-day right to reject ("tell us within 7 days …, after
  // that only the manufacturer's warranty").
  const noticeLimit: Omit<Finding, 'range'> & { days: number } | undefined =
    minimumYears !== undefined
      ? { days: MINIMUM_NOTICE_DAYS, messageId: 'notice', data: { years: String(minimumYears), where: guaranteeWhere } }
      : rejectDays !== undefined
        ? { days: rejectDays, messageId: 'reject', data: { days: String(rejectDays), where: reject!.where } }
        : undefined
  if (noticeLimit && facts.noticeCutOff) {
    for (const m of sentence.matchAll(NOTICE_SAME_DAY)) found.push({ range: range(m), messageId: noticeLimit.messageId, data: noticeLimit.data })
    // "faults need to be reported within 3 months of purchase": a cut-off inside the legal guarantee.
    if (minimumYears !== undefined && !facts.onTop && !ON_TOP.test(sentence) && /\bfault|defect|faulty|broken|repair/i.test(sentence)) {
      for (const m of sentence.matchAll(NOTICE_FROM_PURCHASE)) {
        const period = countAndUnit(m)
        if (period && toDays(period.count, period.unit) < minimumYears * 365) found.push({ range: range(m), messageId: 'guarantee', data: { years: String(minimumYears), where: guaranteeWhere } })
      }
    }
    const after = [...sentence.matchAll(NOTICE_AFTER)]
    for (const m of [...sentence.matchAll(NOTICE), ...after]) {
      const period = countAndUnit(m)
      if (!period) continue
      const days = toDays(period.count, period.unit)
      if (days < noticeLimit.days) found.push({ range: range(m), messageId: noticeLimit.messageId, data: noticeLimit.data })
      // "Defects reported after the first 180 days are not our responsibility": a cut-off inside the legal guarantee.
      else if (minimumYears !== undefined && !facts.onTop && days < minimumYears * 365 && after.includes(m) && !ON_TOP.test(sentence)) {
        found.push({ range: range(m), messageId: 'guarantee', data: { years: String(minimumYears), where: guaranteeWhere } })
      }
    }
  }
  // The refusal may come a sentence later ("… is 6 months. It was delivered in July, so the warranty is over"),
  // unless the paragraph also names the legal guarantee the warranty comes on top of.
  const warrantyIsAll = (WARRANTY_IS_ALL.test(sentence) && !ON_TOP.test(sentence)) || facts.warrantyIsAll
  if (minimumYears !== undefined && warrantyIsAll) {
    for (const m of warrantyLengths(sentence)) {
      const period = countAndUnit(m)
      if (period && toDays(period.count, period.unit) < minimumYears * 365) found.push({ range: range(m), messageId: 'guarantee', data: { years: String(minimumYears), where: guaranteeWhere } })
    }
  }
  // Goods younger than the legal guarantee said to be out of cover: "delivered 14 months ago, they are outside our cover".
  if (minimumYears !== undefined && !facts.onTop && OUT_OF_COVER.test(sentence)) {
    for (const m of sentence.matchAll(AGE)) {
      const period = countAndUnit(m)
      if (period && toDays(period.count, period.unit) < minimumYears * 365) found.push({ range: range(m), messageId: 'stillCovered', data: { years: String(minimumYears), where: guaranteeWhere } })
    }
  }
  // A window for warranty claims is a cut-off in itself: "warranty claims are accepted for 180 days".
  if (minimumYears !== undefined && !facts.onTop && !ON_TOP.test(sentence)) {
    for (const m of sentence.matchAll(WARRANTY_CLAIMS)) {
      const period = countAndUnit(m)
      if (period && toDays(period.count, period.unit) < minimumYears * 365) found.push({ range: range(m), messageId: 'guarantee', data: { years: String(minimumYears), where: guaranteeWhere } })
    }
  }
  // Australia and New Zealand: the consumer guarantees last as long as the goods should reasonably last, so
  // no warranty length ends fault cover (fact guaranteeNoFixedTerm; ACL s.54 and s.64, NZ CGA 1993 s.6 and s.43).
  const noFixedTerm = context.region.factsByRegion<boolean>('guaranteeNoFixedTerm')
  if (minimumYears === undefined && noFixedTerm.some(Boolean) && ((COVER_ENDS.test(sentence) && !ON_TOP.test(sentence)) || facts.coverEnds)) {
    const where = context.region.codes.filter((_, i) => noFixedTerm[i]).join(', ')
    const seen = new Set<number>()
    for (const m of [...warrantyLengths(sentence), ...sentence.matchAll(WARRANTY_CLAIMS)]) {
      if (seen.has(m.index) || !countAndUnit(m)) continue
      seen.add(m.index)
      found.push({ range: range(m), messageId: 'guaranteeNoLimit', data: { where } })
    }
  }
  return found
}

/**
 * Periods shorter than the customer's statutory minimum: withdrawal (EU/EEA/UK 14 days,
 * Brazil 7), the UK 30-day right to reject, refund timing, and the EU 2-year legal guarantee.
 * The minimums come from the region facts; with no region the EU/UK figures apply at `info`.
 */
export default defineRule({
  meta: {
    id: 'no-shortened-legal-period',
    description: 'Flag withdrawal, rejection, refund and guarantee periods shorter than the customer’s law allows',
    category: 'legal',
    languages: ['en'],
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      withdrawal: '“{actual}” is shorter than the statutory withdrawal period of {days} days in {where}',
      withdrawalStart: '“{actual}” counts from the order, but in {where} the withdrawal period runs from delivery',
      reject: '“{actual}” is shorter than the statutory {days}-day right to reject faulty goods in {where}',
      refund: '“{actual}” is longer than the {days} days the law in {where} allows for the refund',
      guarantee: '“{actual}” cannot replace the {years}-year legal guarantee of conformity in {where}',
      guaranteeNoLimit: '“{actual}” cannot end fault cover in {where}: the consumer guarantees last as long as the goods should reasonably last',
      notice: '“{actual}” cuts off fault claims the {years}-year legal guarantee in {where} still covers',
      stillCovered: 'goods “{actual}” are still within the {years}-year legal guarantee of conformity in {where}; the fault is covered',
    },
  },
  create(context) {
    // Every period names its topic and a counted unit: most units and sentences are ruled out by two cheap tests.
    if (!PERIOD_TOPIC.test(context.text) || !COUNTED_PERIOD.test(context.text)) return {}
    // Read once per paragraph, and only for one holding a period: a large export is one unit of many paragraphs.
    let paragraph: [number, number] = [0, context.text.length]
    let facts: ParagraphFacts | undefined
    let unitReturn: boolean | undefined
    const unitMentionsReturn = (): boolean => (unitReturn ??= RETURN_TOPIC.test(context.text))
    return {
      ParagraphNode(node) {
        paragraph = context.rangeOf(node)
        facts = undefined
      },
      SentenceNode(node) {
        const [start, end] = context.rangeOf(node)
        const sentence = context.text.slice(start, end)
        if (!PERIOD_TOPIC.test(sentence) || !COUNTED_PERIOD.test(sentence)) return
        facts ??= paragraphFacts(context.text.slice(paragraph[0], paragraph[1]), unitMentionsReturn)
        for (const finding of findings(sentence, start, context, facts)) {
          // With no region a period is a hint, except in a template: it reaches every market, the EU's too.
          context.report({ ...finding, ...(context.region.known ? {} : { severity: context.channel === 'template' ? 'warning' : 'info' }) })
        }
      },
    }
  },
})
