import { defineRule } from '@tactful/engine'

/**
 * A template tag that never closes, a block without its end, or an end
 * without its block breaks the render or prints template code to the
 * customer. The adapter pairs the tags; this rule reports what it could not pair.
 */
export default defineRule({
  meta: {
    id: 'no-unbalanced-template-tags',
    description: 'Disallow template tags and blocks that are not closed or not opened',
    category: 'structure',
    languages: ['en'],
    defaultSeverity: 'error',
    fixable: false,
    appliesTo: ['template'],
    messages: {
      'unclosed-tag': '“{actual}” opens a template tag that is never closed; the customer may see template code',
      'unclosed-block': '“{actual}” opens a block that is never closed',
      'unmatched-close': '“{actual}” closes a block that was never opened (or closes the wrong one)',
      'stray-else': '“{actual}” sits outside any block',
    },
  },
  create(context) {
    return {
      'RootNode:exit'() {
        for (const tag of context.unit.templateTags ?? []) {
          if (tag.problem) context.report({ range: tag.range, messageId: tag.problem })
        }
      },
    }
  },
})
