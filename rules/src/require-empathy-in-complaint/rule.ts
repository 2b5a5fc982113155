import { defineRule } from '@tactful/engine'
import { EMPATHY, readsAsAngryComplaint } from './complaint-cues.js'

/**
 * A reply to a complaint thanks the customer or acknowledges the problem. The
 * reply is a complaint reply when config or front matter says so (`complaint:
 * true`), or when the customer's turn before it reads as an angry complaint.
 */
export default defineRule({
  meta: {
    id: 'require-empathy-in-complaint',
    description: 'Require thanks or an acknowledgement in a reply to a complaint',
    category: 'politeness',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: false,
    appliesTo: ['body', 'entry', 'agent-turn'],
    messages: {
      missing: 'This reply answers a complaint without thanks or acknowledgement; add e.g. “I’m sorry the parcel is late”',
    },
  },
  create(context) {
    return {
      'RootNode:exit'() {
        const previous = context.unit.previousCustomerTurn
        const complaint = context.complaint || (previous !== undefined && readsAsAngryComplaint(previous))
        if (!complaint || EMPATHY.test(context.text)) return
        const start = context.text.search(/\S/)
        if (start === -1) return
        const lineEnd = context.text.indexOf('\n', start)
        const end = context.text.slice(0, lineEnd === -1 ? context.text.length : lineEnd).trimEnd().length
        context.report({ range: [start, end], messageId: 'missing' })
      },
    }
  },
})
