import { defineRule } from '@tactful/engine'
import { GLOSSARY, type GlossaryEntry } from './glossary.js'

interface Options {
  /** Terms of the team, e.g. `{ "PCCC": "Korean personal customs code" }`. */
  glossary?: Record<string, string>
  /** Terms the team's customers know, switched off. */
  allow?: string[]
}

/** Internal status codes: "status PEND-3", "in stage QA-2", "moved to stage L3-HOLD". */
const STATUS_CODE = /\b(?:status|state|stage|queue|flag)\s+(?:of\s+|is\s+|=\s*|:\s*)?([A-Z]{2,8}-\d{1,3}[A-Z]?|[A-Z]\d{1,2}-[A-Z]{2,8})\b/g
/**
 * Status words in capitals: "the status in our system is now CX-HOLD", "with status HOLD-WH", "flagged CX-ESC",
 * "Current status: BO-SUP", "the status on our side is WH-ALLOC".
 */
const STATUS_WORD_CODE = /\b(?:[Ss]tatus(?:\s+(?:in|on)\s+(?:our|the)\s+(?:system|tool|CRM|backend|side|end)|\s+of\s+(?:your|the|this)\s+(?:request|order|case|claim|return|ticket|refund|account|parcel|booking|application))?|flagged(?:\s+as)?|tagged(?:\s+as)?|marked\s+as|queue|(?:classified|categori[sz]ed|coded|logged|recorded|filed)\s+(?:as|under))(?:\s*:)?\**\s+(?:(?:is(?:\s+now)?|was|changed\s+to|set\s+to|shows|reads|says)\s+)?\**([A-Z]{1,8}[-_](?:[A-Z][A-Z0-9]{1,9}|\d{1,3}[A-Z])(?:\/\d{1,2})?|[A-Z]{2,8}[-_]\d{1,3})\**(?![\w-])/g
/** A code as the place an order sits: "Order is already in LCK-7", "your return is now at QA-2". */
const ORDER_IN_CODE = /\b(?:[Oo]rder|[Pp]arcel|[Pp]ackage|[Ss]hipment|[Rr]eturn|[Rr]efund|[Cc]laim|[Cc]ase|[Tt]icket|[Rr]equest)\s+(?:is|was)\s+(?:(?:now|already|still|currently)\s+)?(?:in|at)\s+([A-Z]{2,8}-(?:\d{1,3}|[A-Z][A-Z0-9]{1,9}))(?![\w-])/g
/** A code as the place something waits: "your parcel has been sitting in PKG-HOLD", "stuck at WH-3", "moved to CXL-Q2". */
const SITTING_IN_CODE = /\b(?:sitting|sits|sat|stuck|held|parked|waiting|queued|lying|kept|pushed|moved|placed|put)\s+(?:in|at|into|under|to)\s+(?:(?:the|our)\s+)?([A-Z]{2,8}-(?:\d{1,3}|[A-Z][A-Z0-9]{1,9}))(?![\w-])/g
/**
 * A code as the state anything is in, whatever the subject: "your booking is now in RSCH-2", "the return (order FR-55210)
 * is in QC-HOLD", "is currently flagged **OB-HOLD**", "is marked HLD-QA", "It's marked FLAG-R7". Not time zones ("is on UTC-5").
 */
