export interface Header {
  name: string
  /** Unfolded value. */
  value: string
  /** File range of the raw value (after "Name:"), folds included. */
  start: number
  end: number
}

export interface HeaderBlock {
  headers: Header[]
  /** Offset where the body starts (after the blank line), or the end of the text. */
  bodyStart: number
}

/** Reads the header block of a message or part starting at `start`. */
export function readHeaders(text: string, start: number, end: number): HeaderBlock {
  const headers: Header[] = []
  let i = start
  while (i < end) {
    const lineEnd = nextLineEnd(text, i, end)
    const line = text.slice(i, lineEnd.contentEnd)
    if (line === '') return { headers, bodyStart: lineEnd.next }
    if (/^[ \t]/.test(line) && headers.length > 0) {
      const last = headers[headers.length - 1]!
      last.value += ' ' + line.trim()
      last.end = lineEnd.contentEnd
    } else {
      const colon = line.indexOf(':')
      if (colon > 0) {
        let valueStart = i + colon + 1
        while (text[valueStart] === ' ' || text[valueStart] === '\t') valueStart++
        headers.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim(), start: valueStart, end: lineEnd.contentEnd })
      }
    }
    i = lineEnd.next
  }
  return { headers, bodyStart: end }
}

function nextLineEnd(text: string, from: number, end: number): { contentEnd: number; next: number } {
  const newline = text.indexOf('\n', from)
  if (newline === -1 || newline >= end) return { contentEnd: end, next: end }
  return { contentEnd: text[newline - 1] === '\r' ? newline - 1 : newline, next: newline + 1 }
}

export function header(block: HeaderBlock, name: string): Header | undefined {
  return block.headers.find((h) => h.name === name)
}

/** `text/html; charset="utf-8"; boundary=abc` → type and parameters. */
export function parseContentType(value: string | undefined): { type: string; params: Record<string, string> } {
  const [type = 'text/plain', ...rest] = (value ?? 'text/plain').split(';')
  const params: Record<string, string> = {}
  for (const part of rest) {
    const eq = part.indexOf('=')
    if (eq === -1) continue
    params[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1')
  }
  return { type: type.trim().toLowerCase(), params }
}
