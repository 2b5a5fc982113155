import { defineRule, type Token } from '@tactful/engine'
import { profaneEntriesStartingWith } from './profanity-list.js'

const GREETING_WORDS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'morning', 'evening'])
const TITLE_CASE = /^\p{Lu}\p{Ll}/u

/**
 * "The Dumb Bell set ships today": a listed word in title case mid-sentence, beside another
 * title-case word, is part of a product or place name.
 */
function inName(words: readonly Token[], first: number, last: number): boolean {
  if (words[first]!.initial) return isNameLine(words, first)
  if (!TITLE_CASE.test(words[first]!.raw)) return false
  const before = words[first - 1]
  const after = words[last + 1]
  return (before !== undefined && !before.initial && TITLE_CASE.test(before.raw)) || (after !== undefined && TITLE_CASE.test(after.raw))
}

/** "Kind regards,\nLebo Mokoena": a line of two to four title-case words alone is a name, as a signature writes it. */
function isNameLine(words: readonly Token[], first: number): boolean {
  let end = first + 1
  while (end < words.length && !words[end]!.initial) end++
  const line = words.slice(first, end)
  return line.length >= 2 && line.length <= 4 && line.every((w) => TITLE_CASE.test(w.raw))
}

/**
 * Mild swearing that cuss rates below "surely profane" or does not list, but that reads as
 * swearing in a reply: "the bloody scanner", "one hell of a delay", "the effing payment page".
 * Each entry is the words to match; `hell` only in its idioms, `bloody` only before a lower-case
 * word (so "Bloody Mary Mix" stays a product name).
 */
const MILD: readonly (readonly string[])[] = [
  ['effing'], ['effin'], ['frigging'], ['friggin'], ['fricking'], ['goddamn'], ['goddamned'], ['bloody'],
  ['hell', 'of', 'a'], ['hell', 'of', 'an'], ['the', 'hell'], ['damn', 'it'],
  // "the freaking scanner", "the f-ing label": minced swear words before the word they curse.
  ['freaking'], ['freakin'], ['frickin'], ['f-ing'], ['f-in'], ['f-ckin'], ['f-cking'],
  // "the damn printer", "a damned mess": `damn` as a curse on the next word ("Damn, that was quick" stays an exclamation).
  ['damn'], ['damned'], ['dang'],
  // "Hell, this parcel went…": `hell` as an exclamation opening its sentence.
  ['hell'],
  // Minced and British forms cuss lacks: "a fecking disaster", "got effed up", "the warehouse cocked up",
  // "the courier dicked around", "the firmware sucks balls".
  ['fecking'], ['feckin'], ['effed'], ['cocked', 'up'], ['cock', 'up'], ['dicked', 'around'], ['dicked', 'about'],
  ['sucks', 'balls'], ['suck', 'balls'], ['sucked', 'balls'],
]
/** Entries that only count before a lower-case word beside them: "the damn printer", not "Damn, that was quick". */
const BEFORE_WORD = new Set(['bloody', 'damn', 'damned', 'dang', 'freaking', 'freakin', 'frickin', 'f-ing', 'f-in', 'f-ckin', 'f-cking'])
/** "freaking out", "damn sure" is still a curse; these next words make the word literal or a name. */
const NOT_CURSED = new Set(['out'])
/** MILD by first word: most words start no entry, and one map lookup says so. */
const MILD_BY_FIRST = new Map<string, Array<readonly string[]>>()
for (const entry of MILD) {
  const list = MILD_BY_FIRST.get(entry[0]!)
  if (list) list.push(entry)
  else MILD_BY_FIRST.set(entry[0]!, [entry])
}
/** Every entry holds one of these (`the hell` holds "hell"). */
const MILD_WORDS = new Set(MILD.map((entry) => (entry[0] === 'the' ? entry[1]! : entry[0]!)))
/** Letters with one or more `*` inside: "sh*tty", "f**king", "b*tch". */
const MASKED = /\b(?:sh[*]+t\w*|s[*]+t\w*|f[*]+k\w*|f[*]+ck\w*|f[*]{2,}\w*|b[*]+tch\w*|a[*]+hole\w*|a[*]{2,}hole|cr[*]+p\w*|d[*]+mn\w*|bullsh[*]+t)/giu

const BLOOD_WORDS = new Set(['stain', 'stains', 'stained', 'mark', 'marks', 'nose', 'noses', 'nosebleed', 'bandage', 'bandages', 'tissue', 'tissues', 'spot', 'spots', 'smear', 'smears', 'wound', 'wounds', 'cut', 'cuts', 'mess', 'sample', 'samples', 'red', 'orange', 'diarrhoea', 'diarrhea', 'urine', 'stool'])

interface Options {
  /** Lowest cuss sureness rating that is reported: 2 = surely profane (default), 1 = likely, 0 = maybe. */
  sureness: number
}

