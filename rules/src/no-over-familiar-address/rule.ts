import { defineRule, type Token } from '@tactful/engine'

/** Casual greetings: fine in a friendly brand voice, wrong in a formal one. */
const CASUAL_GREETINGS = new Set(['hey', 'heya', 'hiya', 'howdy'])

/** Street-slang openings ("Yo,", "Sup!"): over-familiar with a customer in any channel, like "dude". */
const SLANG_GREETINGS = new Set(['yo', 'sup', 'wassup', 'whassup', 'wazzup'])

/** Endearments after "my" ("Good news, my friend,", "Sure, my dear."): address between friends, not to a customer. */
const MY_ADDRESS = new Set(['friend', 'darling', 'sweetheart', 'sweetie'])

/** Pet names and mates' address ("Cheers bestie", "Hi kiddo", "Morning sunshine"): over-familiar with a customer unless the brand is deliberately chummy. */
const FAMILIAR_ADDRESS = new Set(['dude', 'dudes', 'bro', 'bruh', 'bros', 'buddy', 'pal', 'mate', 'fam', 'chief', 'boss', 'champ', 'sport', 'mister', 'missus', 'matey', 'homie', 'bestie', 'besties', 'kiddo', 'sunshine'])

/** Japanese suffixes for children and close friends: "Kenji-chan" from a shop talks down to an adult. */
const INTIMATE_SUFFIX = /^\p{L}+-(?:chan|kun)$/u

/** Words after which a familiar word is an address: "thanks, mate", "hey buddy". */
const LEAD_INS = new Set(['hey', 'hi', 'hello', 'thanks', 'thank', 'cheers', 'sorry', 'ok', 'okay', 'sure', 'yo', 'alright', 'right', 'morning', 'evening', 'listen', 'look', 'hiya', 'heya', 'you', 'worries', 'honestly', 'seriously', 'yeah', 'nah', 'yep', 'nope'])

/** Any of the words above in a unit's text: most units hold none, and skip the token walk. */
const ANY_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set([...CASUAL_GREETINGS, ...SLANG_GREETINGS, ...FAMILIAR_ADDRESS, ...MY_ADDRESS])].join('|')})(?![\\p{L}\\p{N}])|\\p{L}-(?:chan|kun)\\b`, 'iu')

const isMark = (token: Token) => token.kind === 'punctuation' || token.kind === 'symbol'

/** Address, not a noun of the sentence: led in by the sentence start, a comma or a lead-in ("Thanks"), and closed by a mark. */
function standsAsAddress(before: Token | undefined, after: Token | undefined): boolean {
  const ledIn = before === undefined || (isMark(before) && before.norm === ',') || (before.kind === 'word' && LEAD_INS.has(before.norm))
  return ledIn && (after === undefined || (isMark(after) && CLOSERS.has(after.norm)))
}

const CLOSERS = new Set([',', '.', '!', '?', '…', ':', ';', ')', '—', '–'])

/**
 * Over-familiar address judged against the brand's voice (`voice` in config or
 * front matter): "Hey Chris" is fine in a friendly chat and wrong in a formal
 * e-mail; "dude" and "buddy" are over-familiar in all but a friendly voice.
 */
export default defineRule({
  meta: {
    id: 'no-over-familiar-address',
    description: 'Flag over-familiar address ("hey", "dude", "buddy") that does not fit the brand voice',
    category: 'politeness',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    messages: {
      casualGreeting: '“{actual}” is too casual for a formal voice; open with “Hello” or “Dear”',
      familiar: '“{actual}” is over-familiar with a customer; use their name or leave it out',
    },
  },
  create(context) {
    const voice = context.voice
    if (!ANY_WORD.test(context.text)) return {}
    const reportFamiliar = (range: [number, number]) =>
      context.report({ range, messageId: 'familiar', data: { actual: context.text.slice(...range) }, severity: voice === 'friendly' ? 'info' : 'warning' })
    return {
      SentenceNode(sentence) {
        const tokens = context.tokensOf(sentence)
        tokens.forEach((token, i) => {
          if (token.kind !== 'word') return
          const previous = tokens[i - 1]
          const greeting = CASUAL_GREETINGS.has(token.norm) && previous === undefined
          // "Kenji-chan" is an address wherever it stands; the suffix says so.
          const intimate = INTIMATE_SUFFIX.test(token.norm)
          const next = tokens[i + 1]
          if (token.literal) return
          // "Yo, the serum is back", "Sup! I saw your question": a slang opening before a mark or a name.
          if (SLANG_GREETINGS.has(token.norm) && previous === undefined) {
            // "Yo Chris," is an address; "Yo Sushi vouchers" is a name.
            const named = next?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.raw) && [',', '!'].includes(tokens[i + 2]?.norm ?? '')
            if (next !== undefined && !(isMark(next) && CLOSERS.has(next.norm)) && !named) return
            reportFamiliar([token.start, token.end])
            return
          }
          // "Good news, my friend, the invoice is attached": "my" + endearment as an address between marks.
          if (MY_ADDRESS.has(token.norm) && previous?.norm === 'my') {
            if (standsAsAddress(tokens[i - 2], next)) reportFamiliar([previous.start, token.end])
            return
          }
          if ((!greeting && !intimate && !FAMILIAR_ADDRESS.has(token.norm))) return
          const range: [number, number] = [token.start, token.end]
          const actual = context.text.slice(...range)
          if (greeting) {
            // Friendly voice: fine. No voice given: a hint in e-mails, silence in chat.
            if (voice === 'friendly') return
            if (voice === undefined && context.channel === 'chat') return
            context.report({
              range,
              messageId: 'casualGreeting',
              data: { actual },
              severity: voice === 'formal' ? 'warning' : 'info',
              expected: ['Hello'],
              suggest: [{ message: 'Replace with “Hello”', fix: context.replace(range, actual.charAt(0) === actual.charAt(0).toUpperCase() ? 'Hello' : 'hello') }],
            })
            return
          }
          if (intimate || standsAsAddress(previous, next)) reportFamiliar(range)
        })
      },
    }
  },
})
