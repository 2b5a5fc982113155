/**
 * retext-english's cost grows faster than linearly with the length of one
 * text, so a unit is parsed in chunks: paragraphs (blank lines), then lines,
 * then sentence ends for very long lines. Chunk edges are always places where
 * a paragraph or sentence could end anyway.
 */
export const MAX_CHUNK = 4000

export function splitChunks(text: string): Array<[number, number]> {
  if (text.length <= MAX_CHUNK) return [[0, text.length]]
  const chunks: Array<[number, number]> = []
  const paragraphBreak = /\r?\n[ \t]*\r?\n/g
  // Paragraphs are gathered up to MAX_CHUNK: each parse has a fixed cost too.
  let start = 0
  let lastBreak = 0
  for (const match of text.matchAll(paragraphBreak)) {
    const end = match.index! + match[0].length
    if (end - start > MAX_CHUNK && lastBreak > start) {
      pushBounded(chunks, text, start, lastBreak)
      start = lastBreak
    }
    lastBreak = end
  }
  if (text.length - start > MAX_CHUNK && lastBreak > start) {
    pushBounded(chunks, text, start, lastBreak)
    start = lastBreak
  }
  pushBounded(chunks, text, start, text.length)
  return chunks
}

function pushBounded(chunks: Array<[number, number]>, text: string, start: number, end: number): void {
  while (end - start > MAX_CHUNK) {
    const cut = findCut(text, start, start + MAX_CHUNK)
    chunks.push([start, cut])
    start = cut
  }
  if (end > start) chunks.push([start, end])
}

/** The last line break, else sentence end, else space before `limit`; else `limit` itself. */
function findCut(text: string, start: number, limit: number): number {
  const window = text.slice(start, limit)
  const newline = window.lastIndexOf('\n')
  if (newline > 0) return start + newline + 1
  const sentence = /[.!?]["”’)]*\s+(?=[^\s])/g
  let cut = -1
  for (const m of window.matchAll(sentence)) cut = m.index! + m[0].length
  if (cut > 0) return start + cut
  const space = window.lastIndexOf(' ')
  return space > 0 ? start + space + 1 : limit
}
