import type { Entity } from './types.js'

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)'
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?'
const SMALL_NUMBER = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty-eight|seventy-two|24|48|72)'
const UNIT = '(?:(?:business|working|calendar)\\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)'
const ZONES =
  'UTC|GMT|CET|CEST|EET|EEST|WET|WEST|BST|IST|MSK|GST|PKT|ICT|SGT|HKT|CST|JST|KST|AEST|AEDT|ACST|AWST|NZST|NZDT|EST|EDT|CDT|MDT|MST|PST|PDT|AKST|HST|BRT|ART|SAST|WAT|CAT|EAT|WIB|WITA|WIT|PHT|MYT|NPT|IRST|AFT|MMT|AST|ADT|NST|NDT|TRT|CLT|COT|UYT|ET|PT|CT|MT'

/** Currency codes shops quote prices in: ISO 4217, the common ones. */
const CURRENCY_CODE =
  '(?:USD|EUR|GBP|AUD|CAD|NZD|CHF|JPY|CNY|RMB|HKD|TWD|SGD|KRW|INR|PKR|BDT|LKR|IDR|MYR|THB|PHP|VND|AED|SAR|QAR|KWD|BHD|OMR|ILS|TRY|EGP|MAD|NGN|KES|GHS|ZAR|BRL|MXN|ARS|CLP|COP|PEN|UYU|SEK|NOK|DKK|ISK|PLN|CZK|HUF|RON|BGN|UAH|RUB)'
/** Regular expressions for concrete context. All are linear: no nested quantifiers. */
const PATTERNS: Record<Entity, RegExp> = {
  date: new RegExp(
    [
      `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`,
      `\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
      `\\b\\d{4}-\\d{2}-\\d{2}\\b`,
      `\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b`,
    ].join('|'),
    'i',
  ),
  // "8.50" is a clock time ("at 8.50"), not a price ("€8.50", "EUR 8.50", "8.50 EUR") or a measure ("8.50 kg");
  // "[14:05]" is a transcript's stamp on its line, not a time the message names.
  time: /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|(?<![€$£¥₹]\s?|\[|\b(?:eur|usd|gbp|chf|aud|cad|nzd|sek|nok|dkk|pln|czk|huf|ron|bgn|jpy|cny|rmb|hkd|sgd|inr|aed|sar|qar|zar|brl|mxn|krw|twd|thb|myr|idr|php|ils|rub|uah|kzt|egp|ngn|kes|ghs|mad|tnd|cop|clp|pen|ars)\s?)\b(?:[01]?\d|2[0-3])[:.h][0-5]\d\b(?!\]|\s?(?:[€$£%]|(?:eur|euros?|usd|dollars?|gbp|pounds?|kg|km|cm|mm|lbs?|ml|oz)\b))|\b(?:noon|midnight)\b/i,
  timezone: new RegExp(
    [
      `\\b(?:${ZONES})(?:\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?)?\\b`,
      `\\blocal\\s+time\\b|\\btime\\s?zone\\b`,
      // Spelled-out zones: "Gulf Standard Time", "Eastern Time", "UK time", "Berlin time".
      `\\b\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+(?:Standard\\s+|Daylight\\s+|Summer\\s+)?[Tt]ime\\b(?<!\\b(?:Delivery|Business|Opening|Closing|Lead|Response|Waiting|Processing|Transit|Shipping|Dispatch|Any|Some|This|That|Next|Last|Each|Every|Same|Limited|Long|Short|Full|Part|First|Half|Real|Peak|Meal|Lunch|Tea|Bed|Play)\\s+[Tt]ime)`,
      // "UK time", "UAE time", "CET time": a country or zone abbreviation before "time".
      `\\b[A-Z]{2,4}\\s+time\\b`,
    ].join('|'),
    'u',
  ),
  duration: new RegExp(
    [
      // "up to 30 more days": a bound on an extension is a bound too.
      `\\b(?:within|in|for|up to|at most|no later than)\\s+${SMALL_NUMBER}(?:\\s*(?:-|–|to)\\s*${SMALL_NUMBER})?\\s+(?:(?:more|extra|additional|further)\\s+)?${UNIT}\\b`,
      `\\b${SMALL_NUMBER}\\s*(?:-|–|to)\\s*${SMALL_NUMBER}\\s+${UNIT}\\b`,
      `\\b\\d+\\s*-?\\s*${UNIT}\\b`,
    ].join('|'),
    'i',
  ),
  weekday: new RegExp(`\\b${WEEKDAY}\\b`, 'i'),
  number: /\d/,
  // A symbol before the figure, or an ISO 4217 code on either side ("EUR 12.50", "1,450 MXN"): shops abroad write both.
  money: new RegExp(`[$€£¥₹₩₺₽₱₪₫฿]\\s?\\d|\\bR\\$\\s?\\d|\\b${CURRENCY_CODE}\\s?\\d|\\b\\d[\\d.,]*\\s?${CURRENCY_CODE}\\b`),
  url: /\bhttps?:\/\/\S+|\bwww\.\S+/i,
  email: /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/,
  question: /\?/,
}

export function hasEntity(entity: Entity, text: string): boolean {
  return PATTERNS[entity].test(text)
}
