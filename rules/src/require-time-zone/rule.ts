import { defineRule, hasEntity } from '@tactful/engine'

interface Options {
  /** The team's own time zone (e.g. "CET"); when set, suggestions add it. */
  zone?: string
}

/** Days the hours apply on: "on weekdays", "Monday to Friday", "daily"; "3 to 5 business days" is a duration. */
const WEEKDAYS = '(?:on\\s+(?:weekdays|week\\s?days|working\\s+days|business\\s+days|weekends)|daily|every\\s+day|(?:on\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tue|wed|thu|fri|sat|sun))\\b'
const AM_PM = '(?:am|pm|a\\.m\\.|p\\.m\\.)(?![\\w])'
/** After a bare hour: not a clock time's minutes, a range, a count or a duration ("at 9:30" and "9 to 11 am" are read above). */
const BARE_HOUR_END = `(?![:.,]\\d)(?!\\s*(?:%|[-–]\\s*\\d|(?:to|and|or)\\s+\\d|${AM_PM}|(?:business\\s+|working\\s+|calendar\\s+)?(?:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|items?|times|percent|parcels?|boxes|units|pieces|people|orders?|of|out)\\b))(?=\\s*(?:[.,;:!?)\\n]|$)|\\s*[—–]|\\s+(?:to|and|tomorrow|today|tonight|on|this|in|your|o['’]clock|sharp|so|if|but|when|then|for|with|local|latest|at|before|after|until|or)\\b)`
/** "5pm", "9 to 11 am", "9–11am", "10:30 a.m.", "16:00", "14h00", "noon", "EOD", "by tonight". */
const TIME = new RegExp(
  [
    `\\b\\d{1,2}(?::[0-5]\\d)?\\s*(?:-|–|to|and)\\s*\\d{1,2}(?::[0-5]\\d)?\\s?${AM_PM}`,
    `\\b\\d{1,2}(?::[0-5]\\d)?\\s?${AM_PM}`,
    `\\b(?:[01]?\\d|2[0-3])(?::|h)[0-5]\\d(?:\\s*(?:-|–|to|and)\\s*(?:[01]?\\d|2[0-3])(?::|h)[0-5]\\d)?\\b`,
    // Bare hour ranges of opening hours: "open from 9 to 5" and "between 9 and 5 on weekdays",
    // but not "from 3 to 5 days" or "between 2 and 4 of the items".
    `\\b(?:from|between)\\s+\\d{1,2}(?::[0-5]\\d)?\\s*(?:-|–|to|and)\\s*\\d{1,2}(?::[0-5]\\d)?(?!:\\d)\\b(?:(?!\\s*(?:[a-z%€$£°]|\\d|[.,]\\d))|(?=\\s+${WEEKDAYS}))`,
    // After "call us", "open", "available" in the same clause, any bare range but a duration is hours:
    // "Call us between 9 and 5 if you have questions". The keyword is matched first, so the look-behind runs rarely.
    `\\b(?:from|between)(?<=\\b(?:call|phone|ring|reach|contact|open|available|reachable|staffed)\\b[^.!?\\n,;:]{0,40}(?:from|between))\\s+\\d{1,2}(?::[0-5]\\d)?\\s*(?:-|–|to|and)\\s*\\d{1,2}(?::[0-5]\\d)?\\b(?!\\s*(?:[%€$£°\\d]|[.,]\\d|(?:business\\s+|working\\s+|calendar\\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|times)\\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|${AM_PM}))`,
    // A bare range right after "open" or "online", with its days: "online 9 to 5 on weekdays", "open 9-5 Mon-Fri".
    // The look-behind's blanks are bounded: it runs at every position, and an unbounded \s+ rescans a long run of
    // blanked markup (thousands of HTML comments) from each of its positions.
    `(?<=\\b(?:open|online|available|reachable|staffed)\\s{1,40})\\d{1,2}(?::[0-5]\\d)?\\s*(?:-|–|to)\\s*\\d{1,2}(?::[0-5]\\d)?(?=,?\\s+${WEEKDAYS})`,
    // A bare hour with its day: "call us before 6 tomorrow", "by 5 today", "before 5 on a weekday".
    `\\b(?:by|until|till|before|after|at)\\s+(?:[1-9]|1[0-2])(?=\\s+(?:tomorrow|today|tonight|this\\s+(?:morning|afternoon|evening)|on\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|on\\s+(?:a\\s+)?(?:weekday|week\\s?day|working\\s+day|business\\s+day)s?)\\b)`,
    // Round 24: the day, then a bare hour: "she will phone you tomorrow at 9", "tomorrow morning, around 10", "on Monday
    // at 4". Not a count or a duration after it ("tomorrow at 9 of the 12 stores", "by 3 days").
    `\\b(?:tomorrow|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:at|around|about|by|before|after)\\s+(?:[1-9]|1[0-2])\\b${BARE_HOUR_END}`,
    // Round 24: a bare hour right after a call to the customer: "will call you around 4", "ring you back at 3".
    `\\b(?:at|around|about|before|after)(?<=\\b(?:call|ring|phone|text)(?:s|ing)?\\s+you(?:\\s+back)?\\s+(?:at|around|about|before|after))\\s+(?:[1-9]|1[0-2])\\b${BARE_HOUR_END}`,
    `\\b(?:by|until|till|before|after|at|ends|expires|closes)\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s+(?:at\\s+)?(?=noon|midnight))?(?:noon|midnight|tonight|(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:business\\s+)?day|close\\s+of\\s+business|EOD|COB)\\b`,
  ].join('|'),
  'gi',
)
/**
 * A slot at the customer's own address (delivery, collection, installation, a visit) or at the place
 * they go to (a hotel's check-in and meals, a flight, the venue's gates, a workshop they bring the bike
 * to) is read in local time there; only the shop's side (hotline, callback, offer, deadline) needs a zone.
 */
