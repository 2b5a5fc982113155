import { defineRule } from '@tactful/engine'
import { GREETINGS, TITLES } from './greetings.js'

const PLACEHOLDER = '\u0000'
const MORE_THAN_ONE_LINE = /\S[^\n]*\n\s*\S/

/** A title on its own line: a few words with no closing punctuation, then a line break. */
function isHeadingLine(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).trim()
  return /^\s*\n/.test(text.slice(end, end + 3)) && !/[.!?,:;]$/.test(line) && line.split(/\s+/).length <= 8
}

/**
 * "Ia ora na Mr Teriierooiterai,", "Kia ora Aroha,", "Salam Mr Ahmed,": words before a name, the
 * line ending with a comma, greet in a language the list does not hold. A name alone ("Anna Berg,",
 * "Mr. Daniels,") is not a greeting: the words before the name must hold a lower-case word or a title
 * after the first word.
 */
function isSalutationInAnotherLanguage(line: string): boolean {
  if (!/,$/.test(line) || /\d/.test(line)) return false
  const words = line.slice(0, -1).trim().split(/\s+/)
  if (words.length < 2 || words.length > 6 || !/^\p{Lu}/u.test(words[words.length - 1]!)) return false
  const titleAt = words.findIndex((w) => TITLES.has(w.toLowerCase().replace(/\.$/, '')))
  const before = words.slice(0, titleAt === -1 ? words.length - 1 : titleAt)
  return titleAt > 0 || before.some((w) => /^\p{Ll}/u.test(w))
}

/**
 * An e-mail opens with a greeting. Chat replies are exempt: a chat is already
 * a conversation, and "Hi" on every turn reads as a bot. Templates get a hint
 * only, since notices and newsletters often open with a heading.
 */
export default defineRule({
  meta: {
    id: 'require-greeting',
    description: 'Require an e-mail to open with a greeting',
    category: 'politeness',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: false,
    appliesTo: ['body', 'entry'],
    messages: {
      missing: 'The message opens without a greeting; open with “Hello <name>,” or “Dear <name>,”',
      bareName: 'The message opens with just the name; add a greeting, e.g. “Dear {actual}”',
    },
  },
  create(context) {
    let firstWords: string[] | undefined
    /** The words opening the sentence after a heading line ("<h1>Your booking</h1><p>Dear Anna,"), if the first is one. */
    let afterHeading: string[] | undefined
    let headingEnd = -1
    return {
      SentenceNode(node) {
        if (firstWords && (headingEnd < 0 || afterHeading)) return
        const words: string[] = []
        for (const child of node.children) {
          if (child.type === 'WordNode') words.push(context.text.slice(...context.rangeOf(child)).toLowerCase().replace(/’/g, "'"))
          else if (child.type === 'SourceNode') words.push(PLACEHOLDER)
          if (words.length === 3) break
        }
        if (words.length === 0) return
        if (firstWords) {
          afterHeading = words
          return
        }
        firstWords = words
        const [start, end] = context.rangeOf(node)
        if (isHeadingLine(context.text, start, end)) headingEnd = end
      },
      'RootNode:exit'() {
        if (context.channel === 'chat' || !firstWords) return
        // A one-line catalogue string is a title, a button label or a snippet, not a whole message
        // (require-sign-off likewise needs two lines).
        if (context.unit.kind === 'entry' && !MORE_THAN_ONE_LINE.test(context.text)) return
        const [one = '', two = ''] = firstWords
        if (GREETINGS.has(one) || GREETINGS.has(`${one} ${two}`)) return
        const [next = '', nextTwo = ''] = afterHeading ?? []
        if (GREETINGS.has(next) || GREETINGS.has(`${next} ${nextTwo}`)) return
        const start = context.text.search(/\S/)
        const lineEnd = context.text.indexOf('\n', start)
        const end = context.text.slice(0, lineEnd === -1 ? context.text.length : lineEnd).trimEnd().length
        const firstLine = context.text.slice(start, end)
        if (isSalutationInAnotherLanguage(firstLine)) return
        // "Mr. Daniels," or "{{first_name}}," alone on the first line: a salutation without the greeting.
        const bareName = /,$/.test(firstLine) && firstLine.split(/\s+/).length <= 4 && (TITLES.has(one.replace(/\.$/, '')) || one === PLACEHOLDER || /^\p{Lu}/u.test(firstLine))
        context.report({
          range: [start, end],
          messageId: bareName ? 'bareName' : 'missing',
          data: { actual: firstLine },
          ...(context.channel === 'template' ? { severity: 'info' as const } : {}),
        })
      },
    }
  },
})
