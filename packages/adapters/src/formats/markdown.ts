import { fromMarkdown, type Options as FromMarkdownOptions } from 'mdast-util-from-markdown'
import { frontmatter } from 'micromark-extension-frontmatter'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal'
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'
import type { Nodes, Parents, Root } from 'mdast'
import type { Directive, FileSettings } from '@tactful/engine'
import { UnitBuilder } from '../unit-builder.js'
import { appendDecoded } from '../decode-entities.js'
import { commentDirectives } from './html-comments.js'
import { settingsFromFrontMatter } from './front-matter.js'
import type { InnerFormat } from './inner.js'

type Syntax = { micromark: unknown; mdast: unknown }
const FRONT_MATTER: Syntax = { micromark: frontmatter(['yaml']), mdast: frontmatterFromMarkdown(['yaml']) }
const TABLE: Syntax = { micromark: gfmTable(), mdast: gfmTableFromMarkdown() }
const AUTOLINK_LITERAL: Syntax = { micromark: gfmAutolinkLiteral(), mdast: gfmAutolinkLiteralFromMarkdown() }

/** A line only a table's delimiter row can be: GFM requires a pipe in it, so `a | b` over `---` is a heading. */
const TABLE_DELIMITER_ROW = /^(?=[ \t>:-]*\|)[ \t>|:]*-[ \t>|:-]*\r?$/m

/** Parser options per combination of the extensions a text can use, built once. */
const optionsBySyntaxes = new Map<number, FromMarkdownOptions>()

/**
 * The extensions `text` can trigger, and only those: each costs on every
 * character it might start at (literal autolinks on every letter), and a
 * text without a delimiter row (`--|--`, `| :-: |`: only pipes, dashes, colons,
 * blanks and quote markers, with a pipe) has no table, whatever pipes its
 * signature holds ("Ana | Support"); one without `www.`, `http:` or `@` no literal
 * autolink, one not opening with `---` no front matter. The tree is the same.
 */
function markdownOptions(text: string): FromMarkdownOptions {
  const wanted = [
    /^\uFEFF?---/.test(text) ? FRONT_MATTER : undefined,
    TABLE_DELIMITER_ROW.test(text) ? TABLE : undefined,
    /www\.|https?:|@/i.test(text) ? AUTOLINK_LITERAL : undefined,
  ]
  const key = wanted.reduce((bits, syntax, i) => bits | (syntax ? 1 << i : 0), 0)
  let options = optionsBySyntaxes.get(key)
  if (!options) {
    const used = wanted.filter((s): s is Syntax => s !== undefined)
    // The extension packages type against their own copy of mdast-util-from-markdown; the shapes agree.
    options = { extensions: used.map((s) => s.micromark), mdastExtensions: used.map((s) => s.mdast) } as unknown as FromMarkdownOptions
    optionsBySyntaxes.set(key, options)
  }
  return options
}

/** Blocks whose inline content is prose; everything else is a container or skipped. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell'])

interface Piece {
  start: number
  end: number
  how: 'text' | 'opaque'
}

/** Deeper quotes are no prose anyone writes; micromark's time grows with the square of the depth (30,000 took 35 s). */
const MAX_QUOTE_DEPTH = 100
const QUOTE_RUN = new RegExp(`^(?: {0,3}> ?){${MAX_QUOTE_DEPTH + 1},}`, 'gm')

/** The first line whose leading `>` markers pass the limit, if any. */
function deepestQuote(text: string): { depth: number; offset: number } | undefined {
  // Most files hold a few `>` at most: counting them is cheaper than the line scan.
  let markers = 0
  for (let at = text.indexOf('>'); at !== -1 && markers <= MAX_QUOTE_DEPTH; at = text.indexOf('>', at + 1)) markers++
  if (markers <= MAX_QUOTE_DEPTH) return undefined
  QUOTE_RUN.lastIndex = 0
  const match = QUOTE_RUN.exec(text)
  return match ? { depth: match[0].split('>').length - 1, offset: match.index } : undefined
}

/**
 * A list item indented past this many columns sits about a hundred lists deep (each level indents it by two or
 * more): no one writes that, and micromark's time grows far faster than the depth (200 levels took 0.5 s, 1,000 took 140 s).
 */
