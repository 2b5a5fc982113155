import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import type { UnitBuilder } from './unit-builder.js'

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g

/** The text a character reference stands for, or null when it is not one. */
export function decodeEntity(match: RegExpExecArray): string | null {
  const [, hex, dec, name] = match
  if (name) {
    const value = decodeNamedCharacterReference(name)
    if (value === false) return null
    return value === '\u00a0' ? ' ' : value
  }
  const code = parseInt(hex ?? dec ?? '', hex ? 16 : 10)
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null
  return code === 0xa0 ? ' ' : String.fromCodePoint(code)
}

export interface AppendOptions {
  /** Decode `\*`-style backslash escapes (Markdown). */
  backslashEscapes?: boolean
  /** Blank a continuation line's leading `>` markers (Markdown block quotes). */
  quotePrefixes?: boolean
  /** Fold a run of blank lines into one newline (HTML: the source layout is not the rendered one). */
  foldBlankLines?: boolean
}

/**
 * Appends `source[start, end)` to a unit, decoding character references so the
 * prose reads as rendered while every decoded character maps back to its
 * reference in the file.
 */
export function appendDecoded(builder: UnitBuilder, source: string, start: number, end: number, options: AppendOptions = {}): void {
  let copied = start
  const flush = (upTo: number) => {
    if (upTo > copied) builder.copy(copied, upTo - copied)
  }
  let i = start
  while (i < end) {
    const ch = source[i]!
    if (ch === '&') {
      ENTITY.lastIndex = i
      const match = ENTITY.exec(source)
      if (match && match.index === i && i + match[0].length <= end) {
        const value = decodeEntity(match)
        if (value !== null) {
          flush(i)
          builder.decoded(i, match[0].length, value)
          i += match[0].length
          copied = i
          continue
        }
      }
    } else if (ch === '\\' && options.backslashEscapes && i + 1 < end && /[!-/:-@[-`{-~]/.test(source[i + 1]!)) {
      flush(i)
      builder.decoded(i, 2, source[i + 1]!)
      i += 2
      copied = i
      continue
    } else if (ch === '\n' && options.quotePrefixes) {
      const prefix = /^[ \t]*(?:>[ \t]?)+/.exec(source.slice(i + 1, Math.min(end, i + 41)))
      if (prefix) {
        flush(i + 1)
        builder.blank(i + 1, prefix[0].length)
        i += 1 + prefix[0].length
        copied = i
        continue
      }
    } else if ((ch === '\n' || ch === '\r') && options.foldBlankLines) {
      const run = /^[ \t\r\n]+/.exec(source.slice(i, Math.min(end, i + 200)))![0]
      if ((run.match(/\n/g) ?? []).length >= 2) {
        flush(i)
        builder.decoded(i, run.length, '\n')
        i += run.length
        copied = i
        continue
      }
    }
    i++
  }
  flush(end)
}

/** Escapes text for HTML: a replacement must not open a tag or an entity. */
export function escapeHtml(text: string, attribute = false): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return attribute ? escaped.replace(/"/g, '&quot;') : escaped
}
