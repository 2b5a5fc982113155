import { defineRule } from '@tactful/engine'

/** "Hi", "Dear", "Hello" and friends right before a placeholder. */
const GREETING_BEFORE = /(?:^|[^\p{L}])(hi|hello|hey|dear|hiya|greetings|good (?:morning|afternoon|evening|day)|hallo|bonjour|hola|olá|ciao)[ \t]*$/iu
/** The greeting ends after the placeholder: "Hi {{name}}," or "Hi {{name}}!". */
const CLOSE_AFTER = /^[ \t]*(?:[,!:;.]|\r?\n|$)/

/**
 * "Hi {{first_name}}," renders "Hi ," when the name is empty. The value needs a
 * default (`| default: "there"`), or the greeting a block that tests it.
 */
export default defineRule({
  meta: {
    id: 'require-placeholder-fallback',
    description: 'Require a fallback for a placeholder in a greeting',
    category: 'structure',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: false,
    appliesTo: ['template'],
    messages: {
      missing: '“{actual}” has no fallback: an empty value renders “{greeting} ,”; add a default or an if block',
    },
  },
  create(context) {
    return {
      'RootNode:exit'() {
        const text = context.text
        for (const tag of context.unit.templateTags ?? []) {
          if (tag.kind !== 'value' || tag.fallback) continue
          const before = GREETING_BEFORE.exec(text.slice(Math.max(0, tag.range[0] - 40), tag.range[0]))
          if (!before || !CLOSE_AFTER.test(text.slice(tag.range[1], tag.range[1] + 4))) continue
          context.report({ range: tag.range, messageId: 'missing', data: { greeting: before[1]! } })
        }
      },
    }
  },
})
