import type { Node, Parent, Root, Source } from 'nlcst'
import type { LanguageParser } from '../parse/parser.js'
import { splitChunks } from '../parse/split-chunks.js'
import { SortedRanges } from '../position/sorted-ranges.js'

/**
 * Parses a unit's masked text chunk by chunk (see split-chunks.ts) and yields
 * one nlcst tree per chunk, with unit offsets. A caller that walks each tree
 * and lets it go keeps memory flat on a 5 MB export. Words that cover a masked
 * placeholder become SourceNodes, so rules and the phrase matcher see "an
 * external value", never its stand-in letters.
 */
export function* parseChunks(text: string, placeholders: ReadonlyArray<[number, number]>, parser: LanguageParser): Generator<Root> {
  const masked = placeholders.length > 0 ? new SortedRanges(placeholders) : undefined
  for (const [start, end] of splitChunks(text)) {
    const tree = parser.parse(start === 0 && end === text.length ? text : text.slice(start, end))
    if (start !== 0) shift(tree, start)
    if (masked) markPlaceholders(tree, masked, text)
    yield tree
  }
}

/** The whole unit as one tree: the chunks' paragraphs under one root. */
export function parseUnit(text: string, placeholders: ReadonlyArray<[number, number]>, parser: LanguageParser): Root {
  const root: Root = { type: 'RootNode', children: [], position: { start: point(0), end: point(text.length) } }
  for (const tree of parseChunks(text, placeholders, parser)) for (const child of tree.children) root.children.push(child)
  return root
}

function point(offset: number) {
  return { line: 1, column: offset + 1, offset }
}

/**
 * Moves a chunk's offsets to unit offsets, in place. parse-english shares point
 * objects between a node and its first or last child, so each point is moved
 * once; copying them instead doubled the allocation on a long export.
 */
function shift(tree: Root, by: number): void {
  const moved = new Set<object>()
  visit(tree)

  function visit(node: Node): void {
    const position = node.position
    if (position) {
      for (const point of [position.start, position.end]) {
        if (moved.has(point)) continue
        moved.add(point)
        point.offset = (point.offset ?? 0) + by
      }
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child)
  }
}

function markPlaceholders(root: Root, masked: SortedRanges, text: string): void {
  visit(root)

  function visit(parent: Parent): void {
    parent.children.forEach((child, index) => {
      if (child.type === 'WordNode') {
        const start = child.position?.start.offset ?? 0
        const end = child.position?.end.offset ?? 0
        if (masked.overlaps(start, end)) {
          const source: Source = { type: 'SourceNode', value: text.slice(start, end), position: child.position! }
          parent.children[index] = source as never
        }
      } else if ('children' in child) visit(child as Parent)
    })
  }
}