/**
 * Profanity and slurs, from the `cuss` word list and its sureness ratings.
 * The list is indexed once at module load; each word is one map lookup.
 */
export default defineRule<Options>({
  meta: {
    id: 'no-profanity',
    description: 'Flag profanity and slurs, using the cuss word list and its sureness ratings',
    category: 'politeness',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      profane: '“{actual}” is profane or offensive; leave it out of customer replies',
    },
    options: {
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          sureness: { type: 'integer', minimum: 0, maximum: 2, description: 'Lowest cuss sureness rating reported (2 = surely profane)' },
        },
      },
      defaults: { sureness: 2 },
    },
  },
  create(context) {
    const threshold = context.options.sureness ?? 2
    /** Mild swearing and masked swear words (see MILD and MASKED). */
    function reportMild(tokens: readonly Token[]): void {
      // Most sentences hold none of these words nor a star: one pass without allocating decides.
      if (!tokens.some((t) => MILD_WORDS.has(t.norm) || t.raw.includes('*'))) return
      const words = tokens.filter((t) => t.kind === 'word')
      for (let i = 0; i < words.length; i++) {
        if (words[i]!.literal) continue
        const lower = words[i]!.norm
        const candidates = MILD_BY_FIRST.get(lower)
        if (!candidates) continue
        const entry = candidates.find((m) => m.every((w, k) => words[i + k] !== undefined && words[i + k]!.norm === w))
        if (!entry) continue
        if (entry.length === 1 && BEFORE_WORD.has(lower)) {
          const next = words[i + 1]
          if (!next || !/^\p{Ll}/u.test(next.raw) || next.start - words[i]!.end > 1) continue
          if (TITLE_CASE.test(words[i]!.raw) && !words[i]!.initial) continue
          if (NOT_CURSED.has(next.norm)) continue
          // "a bloody stain on the shirt", "a bloody nose": the literal sense.
          if (lower === 'bloody' && BLOOD_WORDS.has(next.norm)) continue
        }
        // A lone `hell` counts only as an exclamation opening its sentence: "Hell, …", "Hell!".
        if (entry.length === 1 && lower === 'hell') {
          const after = tokens.find((t) => t.start >= words[i]!.end)
          if (!words[i]!.initial || !after || after.kind === 'word' || ![',', '!'].includes(after.norm)) continue
        }
        // "The Hell of a Ride board game": a capital mid-sentence is a name.
        const hellWord = entry.includes('hell') ? words[i + entry.indexOf('hell')]! : undefined
        if (hellWord && !hellWord.initial && !/^\p{Ll}/u.test(hellWord.raw)) continue
        // "one hell of a delay": report the swear word only.
        const hit = entry[0] === 'the' ? words[i + 1]! : entry[0] === 'hell' || entry[0] === 'damn' ? words[i]! : words[i]!
        if (TITLE_CASE.test(hit.raw) && !hit.initial && inName(words, words.indexOf(hit), words.indexOf(hit))) continue
        context.report({ range: [hit.start, hit.end], messageId: 'profane', data: { actual: context.text.slice(hit.start, hit.end) } })
      }
      // No token holds a star ("sh*tty" as one word or split at it): no masked swear word.
      if (!tokens.some((t) => t.raw.includes('*'))) return
      const from = tokens[0]!.start
      const to = tokens[tokens.length - 1]!.end
      const text = context.text.slice(from, to)
      for (const m of text.matchAll(MASKED)) {
        const start = from + m.index!
        const end = start + m[0].length
        if (tokens.some((t) => t.literal && t.start < end && t.end > start)) continue
        context.report({ range: [start, end], messageId: 'profane', data: { actual: m[0] } })
      }
    }
    return {
      SentenceNode(sentence) {
        const tokens = context.tokensOf(sentence)
        reportMild(tokens)
        // Most sentences hold no listed word at all: one set lookup per word decides.
        if (!tokens.some((t) => t.kind === 'word' && profaneEntriesStartingWith(t.norm) !== undefined)) return
        const words = tokens.filter((t) => t.kind === 'word' && !t.literal)
        const lower = words.map((t) => t.norm)
        for (let i = 0; i < words.length; i++) {
          if (context.acceptedWords.has(lower[i]!)) continue
          // "Hi Gypsy," is a customer's name or handle, not an insult.
          if (i > 0 && GREETING_WORDS.has(lower[i - 1]!)) continue
          const entries = profaneEntriesStartingWith(lower[i]!)
          if (!entries) continue
          const entry = entries.find((e) => e.rating >= threshold && e.words.every((w, k) => lower[i + k] === w))
          if (!entry) continue
          const end = i + entry.words.length - 1
          if (inName(words, i, end)) {
            i = end
            continue
          }
          const range: [number, number] = [words[i]!.start, words[end]!.end]
          context.report({ range, messageId: 'profane', data: { actual: context.text.slice(...range) } })
          i = end
        }
      },
    }
  },
})
