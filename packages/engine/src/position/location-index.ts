import type { Point } from '../types/message.js'

/** Turns offsets of one text into 1-based line and column, counting \r\n, \n and \r as breaks. */
export class LocationIndex {
  private starts: number[] | undefined

  constructor(private readonly text: string) {}

  /** Line starts, found on first use: a file without problems never needs them. */
  private get lineStarts(): number[] {
    if (this.starts) return this.starts
    const { text } = this
    const starts = [0]
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i)
        if (code === 10) starts.push(i + 1)
        else if (code === 13) {
          if (text.charCodeAt(i + 1) === 10) i++
          starts.push(i + 1)
        }
      }
    }
    return (this.starts = starts)
  }

  toPoint(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    const starts = this.lineStarts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= clamped) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: clamped - starts[low]! + 1, offset: clamped }
  }

  /** Offset where a 1-based line starts, or the text length past the end. */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length
  }

  get lineCount(): number {
    return this.lineStarts.length
  }
}