const LOCAL_SLOT = /\b(?:deliver(?:y|ies|ed|s)?|re-?deliver(?:y|ed)?|courier|driver|arriv(?:e|es|al|ing)|drop[- ]?off|slot|collect(?:ion|ed|s)?|pick[- ]?up|install(?:ation|er)?|technician|visit|crews?|fitters?|movers?|removals?|assembl(?:y|ers?)\s+(?:team|visit|crew)|hoist(?:s|ing)?|lift platform|(?:delivery )?attempts?|try again|(?:at|to|from) your (?:door|address|home|flat|house|apartment|place|property|premises|garden|kitchen|bathroom)|plumbers?|electricians?|cleaners?|gardeners?|surveyors?|handym[ae]n|locksmiths?|decorators?|trades(?:person|people|man|men)|joiners?|carpenters?|roofers?|glaziers?|(?:floor(?:ing)?|damp|heating|boiler|roofing|pest(?: control)?|aircon|hvac|kitchen|bathroom|window|carpet) (?:specialist|expert|engineer|technician|fitter)s?|(?:first|next|regular|weekly|fortnightly|monthly|window|deep|carpet|oven|gutter|end[- ]of[- ]tenancy) clean(?:ing|s)?|servicing|(?:on[- ]?site|home|in-home|property) (?:survey|inspection|assessment|visit)|measur(?:e|ing)[- ]up|come (?:round|over|out)|call round|pop round|(?<!(?:phone|video|online|virtual|remote|telephone|zoom|teams|call|chat) )appointments?(?![^.!?\n]{0,60}\b(?:by phone|over the phone|on the phone|by video|online|on zoom|on teams|video call|phone call)\b)|(?:by|at|to|answer) the (?:front )?door|due with you|with you (?:tomorrow|today|on|by|before)|reach(?:es|ing)? (?:you|your|their|his|her)|pick(?:s|ing)? (?:it|them|the \w+|your \w+) up|(?:gates|doors) open|kick-?off|(?:show|concert|match|performance|game) (?:starts|begins)|your (?:[\w'’]+ ){0,3}party|toast|fireworks|check[- ](?:in|out)|hotel|ryokan|flight|depart(?:s|ing|ure)?|boarding|breakfast|lunch|dinner|bring (?:your|it|them|the)|doors|rebooked|(?:concert|show|tour|ceremony|performance|screening|workshop|class|session|excursion|transfer|cruise|match|event)s?(?: (?:starts|begins|leaves|departs|is))? at|(?<!(?:phone|video|online|virtual|remote|telephone|zoom|teams|call|chat) )(?:fittings?|viewings?|test[- ]drives?|try[- ]?ons?|tastings?)(?![^.!?\n]{0,60}\b(?:by phone|over the phone|on the phone|by video|online|on zoom|on teams|video call|phone call)\b)|in[- ](?:store|person|branch)|(?:at|in|to|visit) our (?:[\w'’&-]+ ){0,3}(?:atelier|boutique|showroom|salon|studio|dealership|branch|flagship|gallery|workshop|premises|depot|outlet|location|clinic|surgery|practice|hospital|spa|gym|restaurant|venue))\b/i
/** A call or message to the customer: "will call you", "ring you back", "a callback". */
const CALLBACK = /\b(?:(?:call|ring|phone|text)(?:s|ing)?\s+you|call(?:ing)?\s+(?:you\s+)?back|call-?back)\b/i
/**
 * A time already past ("who booked at 09:12 this morning", "your payment arrived yesterday at 14:10",
 * "the invite was accepted at 09:14") says when something happened; nobody has to act or wait for
 * it, so its zone changes nothing.
 */
