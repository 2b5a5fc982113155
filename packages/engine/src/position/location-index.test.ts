import { describe, expect, it } from 'vitest'
import { LocationIndex } from './location-index.js'

describe('LocationIndex', () => {
  it('counts \\n, \\r\\n and lone \\r as line breaks', () => {
    for (const [text, offset, line, column] of [
      ['ab\ncd\nef', 7, 3, 2],
      ['ab\r\ncd\r\nef', 9, 3, 2],
      ['ab\rcd\ref', 7, 3, 2],
      ['ab\r\ncd\nef', 8, 3, 2],
    ] as const) {
      const index = new LocationIndex(text)
      expect(index.toPoint(offset)).toEqual({ line, column, offset })
      expect(index.lineCount).toBe(3)
    }
  })

  it('clamps offsets and finds line starts', () => {
    const index = new LocationIndex('one\ntwo')
    expect(index.toPoint(99)).toEqual({ line: 2, column: 4, offset: 7 })
    expect(index.toPoint(-1)).toEqual({ line: 1, column: 1, offset: 0 })
    expect(index.lineStart(2)).toBe(4)
    expect(index.lineStart(5)).toBe(7)
  })
})
