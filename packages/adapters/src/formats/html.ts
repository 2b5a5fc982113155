import { fromHtml } from 'hast-util-from-html'
import type { Element, Nodes, Root } from 'hast'
import type { Directive } from '@tactful/engine'
import { UnitBuilder } from '../unit-builder.js'
import { appendDecoded, escapeHtml } from '../decode-entities.js'
import { commentDirectives } from './html-comments.js'
import type { Draft, InnerFormat } from './inner.js'

/** Elements that start a new paragraph: sentences never run across them. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
  'button', 'option', 'select', 'textarea',
])
/** Never rendered as prose. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'code', 'kbd', 'samp', 'var'])
/** A sentence end, with closing quotes or brackets after it. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/
/** Attributes whose text a reader sees or hears. */
const TEXT_ATTRIBUTES = ['alt', 'title']

function isHidden(element: Element): boolean {
  const props = element.properties ?? {}
  if (props['hidden'] !== undefined && props['hidden'] !== false && props['hidden'] !== null) return true
  if (String(props['ariaHidden'] ?? '') === 'true') return true
  const style = String(props['style'] ?? '').toLowerCase().replace(/\s+/g, '')
  return /(^|;)(display:none|visibility:hidden|mso-hide:all|max-height:0(px)?;.*overflow:hidden)/.test(style)
}

/** Whether `text` has no words yet or ends a sentence, ignoring the blanked markup after it. Reads only the tail. */
function endsSentence(text: string): boolean {
  let end = text.length
  while (end > 0 && /\s/.test(text[end - 1]!)) end--
  return end === 0 || SENTENCE_END.test(text.slice(Math.max(0, end - 8), end))
}

/** Quoted earlier messages and signatures as Gmail, Outlook, Apple Mail and Thunderbird mark them. */
function isQuoted(element: Element): boolean {
  if (element.tagName === 'blockquote') return true
  const props = element.properties ?? {}
  const classes = Array.isArray(props['className']) ? props['className'].map(String) : []
  const id = String(props['id'] ?? '')
  return classes.some((c) => /^(gmail_quote|gmail_signature|gmail_attr|moz-cite-prefix|moz-signature|yahoo_quoted|OutlookMessageHeader)$/.test(c)) || /^(divRplyFwdMsg|Signature|appendonsend)$/.test(id)
}

/**
 * HTML e-mail: visible text (one body unit; block elements and `<br>` break
 * it); the `<title>` and each `alt`/`title` text a `subject` unit; script, style and hidden parts skipped;
 * character references decoded with offsets mapping back to the reference.
 */
