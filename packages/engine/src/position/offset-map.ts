/**
 * Maps offsets in a unit's text to offsets in the original file. The unit text
 * is built from segments; inside a segment offsets move together. A segment
 * whose source is longer than its text (a decoded HTML entity) maps every
 * inner offset to the source start and its end to the source end.
 */
export interface OffsetSegment {
  unitStart: number
  fileStart: number
  /** Length in the unit text. */
  length: number
  /** Length in the file; equals `length` unless the segment was decoded. */
  fileLength: number
}

export class OffsetMap {
  private readonly segments: OffsetSegment[]

  constructor(segments: OffsetSegment[]) {
    this.segments = segments
  }

  /** A unit that is a verbatim slice of the file starting at `fileStart`. */
  static identity(fileStart: number, length: number): OffsetMap {
    return new OffsetMap([{ unitStart: 0, fileStart, length, fileLength: length }])
  }

  /** Maps a unit offset. `side` says whether it opens or closes a range, which matters at segment seams. */
  toFile(unitOffset: number, side: 'start' | 'end' = 'start'): number {
    const segments = this.segments
    if (segments.length === 0) return unitOffset
    let low = 0
    let high = segments.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      const seg = segments[mid]!
      const begins = side === 'end' ? seg.unitStart < unitOffset : seg.unitStart <= unitOffset
      if (begins) low = mid
      else high = mid - 1
    }
    const seg = segments[low]!
    const inner = unitOffset - seg.unitStart
    if (seg.length === seg.fileLength) return seg.fileStart + Math.min(Math.max(inner, 0), seg.length)
    // Decoded segment: only its edges are addressable.
    if (inner <= 0) return seg.fileStart
    if (inner >= seg.length) return seg.fileStart + seg.fileLength
    return side === 'end' ? seg.fileStart + seg.fileLength : seg.fileStart
  }

  /**
   * Whether the unit range has its own text in the file: not when an end falls strictly inside a decoded
   * segment, whose inner offsets collapse onto its edges (a base64 e-mail body is one such segment).
   */
  isExact(unitStart: number, unitEnd: number): boolean {
    return !this.insideDecoded(unitStart) && !this.insideDecoded(unitEnd)
  }

  /** Whether the offset falls strictly inside a decoded segment; a binary search, as a unit may hold thousands. */
  private insideDecoded(unitOffset: number): boolean {
    const segments = this.segments
    let low = 0
    let high = segments.length - 1
    while (low <= high) {
      const mid = (low + high) >> 1
      const seg = segments[mid]!
      if (unitOffset <= seg.unitStart) high = mid - 1
      else if (unitOffset >= seg.unitStart + seg.length) low = mid + 1
      else return seg.length !== seg.fileLength
    }
    return false
  }

  get parts(): readonly OffsetSegment[] {
    return this.segments
  }
}

/** Builds an OffsetMap by appending pieces in unit order. */
export class OffsetMapBuilder {
  private readonly segments: OffsetSegment[] = []
  private unitLength = 0

  /** Text copied verbatim from the file. */
  copy(fileStart: number, length: number): this {
    if (length <= 0) return this
    const last = this.segments[this.segments.length - 1]
    if (
      last &&
      last.length === last.fileLength &&
      last.unitStart + last.length === this.unitLength &&
      last.fileStart + last.fileLength === fileStart
    ) {
      last.length += length
      last.fileLength += length
    } else {
      this.segments.push({ unitStart: this.unitLength, fileStart, length, fileLength: length })
    }
    this.unitLength += length
    return this
  }

  /** Unit text of `length` that stands for `fileLength` characters of the file (a decoded entity). */
  decoded(fileStart: number, fileLength: number, length: number): this {
    if (length === fileLength) return this.copy(fileStart, length)
    this.segments.push({ unitStart: this.unitLength, fileStart, length, fileLength })
    this.unitLength += length
    return this
  }

  get length(): number {
    return this.unitLength
  }

  build(): OffsetMap {
    return new OffsetMap(this.segments.map((s) => ({ ...s })))
  }
}
