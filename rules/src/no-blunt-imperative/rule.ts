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

/** Words an order's object or complement can start with: "Send us …", "Return the …", "Call back …". */
const AFTER_A_VERB = new Set([
  'us', 'me', 'it', 'them', 'him', 'her', 'the', 'a', 'an', 'your', 'our', 'my', 'this', 'that', 'these', 'those', 'all',
  'any', 'both', 'each', 'every', 'back', 'out', 'in', 'up', 'on', 'off', 'to', 'with', 'for', 'by', 'again', 'now',
])
/** A finite verb: after a noun subject it shows the first word was a noun ("Email requests … will be answered"). */
const FINITE = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'may', 'might', 'must', 'should', 'do', 'does', 'did', "won't", "isn't", "aren't", "can't"])
/** Subjects of a clause of their own inside an order: "Send photos so we can check", "Return items that are damaged". */
const CLAUSE_SUBJECTS = new Set(['we', 'you', 'i', 'they', 'it', 'he', 'she', 'that', 'which', 'who', 'there', 'this'])

/**
 * "Email requests sent during that time will be answered": the first word starts a noun phrase
 * whose verb comes a few words later. An order's next word is mostly its object's determiner or
 * a pronoun; a bare noun followed, before any clause break, by a finite verb with no subject of its
 * own marks a subject, not an order.
 */
function opensNounSubject(words: readonly string[]): boolean {
  if (words.length < 3 || AFTER_A_VERB.has(words[1]!)) return false
  for (let i = 2; i < Math.min(words.length, 8); i++) {
    if (FINITE.has(words[i]!)) return !CLAUSE_SUBJECTS.has(words[i - 1]!)
  }
  return false
}

/** Words that soften a request or make it conditional: then it is not blunt. */
const SOFTENED = /\b(?:please|kindly|could you|would you|can you|if|when|once|feel free|you may|you can|thank|thanks|we would appreciate|at your convenience|whenever|in case)\b/i

/** The lowercased words of a sentence up to its first clause break. */
function firstClauseWords(sentence: string): string[] {
  const clause = /^[^,;:.!?()\u2013\u2014]*/.exec(sentence)![0]
  return clause.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}'-]+/gu) ?? []
}

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
        if (opensNounSubject(firstClauseWords(sentence))) return
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
