import type { ScannedTag, TemplateSyntax } from './tag.js'

const LIQUID_OPEN = new Set(['if', 'unless', 'for', 'case', 'capture', 'tablerow', 'with', 'block', 'macro', 'call', 'filter', 'raw', 'comment', 'set-block'])
const LIQUID_ELSE = new Set(['else', 'elsif', 'elif', 'when'])
/** Values followed by one of these render something even when the variable is empty. */
const FALLBACK = /\|\s*(default|d)\b|\bdefault\b|\bor\s+["'\w]|\?\?|\|\|/

function identifier(text: string): string {
  return /^[\s~-]*([#^/>&]?)\s*([\w.$@-]*)/.exec(text)?.[2] ?? ''
}

/**
 * Finds the template tags of a text: Handlebars/Mustache `{{ }}`, Liquid and
 * Jinja `{% %}` and `{# #}`, and e-mail merge tags `*|NAME|*`. It never throws;
 * a tag that is opened but not closed comes back with a problem.
 */
export function scanTags(text: string): ScannedTag[] {
  const tags: ScannedTag[] = []
  const opener = /\{\{|\{%|\{#|\*\|/g
  let match: RegExpExecArray | null
  while ((match = opener.exec(text))) {
    const start = match.index
    const token = match[0]
    const tag = token === '{{' ? mustacheTag(text, start) : token === '{%' ? liquidTag(text, start) : token === '{#' ? jinjaComment(text, start) : mergeTag(text, start)
    if (!tag) continue
    tags.push(tag)
    opener.lastIndex = tag.end
  }
  return tags
}

/**
 * Where a tag closes: the first closer outside a string literal, so `{{ default "a}}b" }}` is one tag.
 * A quote left open before the line ends is an apostrophe, not a string: then the first closer counts.
 */
function closeOutsideStrings(text: string, from: number, closer: string): number {
  let quote = ''
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!
    if (quote) {
      if (ch === quote) quote = ''
      else if (ch === '\n') break
      continue
    }
    if (ch === '"' || ch === "'") quote = ch
    else if (text.startsWith(closer, i)) return i
  }
  return text.indexOf(closer, from)
}

function unclosed(text: string, start: number, syntax: TemplateSyntax, length = 2): ScannedTag {
  return { start, end: start + length, raw: text.slice(start, start + length), kind: 'control', syntax, name: '', problem: 'unclosed-tag' }
}

function mustacheTag(text: string, start: number): ScannedTag | null {
  if (text.startsWith('{{!--', start)) {
    const close = text.indexOf('--}}', start + 5)
    if (close === -1) return unclosed(text, start, 'handlebars', 5)
    return { start, end: close + 4, raw: text.slice(start, close + 4), kind: 'comment', syntax: 'handlebars', name: '', comment: text.slice(start + 5, close) }
  }
  const triple = text.startsWith('{{{', start)
  const closer = triple ? '}}}' : '}}'
  const close = closeOutsideStrings(text, start + closer.length, closer)
  const nextOpen = text.indexOf('{{', start + 2 + (triple ? 1 : 0))
  if (close === -1 || (nextOpen !== -1 && nextOpen < close && !text.slice(start, close).includes('"'))) return unclosed(text, start, 'mustache', triple ? 3 : 2)
  const end = close + closer.length
  const raw = text.slice(start, end)
  const inner = text.slice(start + closer.length, close).replace(/^~|~$/g, '')
  const sigil = inner.trimStart()[0]
  if (triple) return { start, end, raw, kind: 'value', syntax: 'handlebars', name: identifier(inner), ...fallbackOf(inner) }
  if (sigil === '!') return { start, end, raw, kind: 'comment', syntax: 'mustache', name: '', comment: inner.trimStart().slice(1) }
  if (sigil === '#') return { start, end, raw, kind: 'open', syntax: /^\s*#\s*(if|unless|each|with)\b/.test(inner) ? 'handlebars' : 'mustache', name: identifier(inner) }
  if (sigil === '^') {
    const name = identifier(inner)
    return { start, end, raw, kind: name ? 'open' : 'else', syntax: 'mustache', name: name || 'else' }
  }
  if (sigil === '/') return { start, end, raw, kind: 'close', syntax: 'mustache', name: identifier(inner) }
  if (sigil === '>') return { start, end, raw, kind: 'control', syntax: 'mustache', name: identifier(inner) }
  if (/^\s*else\b/.test(inner)) return { start, end, raw, kind: 'else', syntax: 'handlebars', name: 'else' }
  return { start, end, raw, kind: 'value', syntax: 'mustache', name: identifier(inner), ...fallbackOf(inner) }
}

function fallbackOf(inner: string): { fallback?: boolean } {
  return FALLBACK.test(inner) ? { fallback: true } : {}
}

function liquidTag(text: string, start: number): ScannedTag | null {
  const close = closeOutsideStrings(text, start + 2, '%}')
  if (close === -1) return unclosed(text, start, 'liquid')
  const end = close + 2
  const raw = text.slice(start, end)
  const inner = text.slice(start + 2, close).replace(/^-|-$/g, '')
  // Liquid's inline comment (Liquid 5.4): `{% # tactful-disable-next-line %}`.
  const hash = /^\s*#/.exec(inner)
  if (hash) return { start, end, raw, kind: 'comment', syntax: 'liquid', name: '', comment: inner.slice(hash[0].length) }
  const keyword = /^\s*(\w+)/.exec(inner)?.[1] ?? ''
  if (keyword === 'comment') {
    // Liquid comment block: everything up to {% endcomment %} is one comment tag.
    const endTag = /\{%-?\s*endcomment\s*-?%\}/g
    endTag.lastIndex = end
    const found = endTag.exec(text)
    if (!found) return { start, end, raw, kind: 'open', syntax: 'liquid', name: 'comment', problem: 'unclosed-block' }
    const stop = found.index + found[0].length
    return { start, end: stop, raw: text.slice(start, stop), kind: 'comment', syntax: 'liquid', name: '', comment: text.slice(end, found.index) }
  }
  const syntax: TemplateSyntax = keyword === 'elif' || keyword === 'set' || keyword === 'macro' || keyword === 'extends' ? 'jinja' : keyword === 'elsif' || keyword === 'assign' || keyword === 'unless' || keyword === 'capture' ? 'liquid' : 'liquid'
  if (LIQUID_OPEN.has(keyword)) return { start, end, raw, kind: 'open', syntax, name: keyword }
  if (LIQUID_ELSE.has(keyword)) return { start, end, raw, kind: 'else', syntax, name: keyword }
  if (keyword.startsWith('end')) return { start, end, raw, kind: 'close', syntax, name: keyword.slice(3) }
  return { start, end, raw, kind: 'control', syntax, name: keyword }
}

function jinjaComment(text: string, start: number): ScannedTag | null {
  const close = text.indexOf('#}', start + 2)
  // "{#" is common in prose and CSS ("{#id"); only a closed one is a comment.
  if (close === -1) return null
  const end = close + 2
  return { start, end, raw: text.slice(start, end), kind: 'comment', syntax: 'jinja', name: '', comment: text.slice(start + 2, close).replace(/^-|-$/g, '') }
}

function mergeTag(text: string, start: number): ScannedTag | null {
  const match = /^\*\|([A-Z0-9_:]+)\|\*/.exec(text.slice(start, start + 80))
  if (!match) return null
  return { start, end: start + match[0].length, raw: match[0], kind: 'value', syntax: 'merge-tag', name: match[1]! }
}
