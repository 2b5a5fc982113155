import { describe, expect, it } from 'vitest'
import { SortedRanges } from './sorted-ranges.js'

type Range = [number, number]

// What each question meant before the index: a scan of every range.
const scan = {
  overlaps: (ranges: Range[], start: number, end: number) => ranges.some(([s, e]) => (start < e && s < end) || (start === end && s < start && start < e)),
  covers: (ranges: Range[], start: number, end: number) => ranges.some(([s, e]) => s <= start && end <= e),
  within: (ranges: Range[], from: number, to: number) => ranges.filter(([s, e]) => s >= from && e <= to),
}

/** A seeded generator, so a failure names ranges that can be replayed. */
function prng(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
}

describe('SortedRanges', () => {
  const ranges = new SortedRanges([[10, 15], [0, 2], [20, 20], [4, 9], [5, 6]])

  it('finds a range sharing a character, and none beside one', () => {
    expect(ranges.overlaps(14, 16)).toBe(true)
    expect(ranges.overlaps(15, 20)).toBe(false)
    expect(ranges.overlaps(2, 4)).toBe(false)
    expect(ranges.overlaps(1, 1)).toBe(true)
    // An insertion at a range's edge does not split it.
    expect(ranges.overlaps(10, 10)).toBe(false)
    expect(ranges.overlaps(15, 15)).toBe(false)
  })

  it('answers covers for a nested range from its outer one', () => {
    expect(ranges.covers(5, 9)).toBe(true)
    expect(ranges.covers(5, 10)).toBe(false)
    expect(ranges.covers(20, 20)).toBe(true)
  })

  it('lists the ranges wholly inside, in order, empty ones included', () => {
    expect(ranges.within(4, 20)).toEqual([[4, 9], [5, 6], [10, 15], [20, 20]])
    expect(ranges.within(5, 14)).toEqual([[5, 6]])
    expect(new SortedRanges([]).within(0, 100)).toEqual([])
    expect(ranges.size).toBe(5)
  })

  it('gives the same answers as a scan on random overlapping ranges', () => {
    const random = prng(9)
    const differences: unknown[] = []
    for (let round = 0; round < 200; round++) {
      const list: Range[] = []
      const count = Math.floor(random() * 12)
      for (let i = 0; i < count; i++) {
        const start = Math.floor(random() * 40)
        list.push([start, start + Math.floor(random() * 8)])
      }
      const index = new SortedRanges(list)
      for (let start = 0; start < 45; start++) {
        for (let end = start; end < start + 10; end++) {
          const within = JSON.stringify(scan.within(list, start, end).sort((a, b) => a[0] - b[0] || a[1] - b[1]))
          if (index.overlaps(start, end) !== scan.overlaps(list, start, end)) differences.push({ list, start, end, question: 'overlaps' })
          if (index.covers(start, end) !== scan.covers(list, start, end)) differences.push({ list, start, end, question: 'covers' })
          if (JSON.stringify(index.within(start, end)) !== within) differences.push({ list, start, end, question: 'within' })
        }
      }
    }
    expect(differences).toEqual([])
  })
})
