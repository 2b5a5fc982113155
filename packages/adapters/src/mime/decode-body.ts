import { OffsetMapBuilder, type OffsetMap } from '@tactful/engine'

export interface DecodedBody {
  text: string
  /** Maps offsets of `text` to offsets of the file. */
  map: OffsetMap
  /** True when positions inside the body are only approximate (base64): no fixes there. */
  approximate: boolean
}

function utf8(bytes: number[], charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(new Uint8Array(bytes))
  } catch {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes))
  }
}

/**
 * Decodes a quoted-printable body so every decoded character maps back to its
 * `=XX` sequence and soft line breaks map to nothing.
 */
export function decodeQuotedPrintable(source: string, start: number, end: number, charset: string): DecodedBody {
  const map = new OffsetMapBuilder()
  let text = ''
  let i = start
  let copied = start
  const flush = () => {
    if (i > copied) {
      text += source.slice(copied, i)
      map.copy(copied, i - copied)
    }
  }
  while (i < end) {
    if (source[i] !== '=') {
      i++
      continue
    }
    flush()
    const soft = /^=[ \t]*\r?\n/.exec(source.slice(i, i + 80))
    if (soft) {
      map.decoded(i, soft[0].length, 0)
      i += soft[0].length
      copied = i
      continue
    }
    // A run of =XX bytes decodes together: one UTF-8 character may take several.
    const groupStart = i
    const bytes: number[] = []
    while (i < end && source[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(source.slice(i + 1, i + 3))) {
      bytes.push(parseInt(source.slice(i + 1, i + 3), 16))
      i += 3
    }
    if (bytes.length === 0) {
      i++
      continue
    }
    const value = utf8(bytes, charset)
    text += value
    map.decoded(groupStart, i - groupStart, value.length)
    copied = i
  }
  flush()
  return { text, map: map.build(), approximate: false }
}

/** Decodes a base64 body; the whole decoded text maps onto the encoded range. */
export function decodeBase64(source: string, start: number, end: number, charset: string): DecodedBody {
  const clean = source.slice(start, end).replace(/[^A-Za-z0-9+/]/g, '')
  const binary = typeof atob === 'function' ? atob(clean.slice(0, clean.length - (clean.length % 4))) : ''
  const bytes = Array.from(binary, (c) => c.charCodeAt(0))
  const text = utf8(bytes, charset)
  return { text, map: new OffsetMapBuilder().decoded(start, end - start, text.length).build(), approximate: true }
}

/** Encodes replacement text for a quoted-printable body (UTF-8). */
export function encodeQuotedPrintable(text: string): string {
  let out = ''
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (ch === '=' || code > 126 || (code < 32 && ch !== '\t')) {
      for (const byte of new TextEncoder().encode(ch)) out += '=' + byte.toString(16).toUpperCase().padStart(2, '0')
    } else out += ch
  }
  return out
}

/** RFC 2047 encoded words in a header: `=?UTF-8?Q?Caf=C3=A9?=`. */
export function decodeEncodedWord(word: string): string | null {
  const match = /^=\?([^?]+)\?([QqBb])\?([^?]*)\?=$/.exec(word)
  if (!match) return null
  const [, charset = 'utf-8', encoding, payload = ''] = match
  if (encoding!.toUpperCase() === 'B') {
    if (typeof atob !== 'function') return null
    return utf8(Array.from(atob(payload), (c) => c.charCodeAt(0)), charset)
  }
  const bytes: number[] = []
  for (let i = 0; i < payload.length; i++) {
    const ch = payload[i]!
    if (ch === '_') bytes.push(32)
    else if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(payload.slice(i + 1, i + 3))) {
      bytes.push(parseInt(payload.slice(i + 1, i + 3), 16))
      i += 2
    } else bytes.push(ch.charCodeAt(0))
  }
  return utf8(bytes, charset)
}
