import { describe, expect, it } from 'vitest'
import { MAX_CHUNK, splitChunks } from './split-chunks.js'

function covers(text: string, chunks: Array<[number, number]>): boolean {
  return chunks.every(([s, e], i) => e > s && s === (i === 0 ? 0 : chunks[i - 1]![1])) && chunks[chunks.length - 1]![1] === text.length
}

describe('splitChunks', () => {
  it('keeps a short text whole', () => {
    expect(splitChunks('Hello.\n\nThanks.')).toEqual([[0, 15]])
  })

  it('gathers paragraphs up to the limit and cuts only after a blank line', () => {
    const paragraph = 'Your parcel ships on 3 March. '.repeat(20).trim() // 599 characters
    const text = Array.from({ length: 40 }, () => paragraph).join('\n\n')
    const chunks = splitChunks(text)
    expect(covers(text, chunks)).toBe(true)
    // 601 characters per paragraph with its break: six fit under 4,000.
    expect(chunks).toHaveLength(7)
    for (const [s, e] of chunks) {
      expect(e - s).toBeLessThanOrEqual(MAX_CHUNK)
      if (e < text.length) expect(text.slice(e - 2, e)).toBe('\n\n')
    }
  })

  it('cuts one long paragraph at line ends, then sentence ends', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `Line ${i} of the export.`).join('\n')
    const sentences = 'We refund within 14 days. '.repeat(400)
    for (const text of [lines, sentences]) {
      const chunks = splitChunks(text)
      expect(covers(text, chunks)).toBe(true)
      expect(chunks.length).toBeGreaterThan(1)
      for (const [s, e] of chunks) expect(e - s).toBeLessThanOrEqual(MAX_CHUNK)
      for (const [, e] of chunks.slice(0, -1)) expect(/[\n ]$/.test(text.slice(0, e))).toBe(true)
    }
  })
})
