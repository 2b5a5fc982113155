import { defineRule, type TemplateTag } from '@tactful/engine'

type Family = 'Handlebars/Mustache' | 'Liquid/Jinja' | 'merge tag'

/**
 * The template family a tag proves. A bare `{{ value }}` is valid in all of
 * Handlebars, Liquid and Jinja, so it proves nothing.
 */
function familyOf(tag: TemplateTag): Family | null {
  if (tag.syntax === 'merge-tag') return 'merge tag'
  if (tag.syntax === 'liquid' || tag.syntax === 'jinja') return 'Liquid/Jinja'
  if (tag.kind === 'value' && tag.syntax === 'mustache') return null
  return 'Handlebars/Mustache'
}

function shorten(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ')
  return flat.length > 30 ? `${flat.slice(0, 29)}…` : flat
}

/**
 * One file, one template language: `{{#if}}` next to `{% if %}` means a block
 * was pasted from another tool, and one of the two will print as text.
 */
export default defineRule({
  meta: {
    id: 'no-mixed-template-syntax',
    description: 'Disallow mixing template languages in one file',
    category: 'structure',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: false,
    appliesTo: ['template'],
    messages: {
      mixed: '“{actual}” is {family} syntax, but the file already uses {first} (“{firstTag}”); one will print as text',
    },
  },
  create(context) {
    return {
      'RootNode:exit'() {
        let first: { family: Family; tag: TemplateTag } | undefined
        const reported = new Set<Family>()
        for (const tag of context.unit.templateTags ?? []) {
          const family = familyOf(tag)
          if (!family) continue
          if (!first) first = { family, tag }
          else if (family !== first.family && !reported.has(family)) {
            reported.add(family)
            context.report({ range: tag.range, messageId: 'mixed', data: { family, first: first.family, firstTag: shorten(first.tag.raw) } })
          }
        }
      },
    }
  },
})