const PAST = /\b(?:(?:reached|arrived|delivered|was left|were left|signed for|dropped off)\b[^.!?\n;]{0,50}\bat|(?:booked|ordered|paid|placed|bought|purchased|signed|scanned|logged|registered|submitted|sent|cancell?ed|accepted|received|activated|approved|joined) (?:it |this |them )?(?:at|on)|(?:was|were) (?:\w+ )?\w+(?:ed|en) (?:at|on)|this morning|yesterday|last night)\b/i

/**
 * Round 24: a device's own clock or schedule ("the clock will show 12:00", "the bulb switches on at 3:00 every night",
 * "delete the 3:00 entry"): a setting in the customer's home, read in its own time.
 */
const DEVICE_TIME = /\b(?:clock|timer|alarm|display|(?:the|a|its|an old|old|saved) schedules?|entry|entries|switch(?:es)? (?:on|off)|turns? (?:on|off))\b/i

/** Who calls from the customer's own area: the courier or the crew on the day. */
const LOCAL_CALLER = /\b(?:courier|driver|technician|crew|installer|fitter|engineer|rider|delivery (?:partner|team))s?\b/i
/** Where a clause ends; a time's own ":" is skipped by starting inside the match. */
const CLAUSE_END = /[.!?\n,;:()]/
const SENTENCE_END = /[.!?\n]/
/** The shop's own side of a time: its lines, team and opening hours. */
const SHOP_SIDE = /\b(?:hotline|helpline|phone line|lines|support|team|office|shop|store|chat|call us|reach us|contact us|we are open|we're open|open(?:ing)? hours|open from|open until|available)\b/i
/** A clause that only sets a condition: "If it doesn't arrive, call our hotline before 6pm". */
const CONDITION = /^\s*(?:if|when|once|unless|in case|should)\b/i

/** The text around a match up to `boundary`: with CLAUSE_END, "If it doesn't arrive, call our hotline before 6pm" → "call our hotline before 6pm". */
function textAround(text: string, start: number, end: number, boundary: RegExp): string {
  // "ARS 95.000", "1,200": a number's own point or comma ends nothing.
  const ends = (i: number) => boundary.test(text[i]!) && !(/[.,]/.test(text[i]!) && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))
  let from = start
  while (from > 0 && !ends(from - 1)) from--
  let to = end
  while (to < text.length && !ends(to)) to++
  return text.slice(from, to)
}

/**
 * Whether the time is a slot at the customer's address: said in its own clause ("the courier
 * comes between 9 and 11 am"), or elsewhere in its sentence outside a condition ("have the
 * courier try again on Friday, 13 March, between 10:00 and 18:00").
 */
