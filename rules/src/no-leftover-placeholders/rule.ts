import { defineRule } from '@tactful/engine'

/** Words inside brackets that show a writer's placeholder: "[CUSTOMER NAME]", "[insert date]". */
const BRACKET_WORDS = /\b(name|number|date|time|here|insert|enter|add|customer|client|agent|company|address|amount|product|order|tracking|link|email|phone|first|last|x+)\b/i

/** One kind of leftover per pattern; every pattern is case-sensitive where case tells it apart from prose. */
const LEFTOVERS: ReadonlyArray<{ pattern: RegExp; accept?: (match: RegExpExecArray) => boolean }> = [
  // [CUSTOMER NAME], [Order Number], [insert date]
  // A bracketed tag such as "[LIVE]" or "[EXTERNAL]" is not one: the words tell.
  { pattern: /\[([A-Za-z][A-Za-z0-9 _./-]{0,38})\]/g, accept: (m) => BRACKET_WORDS.test(m[1]!) },
  // <insert name>, <enter tracking link>
  { pattern: /<(?:insert|enter|add)\b[^<>\n]{0,40}>/gi },
  // XXX, XXXX: a stand-in for a number or a name. Lowercase x-runs are masked placeholders.
  { pattern: /(?<![\p{L}\p{N}])X{3,}(?![\p{L}\p{N}])/gu },
  // TODO, FIXME, TBC notes left for a colleague.
  { pattern: /(?<![\p{L}\p{N}])(?:TODO|FIXME|TBC)(?![\p{L}\p{N}])/gu },
  // Lorem ipsum filler.
  { pattern: /\blorem ipsum\b/gi },
]

/**
 * A reply that still holds "[CUSTOMER NAME]", "XXX" or "TODO" was sent before it
 * was finished. Template placeholders are masked by the adapter and never match.
 */
export default defineRule({
  meta: {
    id: 'no-leftover-placeholders',
    description: 'Disallow placeholders and notes left in text meant for the customer',
    category: 'structure',
    languages: ['en'],
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      leftover: '“{actual}” looks like a placeholder or note that was never filled in',
    },
  },
  create(context) {
    return {
      'RootNode:exit'() {
        const text = context.text
        const reported: Array<[number, number]> = []
        for (const { pattern, accept } of LEFTOVERS) {
          pattern.lastIndex = 0
          let match: RegExpExecArray | null
          while ((match = pattern.exec(text))) {
            const range: [number, number] = [match.index, match.index + match[0].length]
            if (accept && !accept(match)) continue
            if (reported.some(([s, e]) => s < range[1] && range[0] < e)) continue
            // "the word 'TODO'" is quoted on purpose.
            if (context.isLiteral(range)) continue
            reported.push(range)
            context.report({ range, messageId: 'leftover' })
          }
        }
      },
    }
  },
})
