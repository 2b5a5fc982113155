import { defineRule, type Severity } from '@tactful/engine'
import { sentenceMatches } from '../_sentence-matches/sentence-matches.js'
import { literalPrefilter } from '../_regex-prefilter/required-literals.js'
import { PREFILTER_LITERALS } from '../generated/prefilters.js'
import { prefilterSources } from './prefilter.js'
import { HOLIDAYS, type Holiday } from './holidays.js'

/** The sentence answers the customer's own wishes: "Merry Christmas to you too". */
const RECIPROCATED = /\b(?:to you too|you too|to you as well|as well|likewise|same to you|and to you|to you and your (?:family|loved ones) (?:too|as well))\b/i
/** The customer raised the occasion: "Thank you for your kind wishes", "you asked about Christmas delivery". */
const RAISED_BY_CUSTOMER = /\b(?:thank(?:s| you) for (?:your|the) (?:kind |lovely |warm )?(?:[a-z]+ )?(?:wishes|greetings|card|message)|you asked|you mentioned|your question about|thank you for asking)\b/i

/** A notice about the shop's hours or shipping around the holiday ("Our offices close for Easter from 3 to 6 April"), not a celebration. */
const LOGISTICS = /\b(?:clos(?:e|ed|es|ing|ure)|shut|reopen(?:s|ing)?|open(?:ing)? hours|holiday hours|dispatch(?:es|ed)?|deliver(?:y|ies)|shipping|last orders?|cut-?off|bank holidays?|public holidays?|working days?|business days?)\b/i

/**
 * Food or drink offered for the daytime in a Ramadan message: "This Ramadan, lunch is on us", "a free iced latte, perfect
 * for a lunchtime pick-me-up". Many customers fast from dawn to sunset; an iftar or suhoor offer is the fitting one.
 */
const DAYTIME_FOOD = /\b(?:lunch(?:time|es)?|brunch|midday (?:snacks?|meals?|breaks?|treats?|bites?)|afternoon (?:snacks?|tea|coffee|treats?|pick-me-ups?)|pick-me-ups?|coffee breaks?|snack breaks?|snack box(?:es)?|daytime (?:snacks?|treats?|drinks?))\b/i
/** The offer around it: only a promotion pushes daytime eating ("our office lunch break is 12:00 to 13:00" informs). */
const OFFER = /\b(?:on us|free|complimentary|voucher|vouchers|perfect for|ideal for|treat|treats|enjoy|% off|discount|comes? with|grab|order now|deal|deals|offer|offers)\b|%/i
/** The meal placed after sunset or before dawn: "lunch boxes for your iftar table" is the fitting offer. */
const AFTER_SUNSET = /\b(?:iftar|suhoor|sahur|sehri|suhur|sunset|after dark|maghrib|evening|night|tonight|dinner|before dawn|pre-dawn)\b/i

/** "Our Santa Cruz store", "Santa Monica": a place named after a saint, not Santa Claus. */
const isPlaceName = (matched: string, after: string): boolean => /^santa$/i.test(matched) && /^ \p{Lu}\p{Ll}/u.test(after) && !/^ Claus\b/.test(after)

const regex = (sources: string[], flags = 'giu') => new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, flags)
// Built at the first sentence that names a holiday: unicode-aware, case-insensitive patterns are costly to construct.
interface OtherDate {
  regions: string[]
  keptIn: string
  greeting: RegExp | undefined
  date: RegExp
}
let compiled: Array<{ holiday: Holiday; greetings: RegExp; themes: RegExp | undefined; imagery: RegExp | undefined; words: RegExp; clashes: RegExp | undefined; otherDates: OtherDate[] }> | undefined
const perHoliday = () =>
  (compiled ??= HOLIDAYS.map((holiday) => ({
    holiday,
    greetings: regex(holiday.greetings),
    themes: holiday.themes.length > 0 ? regex(holiday.themes) : undefined,
    imagery: holiday.imagery && holiday.imagery.length > 0 ? regex(holiday.imagery) : undefined,
    words: regex(holiday.words),
    clashes: holiday.clashes ? regex(holiday.clashes, 'iu') : undefined,
    otherDates: (holiday.otherDate ?? []).map((o) => ({
      regions: o.regions,
      keptIn: o.keptIn,
      greeting: o.greeting ? new RegExp(o.greeting, 'i') : undefined,
      date: regex([o.date], 'iu'),
    })),
  })))
/** Any greeting or theme of any holiday, in lower case (prefilter.ts): one test rules out nearly every sentence. */
const ANY_MENTION = regex([...prefilterSources], 'u')
// The literals one of which every mention holds ("xmas", "eid", "god bless"), worked out when the rules are compiled:
// most sentences hold none, and a plain-literal pattern says so before the large one is tried at every position (or
// compiled, at the first sentence).
let mayMention: ((text: string) => boolean) | undefined
const mentionsAnyHoliday = (text: string): boolean => {
  const lower = text.toLowerCase()
  return (mayMention ??= literalPrefilter(PREFILTER_LITERALS['no-presumptuous-holiday-greeting'] ?? undefined))(lower) && ANY_MENTION.test(lower)
}

/**
 * A religious or cultural holiday greeting, or a holiday theme, in a message to a customer who did
 * not raise it. A code rule because the decision needs the region, the channel and the customer's
 * previous turn together.
 */
