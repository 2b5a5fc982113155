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
  'keep', 'sign', 'share', 'forward', 'hand', 'book', 'take', 'scan', "don't",
  // Handing over, choosing and describing: "Ship the drone back to us", "Choose refund or replacement and inform us",
  // "Specify the exact model", "Describe the problem in detail", "Mail the form", "Transfer the difference".
  'ship', 'post', 'mail', 'choose', 'specify', 'describe', 'explain', 'indicate', 'mention', 'inform', 'notify',
  'transfer', 'repack', 'repackage', 'photograph', 'prepare', 'let',
])

/** Words that may stand before the order without softening it: "Just send us …", "Simply return …". */
const LEADING = new Set(['just', 'simply', 'now', 'also', 'then', 'so', 'again'])

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

/** "Go to My Orders and press Cancel": a navigation step followed by a task the customer must do. */
const GO_AND_DO = /^go\s+to\b[^.!?]*?\band\s+(?:press|click|tap|hit|select|choose|enter|fill|complete|cancel|confirm|submit|upload|update|delete|remove|send|attach|print)\b/i

/**
 * An order after a fronted phrase: "For the refund, send the receipt again", "To get a refund, return
 * the item", "and, before 12 March, confirm your address". The fronted phrase opens with a preposition
 * and has no subject or verb of its own (else it is a clause: "For orders we ship, return labels …").
 */
const FRONTED = /(?:^|[,;]\s*|\band\s*,\s*)((?:for|to|before|after|in|with|by|regarding|on|as for|within)\s[^,;:.!?()]{1,45}),\s+([\p{L}-]+)\s+([\p{L}']+)/giu

/** Verbs that hand something over to us: a demand even in a troubleshooting sentence ("Restart it and send us a photo"). */
const HANDS_OVER = new Set(['send', 'provide', 'return', 'reply', 'respond', 'contact', 'call', 'attach', 'upload', 'submit', 'pay', 'give', 'tell', 'email', 'e-mail', 'dm', 'message', 'write', 'share', 'forward', 'ship', 'post', 'mail', 'transfer', 'inform', 'notify', 'let', 'describe', 'specify', 'confirm'])

/** A troubleshooting sequence: "…, then turn Bluetooth off and on again", "restart the router", "clear the cache". */
const TROUBLESHOOTING = /\b(?:restart|reboot|reinstall|re-install|unplug|plug\s+it|(?:turn|switch)\s+(?:[\p{L}-]+\s+)?(?:off|on)\s+(?:and|then)\s+(?:on|off)|off\s+and\s+on|on\s+and\s+off|clear\s+(?:the|your)\s+(?:cache|cookies)|log\s+(?:out|back\s+in)|factory\s+reset|power\s+cycle)\b/iu

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
        const [start, end] = context.rangeOf(node)
        const sentence = context.text.slice(start, end)
        if (SOFTENED.test(sentence) || sentence.trimEnd().endsWith('?')) return
        let range = context.rangeOf(first)
        let word = context.text.slice(...range)
        let lower = word.toLowerCase().replace(/’/g, "'")
        let rest = sentence
        if (LEADING.has(lower)) {
          // "Just send us the label": the order starts at the next word.
          const words = node.children.filter((child) => child.type === 'WordNode')
          const second = words[1]
          if (second && !context.isLiteral(second)) {
            range = context.rangeOf(second)
            word = context.text.slice(...range)
            lower = word.toLowerCase().replace(/’/g, "'")
            rest = context.text.slice(range[0], end)
          }
        }
        let blunt = IMPERATIVES.has(lower) || (lower === 'go' && GO_AND_DO.test(rest))
        // "Let us know the size you want": only "let us/me know" asks something of the customer ("Let it dry" is a step).
        if (blunt && lower === 'let' && !/^\S+\s+(?:us|me)\s+know\b/i.test(rest)) blunt = false
        // "Do not worry", "Do not hesitate to contact us", "Do take care": reassurance, as "Don't worry" is.
        if (blunt && lower === 'do' && /^\S+\s+(?:not\s+(?:worry|hesitate|panic|fret|stress)|take\s+care|enjoy|have\s+a)\b/i.test(rest)) blunt = false
        // "Update the app to version 5.2, then turn Bluetooth off and on again": a troubleshooting step, not a demand.
        if (blunt && lower === 'update' && /^\S+\s+(?:the|your)\s+(?:app|application|firmware|software|browser|phone|system|operating\s+system|os|device|driver|drivers|ios|android|router|tv|game|remote)\b/i.test(rest)) blunt = false
        if (blunt && !HANDS_OVER.has(lower) && TROUBLESHOOTING.test(sentence)) blunt = false
        // "Return shipping is free": a noun, not an order; the next word is a noun or a verb form.
        if (blunt && /^\S+\s+(?:shipping|label|labels|policy|address|costs?|window|is|are|was|were|note|notes|number|form|forms|request|requests|link|links|button|page|office|offices|code|codes|box|boxes)\b/i.test(rest)) blunt = false
        if (blunt && opensNounSubject(firstClauseWords(rest))) blunt = false
        // "Keep in mind …", "Keep an eye on your inbox", "Keep up to date": advice, not a demand.
        if (blunt && lower === 'keep' && /^\S+\s+(?:in|an|up|going|reading|calm|track|safe|warm|dry|cool|away|out|on|enjoying|shopping|smiling)\b/i.test(rest)) blunt = false
        // "Take care", "Take a look at …", "Take your time": a courtesy or a pointer, not a demand.
        if (blunt && lower === 'take' && /^\S+\s+(?:care|a\s+look|your\s+time|a\s+moment|it\s+easy|a\s+break|advantage|off|note)\b/i.test(rest)) blunt = false
        // "Hand wash only", "Sign in to your account": a care label or a navigation step, not a demand.
        if (blunt && /^(?:hand\s+(?:wash|washing|washed|made|held|luggage|crafted|sewn|painted)|sign\s+(?:in|up|out|into|language))\b/i.test(rest)) blunt = false
        // "Don't worry", "Don't hesitate to contact us": reassurance, not an order.
        if (blunt && lower === "don't" && /^\S+\s+(?:worry|hesitate|panic|fret|stress|forget\s+to\s+enjoy|miss)\b/i.test(rest)) blunt = false
        // "Share your thoughts", "Book now and save": marketing invitations are not demands on the customer.
        if (blunt && /^(?:share|book)\s+(?:your\s+(?:thoughts|feedback|experience|story|stories|photos?\s+with\s+friends)|now|today|online)\b/i.test(rest)) blunt = false
        if (!blunt) {
          // An order later in the sentence, after a fronted phrase: "…, for the refund, send the receipt".
          for (const m of sentence.matchAll(FRONTED)) {
            const fronted = m[1]!.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}'-]+/gu) ?? []
            if (fronted.some((w) => CLAUSE_SUBJECTS.has(w) || FINITE.has(w))) continue
            const verb = m[2]!.toLowerCase().replace(/’/g, "'")
            if (!IMPERATIVES.has(verb) || !AFTER_A_VERB.has(m[3]!.toLowerCase())) continue
            const at = m.index! + m[0].lastIndexOf(m[2]! + ' ', m[0].length - m[3]!.length)
            const child = node.children.find((c) => c.type === 'WordNode' && context.rangeOf(c)[0] === start + at)
            if (!child || context.isLiteral(child)) continue
            range = context.rangeOf(child)
            word = context.text.slice(...range)
            blunt = true
            break
          }
        }
        if (!blunt) return
        const polite = lower === "don't" ? 'Please do not' : `Please ${word.toLowerCase()}`
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
