import { OffsetMapBuilder, type LintUnit, type UnitKind } from '@tactful/engine'

interface CopiedSpan {
  unitStart: number
  fileStart: number
  length: number
}

/**
 * Builds one unit from pieces of a (masked) file text while tracking where each
 * piece came from, so file ranges (placeholders) can be turned into unit ranges.
 */
export class UnitBuilder {
  private readonly map = new OffsetMapBuilder()
  private readonly spans: CopiedSpan[] = []
  private readonly own: Array<[number, number]> = []
  private text = ''
  // The end of the text, kept as it grows: reading characters of a string built with += makes V8
  // flatten it each time, so a check at every block of a large file would be quadratic.
  private end = ''
  private trailingNewlines = 0

  constructor(private readonly source: string) {}

  /** The last characters of the text (at most 256), for checks of how it ends. */
  get tail(): string {
    return this.end
  }

  private append(value: string): void {
    this.text += value
    this.end = (this.end + value).slice(-256)
    let i = value.length - 1
    let newlines = 0
    for (; i >= 0; i--) {
      const ch = value[i]
      if (ch === '\n') newlines++
      else if (ch !== ' ' && ch !== '\t') break
    }
    this.trailingNewlines = i < 0 ? this.trailingNewlines + newlines : newlines
  }

  get length(): number {
    return this.text.length
  }

  /** Copies `source[fileStart, fileStart + length)` verbatim. */
  copy(fileStart: number, length: number): this {
    if (length <= 0) return this
    this.spans.push({ unitStart: this.text.length, fileStart, length })
    this.append(this.source.slice(fileStart, fileStart + length))
    this.map.copy(fileStart, length)
    return this
  }

  /** Copies a range but shows it as spaces (newlines kept): markup that must not join the prose. */
  blank(fileStart: number, length: number, placeholder = true): this {
    if (length <= 0) return this
    const start = this.text.length
    this.spans.push({ unitStart: start, fileStart, length })
    this.append(this.source.slice(fileStart, fileStart + length).replace(/[^\r\n]/g, ' '))
    this.map.copy(fileStart, length)
    if (placeholder) this.own.push([start, start + length])
    return this
  }

  /** Text decoded from `fileLength` characters of the file (an entity, an escape). */
  decoded(fileStart: number, fileLength: number, value: string): this {
    if (value.length === fileLength) {
      this.spans.push({ unitStart: this.text.length, fileStart, length: fileLength })
    }
    this.append(value)
    this.map.decoded(fileStart, fileLength, value.length)
    return this
  }

  /** Text that is not in the file at all (a paragraph break between two table cells). */
  insert(value: string, at: number): this {
    if (!value) return this
    this.append(value)
    this.map.decoded(at, 0, value.length)
    return this
  }

  /** Ends with a paragraph break unless the text is empty or already ends with one. */
  paragraphBreak(at: number): this {
    if (this.text.length === 0 || this.trailingNewlines >= 2) return this
    return this.insert(this.end.endsWith('\n') ? '\n' : '\n\n', at)
  }

  /** Marks a unit range as masked (never flagged, never changed). */
  protect(start: number, end: number): this {
    if (end > start) this.own.push([start, end])
    return this
  }

  build(kind: UnitKind, filePlaceholders: ReadonlyArray<[number, number]> = [], extra: Partial<LintUnit> = {}): LintUnit {
    const placeholders: Array<[number, number]> = [...this.own]
    for (const [fs, fe] of filePlaceholders) {
      for (const span of this.spans) {
        const s = Math.max(fs, span.fileStart)
        const e = Math.min(fe, span.fileStart + span.length)
        if (s < e) placeholders.push([span.unitStart + (s - span.fileStart), span.unitStart + (e - span.fileStart)])
      }
    }
    placeholders.sort((a, b) => a[0] - b[0] || a[1] - b[1])
    return { text: this.text, kind, offsetMap: this.map.build(), placeholders: mergeRanges(placeholders), ...extra }
  }
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}