const MAX_LIST_INDENT = 200
/** A list item after 51 or more blanks: at four columns a tab, the least that can pass the limit. */
const INDENTED_LIST_ITEM = /^[ \t]{51,}(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/gm

/** The first list item indented past the limit, if any: its indent in columns and its offset. */
function deepestListItem(text: string): { indent: number; offset: number } | undefined {
  for (const match of text.matchAll(INDENTED_LIST_ITEM)) {
    let indent = 0
    for (const blank of match[0]) {
      if (blank === ' ') indent++
      else if (blank === '\t') indent += 4 - (indent % 4)
      else break
    }
    if (indent > MAX_LIST_INDENT) return { indent, offset: match.index }
  }
  return undefined
}

/**
 * Markdown: one body unit of the prose blocks, a paragraph break between
 * blocks; markup is blanked; code, inline code and URLs are opaque; HTML
 * comments carry directives; front matter is skipped and may carry settings.
 */
export const readMarkdown: InnerFormat = (source, start, end) => {
  const slice = source.slice(start, end)
  const tooDeep = deepestQuote(slice)
  if (tooDeep) {
    return { drafts: [], directives: [], error: { message: `blockquotes nested ${tooDeep.depth} deep; at most ${MAX_QUOTE_DEPTH} are read`, offset: start + tooDeep.offset } }
  }
  const tooIndented = deepestListItem(slice)
  if (tooIndented) {
    return { drafts: [], directives: [], error: { message: `a list item indented ${tooIndented.indent} columns (lists nested about ${Math.floor(tooIndented.indent / 2)} deep); at most ${MAX_LIST_INDENT} columns are read`, offset: start + tooIndented.offset } }
  }
  const tree: Root = fromMarkdown(slice, markdownOptions(slice))
  const builder = new UnitBuilder(source)
  const directives: Directive[] = []
  let settings: FileSettings | undefined
  let error: { message: string; offset?: number } | undefined
  const at = (node: Nodes, side: 'start' | 'end') => start + (node.position?.[side].offset ?? 0)

  visit(tree)
  const result: ReturnType<InnerFormat> = { drafts: [{ builder, kind: 'body' }], directives }
  if (settings) result.settings = settings
  if (error) result.error = error
  return result

  function visit(node: Nodes): void {
    if (node.type === 'yaml') {
      const parsed = settingsFromFrontMatter(node.value)
      // The YAML starts on the line after the opening `---`.
      const valueStart = source.indexOf('\n', at(node, 'start')) + 1
      if ('error' in parsed) error = { message: parsed.error, offset: valueStart + (parsed.offset ?? 0) }
      else settings = parsed
      return
    }
    if (node.type === 'html') {
      directives.push(...commentDirectives(source, at(node, 'start'), at(node, 'end')))
      return
    }
    if (node.type === 'code' || node.type === 'definition' || node.type === 'thematicBreak') return
    if (PROSE_BLOCKS.has(node.type)) return prose(node as Parents)
    if ('children' in node) for (const child of node.children) visit(child)
  }

  function prose(block: Parents): void {
    const pieces: Piece[] = []
    collect(block, pieces)
    const blockStart = at(block, 'start')
    const blockEnd = at(block, 'end')
    builder.paragraphBreak(blockStart)
    let cursor = blockStart
    for (const piece of pieces) {
      if (piece.start < cursor) continue
      builder.blank(cursor, piece.start - cursor)
      if (piece.how === 'opaque') opaque(piece.start, piece.end)
      else appendDecoded(builder, source, piece.start, piece.end, { backslashEscapes: true, quotePrefixes: true })
      cursor = piece.end
    }
    builder.blank(cursor, blockEnd - cursor)
  }

  /** Code and URLs: kept as one word that is never flagged. */
  function opaque(from: number, to: number): void {
    const before = builder.length
    builder.copy(from, to - from)
    builder.protect(before, builder.length)
  }

  function collect(node: Nodes, pieces: Piece[]): void {
    if (node.type === 'text') pieces.push({ start: at(node, 'start'), end: at(node, 'end'), how: 'text' })
    else if (node.type === 'inlineCode') pieces.push({ start: at(node, 'start'), end: at(node, 'end'), how: 'opaque' })
    else if (node.type === 'link' && isBareUrl(node)) pieces.push({ start: at(node, 'start'), end: at(node, 'end'), how: 'opaque' })
    else if (node.type === 'html' && /^<(insert|enter|add)\b[^>]*>$/i.test(node.value)) {
      // "<insert name>" is a forgotten placeholder, not markup: keep it visible to the rules.
      pieces.push({ start: at(node, 'start'), end: at(node, 'end'), how: 'text' })
    } else if (node.type === 'html') directives.push(...commentDirectives(source, at(node, 'start'), at(node, 'end')))
    else if (node.type === 'image' || node.type === 'imageReference' || node.type === 'break') return
    else if ('children' in node) for (const child of node.children) collect(child, pieces)
  }
}

/** An autolink (`<https://…>`, a bare URL or e-mail address): its text is the address. */
function isBareUrl(node: Extract<Nodes, { type: 'link' }>): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (!only || only.type !== 'text') return false
  return node.url === only.value || node.url === `mailto:${only.value}` || node.url === `http://${only.value}`
}