export default defineRule({
  meta: {
    id: 'no-presumptuous-holiday-greeting',
    description: 'Flag religious holiday greetings and themes the customer did not raise, by region',
    category: 'cultural',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    messages: {
      greeting: '“{actual}” presumes the reader celebrates {holiday}; unless they raised it, use a neutral greeting',
      clash: '“{actual}” greets {holiday}, but this reply is about another faith\'s holiday; use a neutral greeting',
      otherDate: '“{actual}” greets on another calendar\'s date: customers in {region} celebrate it {month}',
      solemn: '“{actual}” greets {holiday} as a celebration; it is not a happy occasion, so leave the greeting out',
      daytime: '“{actual}” offers daytime food or drink in a Ramadan message; many customers fast from dawn to sunset, so offer it for iftar or suhoor',
      theme: '“{actual}” is a {holiday} theme, which many customers in {region} do not celebrate and may find offensive',
      unshared: '“{actual}” is a {holiday} theme, which most customers in {region} do not celebrate',
    },
  },
  create(context) {
    const region = context.region
    const customerTurn = context.unit.previousCustomerTurn ?? ''
    const raisedInUnit = RAISED_BY_CUSTOMER.test(context.text)
    const is = (list: string[]) => list.some((r) => region.is(r))

    // A Ramadan message (not the customer's words: their previous turn is not in the text) that offers daytime food.
    const ramadanUnit = /\bramadan\b/i.test(context.text)

    function greetingSeverity(holiday: Holiday): Severity {
      if (!region.known) return context.channel === 'template' ? 'warning' : 'info'
      if (is(holiday.fittingIn)) return 'off'
      return is(holiday.offendsIn) || is(holiday.unsharedIn ?? []) || holiday.foreignElsewhere ? 'warning' : 'info'
    }

    return {
      SentenceNode(node) {
        if (ramadanUnit) {
          const [start, end] = context.rangeOf(node)
          const sentence = context.text.slice(start, end)
          const food = DAYTIME_FOOD.exec(sentence)
          if (food && OFFER.test(sentence) && !AFTER_SUNSET.test(sentence)) {
            const range: [number, number] = [start + food.index, start + food.index + food[0].length]
            context.report({ range, messageId: 'daytime', data: { actual: food[0] } })
          }
        }
        if (!mentionsAnyHoliday(context.text.slice(...context.rangeOf(node)))) return
        for (const { holiday, greetings, themes, imagery, words, clashes, otherDates } of perHoliday()) {
          const raised = raisedInUnit || (customerTurn !== '' && (words.lastIndex = 0, words.test(customerTurn)))
          const greetingRanges: Array<[number, number]> = []
          for (const match of sentenceMatches(context, node, greetings)) {
            greetingRanges.push(match.range)
            // A fast or a day of mourning is never a happy one, whoever raised it.
            if (holiday.solemn) {
              context.report({ range: match.range, messageId: 'solemn', data: { holiday: holiday.name, actual: match.text }, severity: 'warning', expected: holiday.neutral })
              continue
            }
            if (raised || RECIPROCATED.test(match.sentence)) continue
            let severity = greetingSeverity(holiday)
            let messageId = 'greeting'
            const data: Record<string, string> = { holiday: holiday.name, actual: match.text }
            // "Happy Thanksgiving" with a November date to a Canadian customer: the US day, not theirs.
            const other = otherDates.find((o) => is(o.regions) && (!o.greeting || o.greeting.test(match.text)) && o.date.test(context.text))
            if (other && severity !== 'warning' && !region.codes.some((code) => holiday.fittingIn.includes(code) && !other.regions.includes(code))) {
              severity = 'warning'
              messageId = 'otherDate'
              data.region = region.codes.filter((code) => other.regions.includes(code)).join(', ')
              data.month = other.keptIn
            }
            // "Merry Christmas" in a reply about a Hanukkah menorah: the wrong holiday.
            if (clashes && severity === 'info' && clashes.test(context.text)) {
              severity = 'warning'
              messageId = 'clash'
            }
            if (severity === 'off') continue
            context.report({
              range: match.range,
              messageId,
              data,
              severity,
              expected: holiday.neutral,
              suggest: holiday.neutral.map((text) => ({ message: `Replace with “${text}”`, fix: context.replace(match.range, text) })),
            })
          }
          if (raised) continue
          const reported = [...greetingRanges]
          const overlapsReported = ([start, end]: [number, number]) => reported.some(([s, e]) => s < end && start < e)
          // Festive imagery ("Santa's elves", "the Easter bunny") also in templates sent to every market.
          const offends = region.known && is(holiday.offendsIn)
          // Where few keep the holiday, its themes are reported as where it offends, with their own message.
          const unshared = region.known && !offends && is(holiday.unsharedIn ?? [])
          const themeId = unshared ? 'unshared' : 'theme'
          if (imagery && (offends || unshared || (!region.known && context.channel === 'template'))) {
            const where = region.known ? region.codes.join(', ') : 'many markets'
            for (const match of sentenceMatches(context, node, imagery)) {
              if (overlapsReported(match.range)) continue
              reported.push(match.range)
              context.report({ range: match.range, messageId: themeId, data: { holiday: holiday.name, actual: match.text, region: where } })
            }
          }
          // Themes ("Christmas is here", "Xmas deals") only where the holiday is known to offend.
          if (!themes || !(offends || unshared)) continue
          for (const match of sentenceMatches(context, node, themes)) {
            if (overlapsReported(match.range) || LOGISTICS.test(match.sentence) || isPlaceName(match.text, context.text.slice(match.range[1], match.range[1] + 12))) continue
            context.report({ range: match.range, messageId: themeId, data: { holiday: holiday.name, actual: match.text, region: region.codes.join(', ') } })
          }
        }
      },
    }
  },
})