export const readHtml: InnerFormat = (source, start, end, options = {}) => {
  const slice = source.slice(start, end)
  const document = /<(html|body|head)[\s>]|<!doctype/i.test(slice)
  const tree: Root = fromHtml(slice, { fragment: !document, verbose: true })
  const body = new UnitBuilder(source)
  const directives: Directive[] = []
  const titles: Draft[] = []
  /** Alt and title values: their range and the quote around them ('' when unquoted). */
  const attributeTexts: Array<[number, number, string]> = []
  const at = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }, side: 'start' | 'end') =>
    start + (node.position?.[side].offset ?? 0)

  /** End of the last text copied into the body; markup between two texts of a block is blanked and protected. */
  let cursor: number | null = null
  const gapTo = (offset: number) => {
    if (cursor === null || cursor >= offset) return
    // Alt and title values in the gap are linted on their own: leave them unprotected.
    let from = cursor
    for (const [s, e] of attributeTexts) {
      if (e <= from || s >= offset) continue
      body.blank(from, s - from).blank(s, e - s, false)
      from = e
    }
    body.blank(from, offset - from)
  }

  walk(tree, false)
  // Alt and title texts are short standalone texts like the <title>: `subject` units, so
  // rules about a whole message (greeting, sign-off) never read a logo's alt text.
  const attributeDrafts: Draft[] = attributeTexts.map(([from, to, quote]) => {
    const builder = new UnitBuilder(source)
    appendDecoded(builder, source, from, to)
    return { builder, kind: 'subject', encode: attributeEncoder(quote) }
  })
  const drafts: Draft[] = [...titles, { builder: body, kind: 'body', encode: (text) => escapeHtml(text, true) }, ...attributeDrafts]
  return { drafts, directives }

  function walk(node: Nodes, inHead: boolean): void {
    if (node.type === 'comment') {
      if (node.position) directives.push(...commentDirectives(source, at(node, 'start'), at(node, 'end')))
      return
    }
    if (node.type === 'text') {
      if (inHead || !node.position) return
      gapTo(at(node, 'start'))
      appendDecoded(body, source, at(node, 'start'), at(node, 'end'), { foldBlankLines: true })
      cursor = at(node, 'end')
      return
    }
    if (node.type === 'root') {
      for (const child of node.children) walk(child, inHead)
      return
    }
    if (node.type !== 'element') return
    const tag = node.tagName
    if (SKIPPED.has(tag) || isHidden(node) || (options.skipQuoted && isQuoted(node))) return
    const position = node.position
    if (tag === 'br' && position) {
      gapTo(at(node, 'start'))
      // A single newline does not end a sentence, and `<br>` must: after text that has not ended one, a blank line.
      const value = endsSentence(body.tail) ? '\n' : '\n\n'
      const before = body.length
      body.decoded(at(node, 'start'), at(node, 'end') - at(node, 'start'), value).protect(before, before + value.length)
      cursor = at(node, 'end')
      return
    }
    attributes(node)
    const head = inHead || tag === 'head'
    if (tag === 'title' && position) {
      // The <title> is the subject line a mail client shows: its own unit.
      const title = new UnitBuilder(source)
      for (const child of node.children) {
        if (child.type === 'text' && child.position) appendDecoded(title, source, at(child, 'start'), at(child, 'end'), { foldBlankLines: true })
      }
      titles.push({ builder: title, kind: 'subject', encode: (text) => escapeHtml(text) })
      return
    }
    const block = BLOCKS.has(tag)
    if (block && position) {
      body.paragraphBreak(at(node, 'start'))
      cursor = null
    }
    for (const child of node.children) walk(child, head)
    if (block && position) {
      body.paragraphBreak(at(node, 'end'))
      cursor = null
    }
  }

  function attributes(element: Element): void {
    const located = (element.data as { position?: { properties?: Record<string, { start: { offset?: number }; end: { offset?: number } }> } } | undefined)?.position?.properties
    if (!located) return
    for (const name of TEXT_ATTRIBUTES) {
      const where = located[name]
      if (!where || where.start.offset === undefined || where.end.offset === undefined) continue
      const attrStart = start + where.start.offset
      const attrEnd = start + where.end.offset
      const raw = source.slice(attrStart, attrEnd)
      const eq = raw.indexOf('=')
      if (eq === -1) continue
      let valueStart = attrStart + eq + 1
      while (/\s/.test(source[valueStart] ?? '')) valueStart++
      let valueEnd = attrEnd
      const quote = source[valueStart]
      if (quote === '"' || quote === "'") {
        valueStart++
        if (source[valueEnd - 1] === quote) valueEnd--
      }
      if (valueEnd <= valueStart) continue
      attributeTexts.push([valueStart, valueEnd, quote === '"' || quote === "'" ? quote : ''])
    }
  }
}

/**
 * Escapes a replacement for an attribute value by its quoting: `&quot;` in double quotes, `&#39;`
 * in single quotes. An unquoted value ends at white space or a quote, so a replacement holding
 * one cannot be written there (`alt=soon` → `alt=by [date]` would split the attribute).
 */
function attributeEncoder(quote: string): (text: string) => string | undefined {
  if (quote === "'") return (text) => escapeHtml(text).replace(/'/g, '&#39;')
  if (quote === '"') return (text) => escapeHtml(text, true)
  return (text) => (/[\s"'=<>`]/.test(text) ? undefined : escapeHtml(text))
}
