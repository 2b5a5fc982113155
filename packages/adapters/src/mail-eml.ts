import type { Adapter, Directive, LintUnit } from '@tactful/engine'
import { UnitBuilder } from './unit-builder.js'
import { header, parseContentType, readHeaders } from './mime/headers.js'
import { decodeBase64, decodeEncodedWord, decodeQuotedPrintable, encodeQuotedPrintable, type DecodedBody } from './mime/decode-body.js'
import { composeMaps } from './mime/compose-map.js'
import { splitReply } from './mime/split-reply.js'
import { readHtml } from './formats/html.js'
import type { Draft, InnerResult } from './formats/inner.js'
import { encodeFor, registerEncoder } from './templated-adapter.js'
import { escapeHtml } from './decode-entities.js'
import { formatSpec } from './formats-list.js'

const MAX_DEPTH = 8

interface Collected {
  units: LintUnit[]
  directives: Directive[]
  readOnly: Array<[number, number]>
}

/** Reads a plain-text body: reply, signature and quoted history as separate units. */
function readPlain(source: string, start: number, end: number): InnerResult {
  const drafts: Draft[] = splitReply(source, start, end).map((region) => ({
    builder: new UnitBuilder(source).copy(region.start, region.end - region.start),
    kind: region.kind,
  }))
  return { drafts, directives: [] }
}

/**
 * E-mail files (`.eml`, MIME): the Subject is a `subject` unit; text/plain
 * parts split into body, `signature` and `quoted` units (rules skip the last
 * two by default); text/html parts are read like HTML e-mail with quoted
 * blocks left out. Quoted-printable parts map back exactly and take
 * QP-encoded fixes; base64 parts map every finding onto the whole encoded
 * part and are read-only (no fixes or suggestions there).
 */
export const emlAdapter: Adapter = {
  ...formatSpec('eml'),
  extract(text) {
    const top = readHeaders(text, text.charCodeAt(0) === 0xfeff ? 1 : 0, text.length)
    if (top.headers.length === 0) return { units: [], directives: [], error: { message: 'not an e-mail message: no headers before the first blank line', offset: 0 } }
    const collected: Collected = { units: [], directives: [], readOnly: [] }
    const subject = header(top, 'subject')
    if (subject) collected.units.push(subjectUnit(text, subject.start, subject.end, collected.readOnly))
    readPart(text, top.headers, top.bodyStart, text.length, collected, 0)
    return { units: collected.units, directives: collected.directives, settings: { channel: 'email' }, readOnly: collected.readOnly }
  },
  encodeReplacement: (replacement, unit, range) => encodeFor(unit, replacement, range),
}

function subjectUnit(text: string, start: number, end: number, readOnly: Array<[number, number]>): LintUnit {
  const builder = new UnitBuilder(text)
  const word = /=\?[^?\s]+\?[QqBb]\?[^?\s]*\?=/g
  let copied = start
  let match: RegExpExecArray | null
  const raw = text.slice(start, end)
  while ((match = word.exec(raw))) {
    const decoded = decodeEncodedWord(match[0])
    if (decoded === null) continue
    const at = start + match.index
    builder.copy(copied, at - copied).decoded(at, match[0].length, decoded)
    readOnly.push([at, at + match[0].length])
    copied = at + match[0].length
  }
  builder.copy(copied, end - copied)
  return builder.build('subject')
}

function readPart(text: string, headers: ReturnType<typeof readHeaders>['headers'], start: number, end: number, out: Collected, depth: number): void {
  const block = { headers, bodyStart: start }
  const { type, params } = parseContentType(header(block, 'content-type')?.value)
  if (/^attachment/i.test(header(block, 'content-disposition')?.value ?? '')) return
  if (type.startsWith('multipart/') && params['boundary'] && depth < MAX_DEPTH) {
    for (const [partStart, partEnd] of splitMultipart(text, start, end, params['boundary'])) {
      const part = readHeaders(text, partStart, partEnd)
      readPart(text, part.headers, part.bodyStart, partEnd, out, depth + 1)
    }
    return
  }
  if (type === 'message/rfc822') return // a forwarded message is someone else's text
  if (type !== 'text/plain' && type !== 'text/html') return
  const encoding = (header(block, 'content-transfer-encoding')?.value ?? '7bit').toLowerCase()
  const charset = params['charset'] ?? 'utf-8'
  const html = type === 'text/html'
  if (encoding !== 'quoted-printable' && encoding !== 'base64') {
    const result = html ? readHtml(text, start, end, { skipQuoted: true }) : readPlain(text, start, end)
    for (const draft of result.drafts) out.units.push(registerEncoder(draft.builder.build(draft.kind), draft.encode))
    out.directives.push(...result.directives)
    return
  }
  const decoded: DecodedBody = encoding === 'base64' ? decodeBase64(text, start, end, charset) : decodeQuotedPrintable(text, start, end, charset)
  if (decoded.approximate) out.readOnly.push([start, end])
  const inner = html ? readHtml(decoded.text, 0, decoded.text.length, { skipQuoted: true }) : readPlain(decoded.text, 0, decoded.text.length)
  for (const draft of inner.drafts) {
    const unit = draft.builder.build(draft.kind)
    const mapped: LintUnit = { ...unit, offsetMap: composeMaps(unit.offsetMap, decoded.map) }
    const encode = (replacement: string) => encodeQuotedPrintable(html ? escapeHtml(replacement, true) : replacement)
    out.units.push(decoded.approximate ? mapped : registerEncoder(mapped, encode))
  }
  for (const directive of inner.directives) {
    out.directives.push({ ...directive, range: [decoded.map.toFile(directive.range[0], 'start'), decoded.map.toFile(directive.range[1], 'end')] })
  }
}

/** Body ranges of the parts between `--boundary` lines. */
function splitMultipart(text: string, start: number, end: number, boundary: string): Array<[number, number]> {
  const parts: Array<[number, number]> = []
  const delimiter = `--${boundary}`
  let partStart = -1
  let i = start
  while (i < end) {
    let lineEnd = text.indexOf('\n', i)
    if (lineEnd === -1 || lineEnd > end) lineEnd = end
    const line = text.slice(i, lineEnd).replace(/\r$/, '')
    if (line === delimiter || line === `${delimiter}--`) {
      if (partStart !== -1) {
        // The line break before the delimiter belongs to the delimiter.
        let partEnd = i
        if (text[partEnd - 1] === '\n') partEnd--
        if (text[partEnd - 1] === '\r') partEnd--
        parts.push([partStart, Math.max(partStart, partEnd)])
      }
      if (line !== delimiter) break
      partStart = lineEnd + 1
    }
    i = lineEnd + 1
  }
  return parts
}
