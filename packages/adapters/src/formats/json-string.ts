import type { UnitBuilder } from '../unit-builder.js'

const SIMPLE: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }

/** Appends the content of a JSON string literal (`start` after the opening quote, `end` at the closing one), decoding escapes. */
export function appendJsonString(builder: UnitBuilder, source: string, start: number, end: number): void {
  let copied = start
  let i = start
  while (i < end) {
    if (source[i] !== '\\') {
      i++
      continue
    }
    if (i > copied) builder.copy(copied, i - copied)
    const next = source[i + 1] ?? ''
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
      builder.decoded(i, 6, String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)))
      i += 6
    } else {
      builder.decoded(i, 2, SIMPLE[next] ?? next)
      i += 2
    }
    copied = i
  }
  if (end > copied) builder.copy(copied, end - copied)
}

/** Escapes replacement text for the inside of a JSON string. */
export function escapeJson(text: string): string {
  return JSON.stringify(text).slice(1, -1)
}
