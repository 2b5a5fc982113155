import type { Node, Parent, Root, Source } from 'nlcst'
import type { LanguageParser } from '../parse/parser.js'
import { splitChunks } from '../parse/split-chunks.js'

/**
 * Parses a unit's masked text into one nlcst tree whose offsets are unit
 * offsets. Words that cover a masked placeholder become SourceNodes, so rules
 * and the phrase matcher see "an external value", never its stand-in letters.
 */
export function parseUnit(text: string, placeholders: ReadonlyArray<[number, number]>, parser: LanguageParser): Root {
  const root: Root = { type: 'RootNode', children: [], position: { start: point(0), end: point(text.length) } }
  for (const [start, end] of splitChunks(text)) {
    const tree = parser.parse(text.slice(start, end))
    if (start !== 0) shift(tree, start)
    root.children.push(...tree.children)
  }
  if (placeholders.length > 0) markPlaceholders(root, placeholders, text)
  return root
}

function point(offset: number) {
  return { line: 1, column: offset + 1, offset }
}

function shift(node: Node, by: number): void {
  const position = node.position
  if (position) {
    // parse-english shares point objects between a node and its children: replace, never mutate.
    node.position = {
      start: { ...position.start, offset: (position.start.offset ?? 0) + by },
      end: { ...position.end, offset: (position.end.offset ?? 0) + by },
    }
  }
  if ('children' in node) for (const child of (node as Parent).children) shift(child, by)
}

function markPlaceholders(root: Root, placeholders: ReadonlyArray<[number, number]>, text: string): void {
  const sorted = [...placeholders].sort((a, b) => a[0] - b[0])
  visit(root)

  function overlaps(start: number, end: number): boolean {
    let low = 0
    let high = sorted.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const [s, e] = sorted[mid]!
      if (e <= start) low = mid + 1
      else if (s >= end) high = mid - 1
      else return true
    }
    return false
  }

  function visit(parent: Parent): void {
    parent.children.forEach((child, index) => {
      if (child.type === 'WordNode') {
        const start = child.position?.start.offset ?? 0
        const end = child.position?.end.offset ?? 0
        if (overlaps(start, end)) {
          const source: Source = { type: 'SourceNode', value: text.slice(start, end), position: child.position! }
          parent.children[index] = source as never
        }
      } else if ('children' in child) visit(child as Parent)
    })
  }
}
