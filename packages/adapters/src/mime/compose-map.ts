import { OffsetMapBuilder, type OffsetMap } from '@tactful/engine'

/**
 * Chains two offset maps: `inner` maps unit offsets to a decoded body,
 * `outer` maps the decoded body to the file. Verbatim stretches stay exact;
 * anything decoded on either side maps to the edges of its source.
 */
export function composeMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  const builder = new OffsetMapBuilder()
  for (const seg of inner.parts) {
    if (seg.length !== seg.fileLength) {
      const from = outer.toFile(seg.fileStart, 'start')
      const to = outer.toFile(seg.fileStart + seg.fileLength, 'end')
      builder.decoded(from, Math.max(0, to - from), seg.length)
      continue
    }
    let done = 0
    while (done < seg.length) {
      const at = seg.fileStart + done
      const piece = outer.parts.find((p) => p.unitStart <= at && at < p.unitStart + p.length)
      if (!piece) {
        builder.decoded(outer.toFile(at, 'start'), 0, seg.length - done)
        break
      }
      const take = Math.min(seg.length - done, piece.unitStart + piece.length - at)
      if (piece.length === piece.fileLength) builder.copy(piece.fileStart + (at - piece.unitStart), take)
      else builder.decoded(piece.fileStart, piece.fileLength, take)
      done += take
    }
  }
  return builder.build()
}
