import { parseDirective, type Directive } from '@tactful/engine'
import type { ScannedTag } from './tag.js'

/** Directives written as template comments: `{{!-- tactful-disable --}}`, `{# … #}`, `{% comment %}`. */
export function tagDirectives(tags: readonly ScannedTag[]): Directive[] {
  const directives: Directive[] = []
  for (const tag of tags) {
    if (tag.kind !== 'comment' || tag.comment === undefined) continue
    const directive = parseDirective(tag.comment, [tag.start, tag.end])
    if (directive) directives.push(directive)
  }
  return directives
}
