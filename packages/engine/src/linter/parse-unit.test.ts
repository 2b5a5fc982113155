import { describe, expect, it } from 'vitest'
import type { Node, Parent } from 'nlcst'
import { englishParser } from '../parse/english.js'
import { MAX_CHUNK } from '../parse/split-chunks.js'
import { parseUnit } from './parse-unit.js'

/** Every node's [start, end) offsets, depth first, with the text they cover. */
function spans(node: Node, text: string, out: string[] = []): string[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  out.push(`${node.type} ${start}-${end} ${JSON.stringify(text.slice(start, end))}`)
  if ('children' in node) for (const child of (node as Parent).children) spans(child, text, out)
  return out
}

describe('parseUnit', () => {
  it('gives a chunked unit the offsets of the unit, each node once', () => {
    const paragraph = 'We will refund you by 14 March. Thank you for waiting, “Ana”!'
    const text = Array.from({ length: Math.ceil((MAX_CHUNK * 3) / paragraph.length) }, (_, i) => `${i}. ${paragraph}`).join('\n\n')
    const root = parseUnit(text, [], englishParser)
    const words = spans(root, text).filter((line) => line.startsWith('WordNode'))
    expect(root.children.length).toBeGreaterThan(3 * 3)
    // A point moved twice would put a word past its own text.
    expect(words.every((line) => /"(?:\d+\.?|We|will|refund|you|by|14|March|Thank|for|waiting|Ana)"$/.test(line))).toBe(true)
    const last = root.children.at(-1)!
    expect(text.slice(last.position!.start.offset, last.position!.end.offset)).toBe(`${Math.ceil((MAX_CHUNK * 3) / paragraph.length) - 1}. ${paragraph}`)
  })
})
