import { parseDirective, type Directive } from '@tactful/engine'

/** Directives in the HTML comments of `source[start, end)`: `<!-- tactful-disable-next-line -->`. */
export function commentDirectives(source: string, start: number, end: number): Directive[] {
  const directives: Directive[] = []
  const comment = /<!--([\s\S]*?)-->/g
  const slice = source.slice(start, end)
  let match: RegExpExecArray | null
  while ((match = comment.exec(slice))) {
    const directive = parseDirective(match[1]!, [start + match.index, start + match.index + match[0].length])
    if (directive) directives.push(directive)
  }
  return directives
}
