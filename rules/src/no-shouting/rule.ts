import { defineRule, type Token } from '@tactful/engine'
import { ACRONYMS, EMPHASIS_WORDS, LONE_EMPHASIS_WORDS, SAFETY_SIGNAL_WORDS, SHORT_WORDS } from './caps-words.js'

interface CapsWord {
  token: Token
  raw: string
  letters: string
}

const LETTER = /\p{L}/gu
const AFTER_DETERMINER = /\b(?:the|a|an|your|our|their)\s+$/i
/**
 * Where a word in capitals can be: two capitals side by side or across one mark ("DON'T", "X-RAY").
 * Every report holds a word of two letters or more, so a sentence without one is skipped unread.
 */
const CAPITAL_PAIR = /\p{Lu}[^\p{L}\s]?\p{Lu}/gu

function capsWord(raw: string): string | undefined {
  // Most words start with a lower-case ASCII letter, or hold one: no copy, no regex.
  const first = raw.charCodeAt(0)
  if ((first >= 97 && first <= 122) || raw !== raw.toUpperCase()) return undefined
  const letters = (raw.match(LETTER) ?? []).join('')
  if (letters === '' || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return undefined
  return raw.replace(/’/g, "'").toUpperCase()
}

function isCode(word: string, raw: string, accepted: ReadonlySet<string>): boolean {
  if (/\d/.test(raw) || ACRONYMS.has(word) || accepted.has(word.toLowerCase())) return true
  const letters = word.replace(/[^\p{L}]/gu, '')
  return letters.length <= 3 && !SHORT_WORDS.has(word)
}

/** "YOU MUST SEND" → "You must send" at a sentence start, "you must send" inside one. */
function calmed(text: string, initial: boolean): string {
  const lower = text.toLowerCase().replace(/\bi\b/g, 'I')
  return initial ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower
}

/** Exclamation and question marks stacked, side by side or one space apart: "!!", "! ! !", "?!!", "!! !", "‼". A lone mark is no match. */
const STACKED_MARKS = /[!?‼](?:[ \t]?[!?‼])+|‼/g
/** Thanks, greetings and celebrations, where a double "!!" is warmth rather than a raised voice. */
const WARM_WORDS =
  /\b(?:thanks?|thank you|thx|welcome|congrat\w*|birthday|happy|merry|christmas|new year|holidays?|diwali|eid|hanukkah|love|loved|lovely|cutest|enjoy|enjoyed|yay|hooray|woo+hoo+|hurray|cheers|awesome|amazing|wonderful|fantastic|brilliant|great to hear|glad|excited|exciting|good luck|best wishes|see you|hello|hi|hey|wow|yes)\b/i
/** Verbs stressed in capitals ("Your order IS covered") that are also short codes (IS: information systems). */
const STRESSED_VERBS = new Set(['IS', 'ARE', 'WAS', 'WERE', 'DOES', 'HAS'])
/** Capitals spelt out one space apart: "P L E A S E", "N O T". */
const SPACED_CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}(?: \p{Lu}){2,}(?![\p{L}\p{N}])/gu