function isLocalSlot(text: string, start: number, end: number): boolean {
  const clause = textAround(text, start, end, CLAUSE_END)
  // "Our installation coordinator in Amsterdam will call you tomorrow at 10:00": a call from the shop's side, even
  // about a visit; "the driver will call you at 9:00 on the day" is the visit's own local time.
  const callback = CALLBACK.exec(clause)
  if (callback && !LOCAL_CALLER.test(clause)) {
    // "…will call you to book a delivery slot between 9 and 11": the time is the slot's, not the call's.
    const between = clause.slice(callback.index + callback[0].length, clause.indexOf(text.slice(start, end)))
    if (!/\b(?:slot|window|book|arrange|schedule|deliver|visit|appointment)/i.test(between)) return false
  }
  if (LOCAL_SLOT.test(clause)) return true
  // "Our hotline is open 9:00–17:00, and deliveries arrive on weekdays": the time is the shop's.
  if (SHOP_SIDE.test(clause)) return false
  return textAround(text, start, end, SENTENCE_END)
    .split(CLAUSE_END)
    .some((other) => LOCAL_SLOT.test(other) && !CONDITION.test(other))
}

/** "9 pm Eastern", "10:00 Pacific time": North American zone names, read only right after a time ("Eastern Europe" is no zone). */
/**
 * A transcript's own timestamp: "[09:17] Agent Yusuf: …" or "09:17 - Yusuf: …" at a line start. It says
 * when a line was written, not a time the customer must act or wait for.
 */
function isTranscriptStamp(text: string, start: number, end: number): boolean {
  if (/\[\s*$/.test(text.slice(Math.max(0, start - 2), start)) && /^\s*\]/.test(text.slice(end, end + 2))) return true
  const lineStart = start === 0 || text[start - 1] === '\n'
  return lineStart && /^\s*[-–|]?\s*\p{Lu}[\p{L}.' ]{0,30}:/u.test(text.slice(end, end + 40))
}

const US_ZONE_AFTER = /^\s?(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii)(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?\b/

/** "23:59 ({{customer_timezone}})": a placeholder right after the time fills in the zone. */
function zonePlaceholderAfter(text: string, end: number, context: { isPlaceholder(range: readonly [number, number]): boolean }): boolean {
  const at = end + /^\s?\(?/.exec(text.slice(end))![0].length
  // A value placeholder reads as a word; markup masked to spaces (Markdown's "**") is not a zone.
  return /[\p{L}\p{N}]/u.test(text[at] ?? '') && context.isPlaceholder([at, at + 1])
}

/** Times of the shop's own side (hotline hours, callbacks, offer ends) need a time zone. */
export default defineRule<Options>({
  meta: {
    id: 'require-time-zone',
    description: 'Require a time zone on the shop’s own times, such as hotline hours and callbacks',
    category: 'vagueness',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    messages: {
      missing: '“{actual}” has no time zone, and the customer may be in another one; add it, e.g. “{actual} CET”',
    },
    options: {
      schema: {
        type: 'object',
        properties: { zone: { type: 'string', description: 'The team’s time zone, used in suggestions (e.g. "CET")' } },
        additionalProperties: false,
      },
      defaults: {},
    },
  },
  create(context) {
    return {
      'RootNode:exit'() {
        const text = context.text
        const times = [...text.matchAll(TIME)]
        // One zone anywhere in the message ("All times are CET") covers its other times; looked for only when there is a time.
        if (times.length === 0 || hasEntity('timezone', text)) return
        for (const match of times) {
          const start = match.index
          const end = start + match[0].length
          if (isLocalSlot(text, start, end) || PAST.test(textAround(text, start, end, CLAUSE_END)) || isTranscriptStamp(text, start, end)) continue
          if (DEVICE_TIME.test(textAround(text, start, end, CLAUSE_END))) continue
          if (zonePlaceholderAfter(text, end, context) || US_ZONE_AFTER.test(text.slice(end, end + 30))) continue
          if (context.isLiteral([start, end])) continue
          const actual = match[0]
          const zone = context.options.zone
          context.report({
            range: [start, end],
            messageId: 'missing',
            data: { actual },
            ...(zone
              ? { expected: [`${actual} ${zone}`], suggest: [{ message: `Write “${actual} ${zone}”`, fix: context.replace([start, end], `${actual} ${zone}`) }] }
              : {}),
          })
        }
      },
    }
  },
})
