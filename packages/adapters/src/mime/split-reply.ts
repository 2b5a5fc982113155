import type { UnitKind } from '@tactful/engine'

export interface ReplyRegion {
  start: number
  end: number
  kind: UnitKind
}

/** "On Mon, 3 Mar 2025, Anna <a@b.c> wrote:" and its siblings in other mail clients and languages. */
const ATTRIBUTION = /^(On\b.*\bwrote:|Le\b.*\ba écrit\s*:|Am\b.*\bschrieb.*:|El\b.*\bescribió:|Il\b.*\bha scritto:|Op\b.*\bschreef.*:|-{2,}\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}|_{10,})\s*$/i
const SIGNATURE = /^-- ?$/

/**
 * Splits a plain-text mail body into the reply itself, the signature (from a
 * `-- ` line) and the quoted earlier messages (from an attribution line or the
 * first run of `>` lines that is not followed by more reply text).
 */
export function splitReply(text: string, start: number, end: number): ReplyRegion[] {
  const lines: Array<{ start: number; end: number; content: string }> = []
  for (let i = start; i < end; ) {
    let newline = text.indexOf('\n', i)
    if (newline === -1 || newline >= end) newline = end
    lines.push({ start: i, end: newline, content: text.slice(i, newline).replace(/\r$/, '') })
    i = newline + 1
  }
  let quoteAt = lines.findIndex((l) => ATTRIBUTION.test(l.content.trim()))
  if (quoteAt === -1) {
    // A trailing block of ">" lines (with blank lines) is the quoted history.
    let i = lines.length
    while (i > 0 && (lines[i - 1]!.content.startsWith('>') || lines[i - 1]!.content.trim() === '')) i--
    if (i < lines.length && lines.slice(i).some((l) => l.content.startsWith('>'))) quoteAt = i
  }
  const bodyEnd = quoteAt === -1 ? lines.length : quoteAt
  const signatureAt = lines.slice(0, bodyEnd).findIndex((l) => SIGNATURE.test(l.content))
  const regions: ReplyRegion[] = []
  const offsetOf = (index: number) => (index < lines.length ? lines[index]!.start : end)
  const replyEnd = signatureAt === -1 ? bodyEnd : signatureAt
  regions.push({ start, end: offsetOf(replyEnd), kind: 'body' })
  if (signatureAt !== -1) regions.push({ start: offsetOf(signatureAt), end: offsetOf(bodyEnd), kind: 'signature' })
  if (quoteAt !== -1) regions.push({ start: offsetOf(quoteAt), end, kind: 'quoted' })
  return regions.filter((r) => r.end > r.start)
}
