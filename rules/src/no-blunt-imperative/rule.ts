import { defineRule, type Severity } from '@tactful/engine'

/**
 * Verbs that demand something of the customer: "Send us the photo.", "Return it by Friday."
 * Pointers and troubleshooting steps ("Check the tracking link", "Restart the app") are left out:
 * they help the reader rather than ask them for something.
 */
const IMPERATIVES = new Set([
  'send', 'provide', 'return', 'fill', 'complete', 'reply', 'respond', 'contact', 'call', 'wait', 'attach', 'upload',
  'enter', 'confirm', 'submit', 'pay', 'ensure', 'make', 'do', 'give', 'tell', 'pack', 'print', 'include', 'update',
  'resend', 'verify', 'stop', 'bring', 're-enter', 'resubmit', 'email', 'e-mail', 'dm', 'message', 'write', 'cancel',
])

/** Words that soften a request or make it conditional: then it is not blunt. */
const SOFTENED = /\b(?:please|kindly|could you|would you|can you|if|when|once|feel free|you may|you can|thank|thanks|we would appreciate|at your convenience|whenever|in case)\b/i

/**
 * Directness by region: a bare imperative opening a sentence reads as an order in regions whose
 * `directness` fact is `low` (JP, KR in rules/data/regions.yaml). A code rule because the severity
 * comes from a region fact, not a group. Phrase-level orders ("you must", "you need to") belong to
 * the politeness rule prefer-request-over-command; this rule only looks at the bare verb.
 */
export default defineRule({
  meta: {
    id: 'no-blunt-imperative',
    description: 'Flag bare imperatives to customers in regions where directness reads as rude',
    category: 'cultural',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    messages: {
      blunt: '“{actual}” opens a bare instruction; customers in {region} read that as an order, so ask politely, e.g. {expected}',
    },
  },
  create(context) {
    // Any low-directness region among several decides: the result must not depend on their order.
    const directness = context.region.factsByRegion<string>('directness')
    const severity: Severity = directness.includes('low') ? 'warning' : 'off'
    const indirect = context.region.codes.filter((_, i) => directness[i] === 'low').join(', ')
    return {
      SentenceNode(node) {
        if (severity === 'off') return
        const first = node.children.find((child) => child.type === 'WordNode' || child.type === 'SourceNode')
        if (!first || first.type !== 'WordNode' || context.isLiteral(first)) return
        const range = context.rangeOf(first)
        const word = context.text.slice(...range)
        if (!IMPERATIVES.has(word.toLowerCase().replace(/’/g, "'"))) return
        const [start, end] = context.rangeOf(node)
        const sentence = context.text.slice(start, end)
        if (SOFTENED.test(sentence) || sentence.trimEnd().endsWith('?')) return
        // "Return shipping is free": a noun, not an order; the next word is a noun or a verb form.
        if (/^\S+\s+(?:shipping|label|labels|policy|address|costs?|window|is|are|was|were)\b/i.test(sentence)) return
        const polite = `Please ${word.toLowerCase()}`
        context.report({
          range,
          messageId: 'blunt',
          data: { actual: word, expected: polite, region: indirect },
          severity,
          expected: [polite],
          suggest: [{ message: `Replace with “${polite}”`, fix: context.replace(range, polite) }],
        })
      },
    }
  },
})
