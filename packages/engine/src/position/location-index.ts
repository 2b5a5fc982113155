import type { Point } from '../types/message.js'

/** Turns offsets of one text into 1-based line and column, counting \r\n, \n and \r as breaks. */
export class LocationIndex {
  private readonly lineStarts: number[]

  constructor(private readonly text: string) {
    const starts = [0]
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 10) starts.push(i + 1)
      else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        starts.push(i + 1)
      }
    }
    this.lineStarts = starts
  }

  toPoint(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.lineStarts[mid]! <= clamped) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1, offset: clamped }
  }

  /** Offset where a 1-based line starts, or the text length past the end. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length
  }

  get lineCount(): number {
    return this.lineStarts.length
  }
}
