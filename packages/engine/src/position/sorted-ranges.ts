/**
 * Ranges sorted by start, with the largest end seen so far beside each, so
 * "does any range overlap / contain / cover this?" takes one binary search.
 * A Markdown table of 5,000 rows masks 15,000 pipes in one unit; asking each
 * finding about every range made that file quadratic (15 s for 85 KB).
 * Ranges may overlap or nest: every answer is the same as a scan of all of them.
 */
export class SortedRanges {
  private readonly starts: number[]
  private readonly ends: number[]
  /** maxEnd[i]: the largest end among ranges 0..i. */
  private readonly maxEnd: number[]

  constructor(ranges: ReadonlyArray<readonly [number, number]>) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])
    this.starts = sorted.map((r) => r[0])
    this.ends = sorted.map((r) => r[1])
    this.maxEnd = []
    let max = -Infinity
    for (const end of this.ends) this.maxEnd.push((max = Math.max(max, end)))
  }

  get size(): number {
    return this.starts.length
  }

  /**
   * Some range shares at least one character with [start, end); for an empty
   * range (an insertion), some range holds `start` strictly inside.
   */
  overlaps(start: number, end: number): boolean {
    return this.maxEndOfStartsBelow(end) > start
  }

  /** Some single range covers all of [start, end). */
  covers(start: number, end: number): boolean {
    return this.maxEndOfStartsBelow(start + 1) >= end
  }

  /** The ranges lying wholly inside [from, to), in order. */
  within(from: number, to: number): Array<[number, number]> {
    const found: Array<[number, number]> = []
    for (let i = this.countStartsBelow(from); i < this.starts.length && this.starts[i]! <= to; i++) {
      if (this.ends[i]! <= to) found.push([this.starts[i]!, this.ends[i]!])
    }
    return found
  }

  /** The largest end among ranges starting before `offset`, or -Infinity. */
  private maxEndOfStartsBelow(offset: number): number {
    const count = this.countStartsBelow(offset)
    return count === 0 ? -Infinity : this.maxEnd[count - 1]!
  }

  /** How many ranges start before `offset`. */
  private countStartsBelow(offset: number): number {
    let low = 0
    let high = this.starts.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (this.starts[mid]! < offset) low = mid + 1
      else high = mid
    }
    return low
  }
}