const IS_IN_CODE = /\b(?:is|are|was|were|(?<=\w)['’]s)\s+(?:(?:now|already|still|currently|sitting|being)\s+){0,2}(?:in|at|marked(?:\s+as)?|flagged(?:\s+as)?|tagged(?:\s+as)?|set\s+to|moved\s+to)\s+\**(?!(?:GMT|UTC|CET|CEST|COVID|SARS)-)([A-Z]{2,8}-(?:\d{1,3}|[A-Z][A-Z0-9]{1,9}))\**(?![\w-])(?=\s*(?:[.,;:!?)]|$|[—–]|\s(?:and|at|while|until|till|for|since|with|so|because|but|in|on|now|again|today|pending|which|as|after|or|status|stage)\b))/g
/** A code our systems show: "the system has shown EXC-14", "tracking shows DEX-07". */
const SYSTEM_SHOWS_CODE = /\b(?:system|tracking|tracker|record|records|backend|dashboard|tool|portal|scan|scanner)\s+(?:(?:has|had|still|now|is|was|currently|only)\s+){0,2}(?:shows?|showing|shown|showed|displays?|displaying|displayed|reads?|says|said)\s+(?:(?:the\s+)?(?:code|status)\s+)?([A-Z]{2,8}-(?:\d{1,3}|[A-Z][A-Z0-9]{1,9}))(?![\w-])/g
/**
 * An internal tier or queue named by a letter or digit, as the place a case goes: "moved to Tier B", "in the Tier-B
 * queue", "escalated to tier 2". Not loyalty or price tiers ("your Tier 2 membership", "Tier 1 plan").
 */
const TIER_CODE = /\b(?:moved|escalated|passed|transferred|sent|forwarded|assigned|referred|raised|bumped|handed|routed|in|into|to|with|at)\s+(?:(?:it|this|up|over|on)\s+)?(?:(?:to|into)\s+)?(?:the\s+|our\s+)?([Tt]ier[- ]?(?:[A-D]|[1-4]))(?![\w-])(?!\s+(?:support|team|specialists?|agents?|engineers?|technicians?|staff|colleagues|membership|member|members|plan|plans|account|subscription|pricing|price|prices|rewards?|benefits?|customers?|partner|partners|city|cities)\b)/g
/** Words that make "Tier 2" a plan or loyalty level the customer knows. */
const TIER_KNOWN = /\b(?:loyalty|rewards?|membership|member|plan|programme|program|points|subscription|pricing|price|upgrade|downgrade|VIP|gold|silver|bronze|platinum)\b/i

/** A code as a kind of hold or stage: "our boxes are on WH-B2 hold", "it went into a QA-3 review". */
const CODE_HOLD = /\b(?:on|in|under|into)\s+(?:an?\s+|the\s+)?\**([A-Z]{1,8}-[A-Z0-9]{1,6})\**\s+(?:hold|status|stage|queue|flag|block|review|bucket)\b/g
/** A code an order page shows, as the whole of what it shows: "your order page shows LOCK-7". Not "the app shows ERR-22": a device error. */
const PAGE_SHOWS_CODE = /\b(?:order|account|tracking|status|booking|return|claim)\s+page\s+(?:(?:still|now|currently|only)\s+)?(?:shows?|showing|showed|displays?|displayed|reads|says)\s+\**(?!ERR-|ERROR-)([A-Z]{2,8}-(?:\d{1,3}|[A-Z][A-Z0-9]{1,9}))\**(?![\w-])(?=\s*(?:[.,;:!?)]|$|[—–]|\s(?:and|so|because|but|which|until|since|now|again|today)\b))/g
/**
 * Round 25: an internal status in capitals with underscores, whatever comes before it: "the case is in status
 * UNDER_REVIEW_L1", "your order shows AWAITING_STOCK", "it moved to PEND_CUST". Not placeholders ("{{ORDER_ID}}",
 * "[FIRST_NAME]"), promo or voucher codes ("use code SPRING_SALE"), settings and variables the customer types
 * ("set MAX_VOLUME"), or text in code quotes.
 */
const SNAKE_CODE = /(?<![\w{[<%$@#/.`'"-])(?!ERR|ERROR|E_|HTTP|NET_|SSL_|DNS_)([A-Z][A-Z0-9]{1,15}(?:_[A-Z0-9]{1,15}){1,4})(?![\w}\]>%`'"/(-])/g
/** Words right before a snake-case code that make it something the customer types or redeems. */
const SNAKE_KNOWN_BEFORE = /\b(?:codes?|coupons?|promo(?:\s+code)?|vouchers?|discount|passwords?|username|user\s?name|login|variable|env|environment|setting|settings|parameter|field|key|keyword|hashtag|tag|type|enter|entering|typing|type in|use|using|apply|applying|redeem|text|reply|SMS|send|set|select|choose|pick|press|tap|click|enable|disable|switch to|turn on|turn off|mode|button|option|error|errors|message)\s*:?\s*\**$/i
/**
 * A snake-case code is an order's status only where a status goes: after "status", "state", "shows", "marked", "moved to",
 * "is", "as"…; "when you get an EXC_BAD_ACCESS" or "paste your FD_SET" is a programmer's identifier.
 */
const SNAKE_STATUS_BEFORE = /\b(?:status|state|stage|queue|step|phase|shows?|showing|shown|showed|displays?|displaying|displayed|reads|says|marked|flagged|tagged|label(?:l)?ed|coded|as|to|in|at|is|are|was|were|now|currently|still)\s*:?\s*\**$/i
/** A snake-case code where a status goes, and not one the customer types or redeems. */
function isStatusSnakeCode(text: string, match: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, match.index - 40), match.index)
  return SNAKE_STATUS_BEFORE.test(before) && !SNAKE_KNOWN_BEFORE.test(before)
}
/**
 * A joined code in brackets after a numbered stage: "in stage 3 (PEND-PARTS)", "at step 2 (QC_HOLD)": the bracket names
 * the internal queue, and explains nothing to the customer.
 */
const NUMBERED_STAGE_CODE = /\b(?:[Ss]tage|[Ss]tep|[Pp]hase|[Ss]tatus|[Ss]tate|[Ll]evel|[Tt]ier)\s+\d{1,2}\s*\(\s*\**([A-Z]{2,8}[-_][A-Z0-9]{1,10}(?:[-_][A-Z0-9]{1,10})?)\**\s*\)/g
/** The contexts above, in the order their findings are reported. */
const JOINED_CODE_CONTEXTS = [STATUS_CODE, STATUS_WORD_CODE, ORDER_IN_CODE, SITTING_IN_CODE, SYSTEM_SHOWS_CODE, IS_IN_CODE, CODE_HOLD, PAGE_SHOWS_CODE]
/** What each of those contexts captures: capitals, then a hyphen or underscore and a letter or digit ("Q-HOLD/2" too). */
const JOINED_CODE = /[A-Z][A-Z0-9]?[-_][A-Z0-9]/
/**
 * A code joined to a state word, as the state an order is in: "the order is RTO-pending", "marked the parcel as
 * OOS-partial", "it's now KYC-blocked". A known prefix ("VAT-pending") is skipped.
 */
const CODE_STATE_WORD = /\b(?:is|are|was|were|as|marked|flagged|now|currently)\s+\**([A-Z]{2,5}-(?:pending|partial|hold|held|fail|failed|blocked|review|locked|flagged|parked|short|open|rejected|declined))\**(?![\w-])/g
/** An internal reason or status code: "a violation (reason code TS-R4)", "hold code HX2". Not "error code E-04" on a device. */
const REASON_CODE = /\b(?:[Rr]eason|[Ss]tatus|[Hh]old|[Ee]xception|[Vv]iolation|[Rr]ejection|[Dd]ecline|[Dd]enial|[Ii]nternal)\s+code\s*:?\s+\**([A-Z]{1,8}-[A-Z0-9]{1,6}|[A-Z]{1,4}\d{1,4})\**(?![\w-])/g
/** An unexplained abbreviation as the thing an order waits for: "pending PCCC", "until the PPS check clears", "with a DR flag". */
const PENDING_ABBREVIATION = /\bpending\s+([A-Z]{2,6})(?![\w-])/g
const ABBREVIATION_CHECK = /\b(?:a|an|the|our|its|their|with|under)\s+([A-Z]{2,5})\s+(?:flag|flags|hold|holds|queue|check|bucket)\b|\b(?:flagged|marked|tagged)\s+as\s+(?:an?\s+)?([A-Z]{2,5})\s+(?:fail|failure|mismatch|error|hold|flag)\b/g
/**
 * An internal team, desk or partner named by an abbreviation: "passed to the CRT desk", "our WH team", "the LM partner",
 * "in the WH pick queue". Abbreviations customers know ("our IT team", "the UPS depot") are in KNOWN_ABBREVIATIONS.
 */
const ABBREVIATION_TEAM = /\b(?:[Tt]he|[Oo]ur|[Tt]heir|a|an|to|with|from)\s+([A-Z]{2,5})\s+(?:(?:pick|packing|dispatch|escalation|review|returns|billing)\s+)?(?:team|teams|desk|partner|partners|department|dept|unit|squad|crew|queue|cell|pod|bay)\b(?!\s+(?:lamp|lamps|light|lights|fan|mat|chair|clock|organi[sz]er|speaker|speakers|charger|stand))/g
/** An internal ticket type as the thing raised: "I've raised an SR", "opened a CR with them", "logged a TR". */
const RAISED_ABBREVIATION = /\b(?:raised|opened|logged|filed|created|submitted|lodged|put in|put through)\s+(?:a|an|the|another|one)\s+([A-Z]{2,4})(?![\w-])/g
/**
 * A short status code without a hyphen: "your account is in status DQ2", "set to status WFC", "Status: RTS". Plain
 * words in capitals ("status PAID", "status OPEN") are statuses the customer can read.
 */
const STATUS_SHORT_CODE = /\b(?:[Ss]tatus|[Ss]tate)(?:\s+(?:in|on)\s+(?:our|the)\s+(?:system|tool|CRM|backend|side|end)(?:\s+is(?:\s+now)?)|\s+(?:is|of|code))?(?:\s*:)?\s+\**([A-Z]{2,5}\d{0,2}|[A-Z]\d{1,3}[A-Z]?)\**(?![\w-])/g
/**
 * An unknown abbreviation as the thing a process hands on, files or shows: "escalated to the CRT, they will call you",
 * "The SAR has been filed", "the ARN will be shared", "the GDS shows it as ticketed", "your account is under EDD so …",
 * "your booking is on HK status". Abbreviations customers know (KNOWN_ABBREVIATIONS) are skipped.
 */
const ESCALATED_TO_ABBREVIATION = /\b(?:escalated|transferred|bumped|routed|assigned|reassigned|referred|handed\s+over|passed\s+(?:on|over))\s+(?:(?:it|this|them|your\s+\w+)\s+)?(?:to|with)\s+(?:the\s+|our\s+)?([A-Z]{2,5})(?![\w&-])(?=\s*(?:[.,;:!?)]|$|[—–]|\s(?:and|so|who|which|they|as|for|now|today|team)\b))/g
const ABBREVIATION_ACTED_ON = /\b(?:[Tt]he|[Aa]n?|[Yy]our)\s+([A-Z]{2,5})(?:\s+(?:number|no\.?|ref|reference))?\s+(?:has\s+been|have\s+been|had\s+been|will\s+be|is\s+being|would\s+be|should\s+be|gets|got)\s+(?:(?:now|already|still|successfully)\s+)?(?:shared|filed|raised|generated|issued|logged|submitted|lodged|triggered|initiated|provided|cleared|completed|approved|rejected|declined|flagged)\b/g
const ABBREVIATION_SHOWS = /\b(?:[Tt]he|[Oo]ur)\s+([A-Z]{2,5})\s+(?:(?:still|now|currently|only|also)\s+)?(?:shows|showed|is\s+showing|was\s+showing|indicates|indicated|reflects|reflected|lists|listed)\b/g
const UNDER_ABBREVIATION = /\b(?:under\s+(?:an?\s+|the\s+)?([A-Z]{2,5})(?:\s+(?:review|check|process|hold))?(?=\s*(?:[.,;:!?)]|$|\s(?:so|and|because|until|till|while|for|pending|now|right now|currently|at the moment|since|with)\b))|(?:on|in|at|into)\s+(?:an?\s+|the\s+)?([A-Z]{2,5})\s+(?:status|stage)\b)/g
/** "delete your personal data under the LGPD", "VAT paid under VOEC, Norway's VAT scheme": a law or a tax scheme. */
const LAW_CONTEXT = /\b(?:law|laws|act|regulations?|directive|scheme|rules|legislation|privacy|personal data|rights|VAT|tax|taxes|duty|duties|GST)\b/i
/** Business days as letters: "5-7 BD", "3 WD". */
const DAYS_ABBREVIATION = /\b\d+(?:\s*[-–]\s*\d+)?\s*(BDs?|WDs?|TATs?)(?![\w-])/g
/** Status words in capitals a customer reads as English. */
const STATUS_ENGLISH = new Set([
  'OK', 'NEW', 'OPEN', 'DONE', 'PAID', 'SENT', 'LIVE', 'LOST', 'HOLD', 'VOID', 'ON', 'OFF', 'SHIP', 'DUE', 'LATE', 'IN', 'OUT', 'SOLD',
  'BACK', 'HELD', 'FREE', 'GOLD', 'TBC', 'TBD', 'TBA', 'ETA', 'N', 'NA', 'NONE', 'FULL', 'READY', 'SAFE', 'UP', 'DOWN', 'GO', 'STOP',
  'CLEAR', 'VALID', 'ERROR', 'FINAL', 'CLOSE', 'QUEUE', 'DELAY', 'BLOCK', 'TRACK', 'PAUSE', 'ALERT', 'AWAIT', 'CHECK', 'LOCK', 'WAIT',
  'SHIPS', 'ISSUE', 'FIXED', 'USED', 'NEEDS', 'TAKEN', 'OWED', 'LEFT', 'HOLDS', 'LOCKS', 'EMPTY', 'BUSY', 'IDLE', 'RED', 'GREEN',
  'AMBER', 'BLUE', 'WHITE', 'BLACK', 'ALL', 'YES', 'NO', 'TRUE', 'FALSE', 'SENT', 'SALE', 'DRAFT', 'BASIC', 'LITE', 'TEST',
])
/** Abbreviations customers know, names and laws: never reported as jargon in any of the shapes above. */
const KNOWN_ABBREVIATIONS = new Set([
  // Light, sun protection and materials printed on products: "cures under UV", "SPF 50", "BPA-free".
  'UV', 'IR', 'SPF', 'BPA', 'PVC', '4G', '5G',
  'ID', 'VAT', 'GST', 'HST', 'PST', 'EU', 'UK', 'US', 'USA', 'UAE', 'PIN', 'CVV', 'CVC', 'OTP', 'QR', 'GPS', 'SMS',
  'MMS', 'TV', 'USB', 'PDF', 'IT', 'HR', 'PR', 'DBS', 'MOT', 'DHL', 'UPS', 'USPS', 'DPD', 'GLS', 'TNT', 'EMS', 'HMRC',
  'IRS', 'CRA', 'ATO', 'NHS', 'FBI', 'ATM', 'IBAN', 'BIC', 'SWIFT', 'PO', 'OK', 'AM', 'PM', 'CEO', 'MRI', 'DNA',
  'COVID', 'FAQ', 'API', 'VIP', 'NYC', 'B2B', 'AI', 'LED', 'LCD', 'OLED', 'HD', 'UHD', 'PC', 'DIY', 'HDMI', 'RGB',
  'SSD', 'XL', 'XXL', 'XS', 'URL', 'IP', 'VPN', 'SIM', 'IMEI', 'NFC', 'RAM', 'CPU', 'GPU', 'OS', 'SSL', 'CSV', 'ZIP',
  'JPG', 'PNG', 'GIF', 'MP3', 'MP4', 'DVD', 'CD', 'AC', 'EV', 'CV', 'SSN', 'EIN', 'TIN', 'NI', 'APR', 'EMI', 'MRP',
  'BBC', 'CNN', 'LA', 'SF', 'NY', 'HK', 'GDPR', 'CCPA', 'ADA', 'PCI', 'FCA', 'FOS', 'ICO', 'CFPB', 'BBB', 'FTC',
  'DVLA', 'CMA', 'ASA', 'ACCC', 'TRAI', 'RBI', 'SEBI', 'PRO', 'PLUS', 'MAX', 'GOLD', 'ASAP', 'FYI', 'RSVP', 'DM', 'PS',
  'NB', 'ETA', 'ASOS', 'IKEA', 'BMW', 'IBM', 'HP', 'LG', 'BT', 'EE', 'AT', 'TSB', 'RBS', 'HSBC', 'ICICI', 'HDFC',
  'SBI', 'BA', 'KLM', 'AA', 'IATA', 'EMEA', 'APAC', 'PAYG', 'POS', 'FCC', 'FDA', 'FAA', 'TSA', 'DMV', 'EPA', 'NDA',
  'VIN', 'ISP', 'ISBN', 'UPC', 'EAN', 'MSRP', 'RRP', 'COD', 'PS5', 'ABS', 'HIV', 'IVF', 'GP', 'ER', 'ICU', 'UN', 'WHO',
])
/**
 * Words right after a term (and its number, or one word of its own: "KYC check (Know Your Customer …)",
 * "DAP Zürich ('delivered at place' …)") that explain it in place, a bracketed gloss later in its clause
 * ("HS code on your form, 9506.91 (the customs category …)"), or a definition in its sentence ("The HS code on
 * the invoice, 9201.10, is the international customs category for pianos").
 */
const EXPLAINED_AFTER =
  /^[\s\d.,:#*_-]*(?:[A-Z0-9-]+\s*)?(?:(?:freight|shipping|shipment|delivery|service|terms|status|code|number|reference)[*_]*\s*)?(?:\(|[^\s().,!?;:]+\s+\(|[—–]\s|,\s*(?:the|a|an|our|your|which(?!\s+(?:it|they)\s+(?:has|have|hasn't|haven't|isn't|aren't|hadn't|won't|will|still|already|should)\b)|i\.e\.|meaning|short for|that is,?)\s|\s*[:—–-]?\s*(?:short for|stands for|which (?:is|means)|meaning|means|i\.e\.|also called)\b|\s*(?:terms?|scheme|number|no\.|code|form|status)\s*\(|(?:[^.!?;()]|\.\d){0,50}?\(\s*(?:[A-Z]{0,4}[\d.]+,\s*)?(?:the|a|an|our|your|i\.e\.|meaning)\s|(?:[^.!?;()]|\.\d){0,50}?\s(?:is|are|it's|it is|that's|which is)\s+(?:\d[\d.]*,?\s+)?(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:category|categories|code|number|reference|scheme|document|notice|registration|tariff|classification|abbreviation|term)\b)/
/** The term itself inside brackets after its spelled-out form: "return authorisation (RMA)". */
const IN_BRACKETS_BEFORE = /\w[\w\s'-]{3,}\(\s*$/

/**
 * A gloss in apposition to the term's value, later in its sentence: "corrected the HS code on the invoice to 6109.10,
 * the international customs category for cotton T-shirts".
 */
const GLOSS_AFTER_VALUE = /^[^.!?;\n]{0,60}?\d[\d.]*,\s*(?:the|an?|our|your)\s+(?:[\w-]+\s+){0,4}?(?:category|code|number|classification|tariff|registration|reference)\b/

/**
 * Round 24: the definition may capitalise its noun ("The PCCC is the Personal Customs Clearance Code") or follow the
 * term's number ("HS code 6109.10 is the international customs category for cotton T-shirts").
 * "Write RMA 20931 on the box. RMA stands for …", "… for an HS code check. The HS code is the international customs
 * category of a product": the term explained in a later sentence of the message. A definition names what kind of thing
 * the term is ("is the … category", "is a … number"); "the HS code is the one on the invoice" or "is wrong" explains nothing.
 */
function explainedLater(text: string, from: number, term: string): boolean {
  if (GLOSS_AFTER_VALUE.test(text.slice(from, from + 120))) return true
  return new RegExp(
    `\\b${escape(term)}\\s+(?:\\d[\\d.]*\\s+)?(?:stands for|means|is short for|is an abbreviation for|is the abbreviation for|refers to|(?:is|are)\\s+(?:the|an?|our|your)\\s+(?:[\\w-]+\\s+){0,4}?(?:[Cc]ategory|[Cc]ategories|[Cc]ode|[Nn]umber|[Rr]eference|[Ss]cheme|[Dd]ocument|[Nn]otice|[Rr]egistration|[Tt]ariff|[Cc]lassification|[Aa]bbreviation|[Tt]erm|[Ss]ystem|[Ss]tandard|[Ff]orm|[Ss]tatus|[Ll]abel)\\b)`,
  ).test(text.slice(from))
}

/**
 * Whether the words an abbreviation stands for come earlier in the text, one capitalised word per letter
 * ("Australian Consumer Law … under the ACL", "Return Merchandise Authorisation … your RMA"): it was spelled
 * out on first use.
 */
function spelledOutBefore(text: string, before: number, code: string): boolean {
  if (!/^[A-Z]{2,6}$/.test(code)) return false
  const joiner = '[\\s-]+(?:(?:of|and|for|the|&|on|to)\\s+)?'
  return new RegExp(`\\b${[...code].map((letter) => `${letter}[\\p{L}']+`).join(joiner)}\\b`, 'u').test(text.slice(Math.max(0, before - 3000), before))
}

/** The sentence around an index: from the previous sentence end to the next. */
function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('.', index), text.lastIndexOf('\n', index), text.lastIndexOf('!', index), text.lastIndexOf('?', index)) + 1
  const rest = text.slice(index).search(/[.!?\n]/)
  return text.slice(start, rest === -1 ? text.length : index + rest)
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

interface CompiledTerms {
  allow: ReadonlySet<string>
  terms: ReadonlyMap<string, GlossaryEntry>
  termPattern?: { regex: RegExp; keys: ReadonlyMap<string, string> }
}

// One compiled glossary per options object: a rule's options are shared by every file of a config.
const compiledCache = new WeakMap<object, CompiledTerms>()

function compiledTerms(options: Options): CompiledTerms {
  let compiled = compiledCache.get(options)
  if (compiled) return compiled
  const allow = new Set((options.allow ?? []).map((t) => t.toUpperCase()))
  const terms = new Map<string, GlossaryEntry>()
  for (const [term, entry] of Object.entries(GLOSSARY)) if (!allow.has(term.toUpperCase())) terms.set(term, entry)
  for (const [term, explain] of Object.entries(options.glossary ?? {})) {
    if (!allow.has(term.toUpperCase())) terms.set(term, { explain: String(explain) })
  }
  const keys = new Map<string, string>()
  for (const term of terms.keys()) if (!keys.has(term.toLowerCase())) keys.set(term.toLowerCase(), term)
  compiled = {
    allow,
    terms,
    ...(terms.size
      ? { termPattern: { regex: new RegExp(`(?<![\\w^*~/]|(?<!\\b(?:pre|post|non))-)(${[...terms.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w]|-[\\p{L}])`, 'giu'), keys } }
      : {}),
  }
  compiledCache.set(options, compiled)
  return compiled
}

/** "Washington DC", "Montreal, QC": a place, not an abbreviation of the trade. */
function isPlaceSuffix(text: string, start: number): boolean {
  return /(?:Washington|[A-Z][a-z]+,)\s*$/.test(text.slice(Math.max(0, start - 20), start))
}

/** "the Boostline T3 turbo kit": a capitalised word mid-sentence right before the code makes it a model name. */
function isModelName(text: string, start: number): boolean {
  const before = /(\S+) (\p{Lu}[\p{L}\p{N}-]*) $/u.exec(text.slice(Math.max(0, start - 60), start))
  return before !== null && !/[.!?:;]$/.test(before[1]!)
}

export default defineRule<Options>({
  meta: {
    id: 'no-unexplained-jargon',
    description: 'Flag trade abbreviations and internal codes the customer cannot know, on first use',
    category: 'vagueness',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    messages: {
      explain: '“{actual}” may mean nothing to the customer; explain it on first use: “{actual} ({explain})”',
      internal: '“{actual}” is internal shorthand; say “{explain}” instead',
      status: '“{actual}” is an internal status code; describe what is happening to the order',
    },
    options: {
      schema: {
        type: 'object',
        properties: {
          glossary: { type: 'object', description: 'Extra terms and their explanations' },
          allow: { type: 'array', items: { type: 'string' }, description: 'Terms your customers know' },
        },
        additionalProperties: false,
      },
      defaults: {},
    },
  },
  create(context) {
    const { allow, terms, termPattern } = compiledTerms(context.options)

    return {
      'RootNode:exit'() {
        const text = context.text
        const seen = new Set<string>()
        for (const match of termPattern ? text.matchAll(termPattern.regex) : []) {
          const actual = match[0]
          const key = termPattern!.keys.get(actual.toLowerCase())!
          // Abbreviations are capitals in the trade; "dc" or "Qc" in prose is something else.
          if (actual.split(/\s/)[0] !== key.split(/\s/)[0]) continue
          if (seen.has(key)) continue
          seen.add(key)
          const start = match.index
          const end = start + actual.length
          const entry = terms.get(key)!
          if (isPlaceSuffix(text, start) || isModelName(text, start) || context.isLiteral([start, end])) continue
          // "CDN$ 49.99": a currency, not the abbreviation.
          if (/^\$/.test(text.slice(end))) continue
          // "FC Barcelona", "#FC-40172": a name or a reference that begins with the abbreviation.
          if (entry.startsNames && (/^(?:\s+\p{Lu}|[-_/]\w)/u.test(text.slice(end)) || /[#\w/-]$/.test(text.slice(0, start)))) continue
          const sentenceEnd = text.slice(end).search(/[.!?](?:\s|$)|\n/)
          const after = text.slice(end, sentenceEnd === -1 ? text.length : end + sentenceEnd + 1)
          if (EXPLAINED_AFTER.test(after) || IN_BRACKETS_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue
          if (explainedLater(text, end, actual)) continue
          if (entry.plain) {
            context.report({
              range: [start, end],
              messageId: 'internal',
              data: { actual, explain: entry.explain },
              expected: [entry.explain],
              suggest: [{ message: `Replace with “${entry.explain}”`, fix: context.replace([start, end], entry.explain) }],
            })
          } else {
            const explained = `${actual} (${entry.explain})`
            context.report({
              range: [start, end],
              messageId: 'explain',
              data: { actual, explain: entry.explain },
              expected: [explained],
              suggest: [{ message: `Write “${explained}”`, fix: context.replace([start, end], explained) }],
            })
          }
        }
        const reported = new Set<number>()
        // Six of the contexts need a joined code ("PEND-3", "CX_HOLD"): most texts hold none, and skip them.
        const joinedCodes = JOINED_CODE.test(text)
        for (const match of [
          ...(joinedCodes ? JOINED_CODE_CONTEXTS.flatMap((context) => [...text.matchAll(context)]) : []),
          ...text.matchAll(PENDING_ABBREVIATION),
          ...(/_/.test(text) ? [...text.matchAll(SNAKE_CODE)].filter((match) => isStatusSnakeCode(text, match) && !context.isPlaceholder([match.index, match.index + match[0].length])) : []),
          ...(joinedCodes ? [...text.matchAll(NUMBERED_STAGE_CODE)].map((match) => Object.assign(match, { bracketed: true })) : []),
          ...[...text.matchAll(ABBREVIATION_CHECK)].map((match) => Object.assign([match[0], (match[1] ?? match[2])!], { index: match.index }) as unknown as RegExpExecArray),
          ...[...text.matchAll(CODE_STATE_WORD), ...text.matchAll(REASON_CODE)].filter((match) => !KNOWN_ABBREVIATIONS.has(match[1]!.split('-')[0]!)),
          ...text.matchAll(ABBREVIATION_TEAM),
          ...text.matchAll(RAISED_ABBREVIATION),
          ...[
            ...text.matchAll(ESCALATED_TO_ABBREVIATION),
            ...text.matchAll(ABBREVIATION_ACTED_ON),
            ...text.matchAll(ABBREVIATION_SHOWS),
            ...[...text.matchAll(UNDER_ABBREVIATION)].filter((match) => !LAW_CONTEXT.test(sentenceAround(text, match.index))).map((match) => Object.assign([match[0], (match[1] ?? match[2])!], { index: match.index }) as unknown as RegExpExecArray),
            ...text.matchAll(DAYS_ABBREVIATION),
          ].filter((match) => !STATUS_ENGLISH.has(match[1]!)),
          ...[...text.matchAll(STATUS_SHORT_CODE)].filter((match) => !STATUS_ENGLISH.has(match[1]!)),
          // Its verbs ("to", "in") are everywhere: only a text that says "tier" is searched.
          ...(/[Tt]ier/.test(text) ? [...text.matchAll(TIER_CODE)].filter((match) => !TIER_KNOWN.test(sentenceAround(text, match.index))) : []),
        ]) {
          const code = match[1]!
          const start = match.index + match[0].lastIndexOf(code)
          const end = start + code.length
          if (reported.has(start) || seen.has(code) || seen.has(code.toUpperCase())) continue
          if (allow.has(code.toUpperCase()) || KNOWN_ABBREVIATIONS.has(code) || context.isLiteral([start, end])) continue
          if (terms.has(code) || isModelName(text, start)) continue
          // "PEND-REV (L2)": a second code in brackets explains nothing.
          const bracketedCode = /^\s*\(\s*[A-Z0-9][A-Z0-9-]{0,7}\s*\)/.test(text.slice(end, end + 20))
          const stageBracket = 'bracketed' in match
          if ((!bracketedCode && !stageBracket && EXPLAINED_AFTER.test(text.slice(end, end + 40))) || (!stageBracket && IN_BRACKETS_BEFORE.test(text.slice(Math.max(0, start - 60), start)))) continue
          if (explainedLater(text, end, code) || spelledOutBefore(text, start, code)) continue
          reported.add(start)
          context.report({ range: [start, end], messageId: 'status', data: { actual: code } })
        }
      },
    }
  },
})
