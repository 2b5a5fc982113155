import { defineRule } from '@tactful/engine'
import { GREETINGS } from './greetings.js'

/**
 * An e-mail opens with a greeting. Chat replies are exempt: a chat is already
 * a conversation, and "Hi" on every turn reads as a bot.
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
    messages: { missing: 'The message opens without a greeting; open with “Hello <name>,” or “Dear <name>,”' },
  },
  create(context) {
    let firstWords: string[] | undefined
    return {
      SentenceNode(node) {
        if (firstWords) return
        const words: string[] = []
        for (const child of node.children) {
          if (child.type === 'WordNode') words.push(context.text.slice(...context.rangeOf(child)).toLowerCase().replace(/’/g, "'"))
          else if (child.type === 'SourceNode') words.push('\u0000')
          if (words.length === 3) break
        }
        if (words.length > 0) firstWords = words
      },
      'RootNode:exit'(root) {
        if (context.channel === 'chat' || !firstWords) return
        const [one = '', two = ''] = firstWords
        if (GREETINGS.has(one) || GREETINGS.has(`${one} ${two}`)) return
        const start = context.text.search(/\S/)
        const lineEnd = context.text.indexOf('\n', start)
        const end = context.text.slice(0, lineEnd === -1 ? context.text.length : lineEnd).trimEnd().length
        void root
        context.report({ range: [start, end], messageId: 'missing' })
      },
    }
  },
})