/** A word a reader clicks or picks on screen comes right after such a verb ("Tap KEEP"), or names the control ("ONCE option"). */
const SCREEN_ACTION_BEFORE = /\b(?:click|clicking|tap|tapping|press|pressing|select|selecting|choose|choosing|pick|hit|tick|toggle|option|button|labelled|marked)\s+["'“‘]?$/i
const SCREEN_ELEMENT_AFTER = /^["'”’]?\s+(?:button|option|tab|key|menu|field|box|link|setting|mode|toggle|icon)\b/i

/** "the THREE pack", "our STILL water", "the ALL IN ONE printer": capitals between a determiner and a product noun are a product's name. */
const DETERMINER_BEFORE = /\b(?:the|a|an|your|our|their|this|that|these|those|my)\s+$/i
const PRODUCT_NOUN_AFTER =
  /^\s+(?:packs?|sizes?|editions?|bundles?|sets?|kits?|box(?:es)?|models?|versions?|range|collection|tiers?|plans?|cups?|mugs?|bottles?|water|printers?|capsules|tablets|pods|cards?|packages?|deals?|subscriptions?|memberships?|series|line|flavou?rs?|blends?|roast|colou?rs?|designs?|styles?|fits?|prints?|tees?|shirts?|jackets?|socks|shoes|bags?|cases?|covers?|chargers?|cables?|devices?|consoles?|mattress|pillows?|menu|meal|bar|bars|daily)\b/i
/** "marked THIS SIDE UP", "status shows OUT FOR DELIVERY", "code WELCOME TO THE CLUB", "Tap CONTINUE TO PAYMENT": a label quoted as printed. */
const LABEL_BEFORE =
  /\b(?:marked|labelled|labeled|stamped|printed|reads|shows|showing|displays|status|status:|code|coupon|promo code|click|clicking|tap|tapping|press|pressing|select|selecting|choose|hit|button|option)\s*["'“‘]?$/i
/** Call-to-action buttons of a template, each on a line of its own: "BUY NOW", "SHOP THE SALE", "TRACK MY ORDER". */
const CTA_FIRST = new Set([
  'BUY', 'SHOP', 'ORDER', 'GET', 'START', 'VIEW', 'TRACK', 'SIGN', 'JOIN', 'SUBSCRIBE', 'LEARN', 'DISCOVER', 'EXPLORE', 'BOOK',
  'CLAIM', 'REDEEM', 'DOWNLOAD', 'CONTINUE', 'CHECKOUT', 'SEE', 'MANAGE', 'UPDATE', 'RENEW', 'REVIEW', 'RATE', 'CONFIRM', 'VERIFY',
  'ACTIVATE', 'CONTACT', 'CHAT', 'PAY', 'GO', 'FIND', 'BROWSE', 'REORDER', 'UNSUBSCRIBE', 'COMPLETE', 'FINISH',
])

/**
 * Capitals and stacked exclamation marks read as shouting. Acronyms and codes
 * (EU, VAT, DHL, USB-C, CET) are not shouting: a lone capitalised word is only
 * flagged when it is an ordinary word people shout ("STILL", "NOT"), and a run of
 * capitals when it holds at least two such English words.
 */
export default defineRule({
  meta: {
    id: 'no-shouting',
    description: 'Flag words or sentences in capitals and stacked exclamation marks',
    category: 'politeness',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    messages: {
      capitals: '“{actual}” in capitals reads as shouting; write it in normal case',
      exclamations: '“{actual}” reads as shouting; one exclamation mark at most',
    },
  },
  create(context) {
    function flush(run: CapsWord[], initial: boolean): void {
      if (run.length === 0) return
      const first = run[0]!.token
      const last = run[run.length - 1]!.token
      const before = context.text.slice(Math.max(0, first.start - 24), first.start)
      const after = context.text.slice(last.end, last.end + 24)
      if (DETERMINER_BEFORE.test(before) && PRODUCT_NOUN_AFTER.test(after)) return
      if (LABEL_BEFORE.test(before)) {
        // "the promo code WELCOME10 ONLY works on…": the code is the label, the word after it still shouts.
        if (run.length > 1 && /\d/.test(run[0]!.raw)) flush(run.slice(1), false)
        return
      }
      // A button on a line of its own, no full stop: "BUY NOW", "SHOP THE SALE".
      if (run.length <= 4 && CTA_FIRST.has(run[0]!.letters) && /(?:^|\n)[\s*_#>-]*$/.test(before) && /^[\s*_]*(?:\n|$)/.test(after)) return
      const english = run.filter((w) => !isCode(w.letters, w.raw, context.acceptedWords) && w.letters.replace(/[^\p{L}]/gu, '').length >= 2)
      // A run of names in capitals ("MARBLE ARCH, METRO CENTRE") is a list, not a raised voice:
      // shouting holds an emphasis word or a function word ("YOU MUST SEND THE PHOTO").
      const spoken = run.some((w) => EMPHASIS_WORDS.has(w.letters) || SHORT_WORDS.has(w.letters))
      const lone = run[0]!.letters
      // Markup around the label ("<strong>WARNING</strong>:") is masked to spaces or left as emphasis marks.
      if (run.length === 1 && SAFETY_SIGNAL_WORDS.has(lone) && /^[\s*_]*:/.test(context.text.slice(run[0]!.token.end, run[0]!.token.end + 12))) return
      // "The DO has been raised", "your PO": a short word in capitals after a determiner is an abbreviation ("a VERY big" still shouts).
      if (run.length === 1 && lone.length <= 3 && AFTER_DETERMINER.test(context.text.slice(Math.max(0, run[0]!.token.start - 8), run[0]!.token.start))) return
      // "The STAY Cool bottle", "the KEEP Calm mug": a capitalised word beside a title-case word is a name.
      if (run.length === 1 && LONE_EMPHASIS_WORDS.has(lone) && !EMPHASIS_WORDS.has(lone) && besideTitleCase(run[0]!.token)) return
      // "Click KEEP", "choose ONCE in the menu", "the SAME button": a screen's label, written as the screen shows it.
      if (run.length === 1 && LONE_EMPHASIS_WORDS.has(lone) && isScreenLabel(run[0]!.token)) return
      // "our IT and IS departments": a short verb in capitals beside another code is a code too ("Your order IS covered" still shouts).
      // A stressed verb follows a lower-case word ("Your order IS covered"); after a name or a mark it is a code ("Örgryte IS", "('IS')").
      // After a preposition or before a mark it is a code too ("lenses with IS", "without IS, which").
      if (run.length === 1 && STRESSED_VERBS.has(lone)) {
        const lead = context.text.slice(Math.max(0, run[0]!.token.start - 24), run[0]!.token.start)
        if (!/(?:^|[^\p{L}])\p{Ll}[\p{L}'’-]*\s+$/u.test(lead) || /\b(?:with|without|of|for|in|on|to|from|by|via|and|or|no)\s+$/i.test(lead)) return
        if (!/^\s+[\p{Ll}\p{N}]/u.test(context.text.slice(run[0]!.token.end, run[0]!.token.end + 4))) return
        if (/\p{Lu}{2,}\s*(?:and|or|&|\/|,)\s*$/u.test(lead.slice(-16))) return
      }
      const shouted = run.length === 1 ? (EMPHASIS_WORDS.has(lone) || LONE_EMPHASIS_WORDS.has(lone)) && !ACRONYMS.has(lone) : english.length >= 2 && spoken
      if (!shouted) {
        // A run of codes with one shouted word inside ("DHL will NOT") still shouts that word.
        for (const w of run) if (EMPHASIS_WORDS.has(w.letters) && !STRESSED_VERBS.has(w.letters) && english.length === 1 && english[0] === w) report([w], false)
        return
      }
      report(run, initial)
    }

    function isScreenLabel(token: Token): boolean {
      const before = context.text.slice(Math.max(0, token.start - 12), token.start)
      const after = context.text.slice(token.end, token.end + 12)
      return SCREEN_ACTION_BEFORE.test(before) || SCREEN_ELEMENT_AFTER.test(after)
    }

    function besideTitleCase(token: Token): boolean {
      return /^ \p{Lu}\p{Ll}/u.test(context.text.slice(token.end, token.end + 3))
    }

    function report(words: CapsWord[], initial: boolean): void {
      const start = words[0]!.token.start
      const end = words[words.length - 1]!.token.end
      const actual = context.text.slice(start, end)
      const text = calmed(actual, initial)
      context.report({
        range: [start, end],
        messageId: 'capitals',
        data: { actual },
        expected: [text],
        suggest: [{ message: `Write “${text}”`, fix: context.replace([start, end], text) }],
      })
    }

    // Offsets of capital pairs in text order; sentences come in text order, so one cursor walks them.
    const pairs: number[] = []
    for (const match of context.text.matchAll(CAPITAL_PAIR)) pairs.push(match.index)
    let next = 0
    return {
      SentenceNode(sentence) {
        const [start, end] = context.rangeOf(sentence)
        while (next < pairs.length && pairs[next]! < start) next++
        if (next === pairs.length || pairs[next]! >= end) return
        let run: CapsWord[] = []
        let runInitial = false
        let seenWord = false
        for (const token of context.tokensOf(sentence)) {
          if (token.kind === 'word') {
            // Most words hold a lower-case letter: decided before anything else.
            const word = capsWord(token.raw)
            if (word && !token.literal) {
              if (run.length === 0) runInitial = !seenWord
              run.push({ token, raw: token.raw, letters: word })
              seenWord = true
              continue
            }
            if (!token.literal) seenWord = true
          }
          if (run.length > 0) {
            flush(run, runInitial)
            run = []
          }
        }
        flush(run, runInitial)
      },
      'RootNode:exit'() {
        for (const match of context.text.matchAll(STACKED_MARKS)) {
          const start = match.index
          const end = start + match[0].length
          const marks = match[0].replace(/[ \t]/g, '')
          const bangs = [...marks].reduce((n, c) => n + (c === '!' ? 1 : c === '‼' ? 2 : 0), 0)
          if (bangs < 2) continue
          // "!!" (or "‼") alone: shouting beside plain news ("Your refund was sent today!!"), warmth beside
          // thanks or a celebration ("Thanks so much!!", "Happy birthday!!"). Three marks or more always shout.
          if (bangs === 2 && !marks.includes('?')) {
            const sentenceStart = Math.max(0, ...['.', '!', '?', '\n', '‼'].map((c) => context.text.lastIndexOf(c, start - 1) + 1))
            if (WARM_WORDS.test(context.text.slice(Math.max(sentenceStart, start - 160), start))) continue
          }
          // "I read your message 'WHERE IS MY BAG!!!'": the customer's marks, quoted.
          if (context.isLiteral([start, end])) continue
          const calm = marks.includes('?') ? '?' : '.'
          context.report({
            range: [start, end],
            messageId: 'exclamations',
            data: { actual: match[0] },
            expected: [calm],
            suggest: [{ message: calm === '?' ? 'Use one question mark' : 'Use one full stop', fix: context.replace([start, end], calm) }],
          })
        }
        // "P L E A S E read the guide": a shouted word spelt out in spaced capitals.
        for (const match of context.text.matchAll(SPACED_CAPITALS)) {
          const word = match[0].replace(/ /g, '')
          if (!EMPHASIS_WORDS.has(word) && !LONE_EMPHASIS_WORDS.has(word)) continue
          const start = match.index
          const end = start + match[0].length
          if (context.isLiteral([start, end]) || LABEL_BEFORE.test(context.text.slice(Math.max(0, start - 24), start))) continue
          const text = word.toLowerCase()
          context.report({
            range: [start, end],
            messageId: 'capitals',
            data: { actual: match[0] },
            expected: [text],
            suggest: [{ message: `Write “${text}”`, fix: context.replace([start, end], text) }],
          })
        }
      },
    }
  },
})
