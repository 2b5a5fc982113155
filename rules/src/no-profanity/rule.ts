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
    return {
      SentenceNode(sentence) {
        const tokens = context.tokensOf(sentence)
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
