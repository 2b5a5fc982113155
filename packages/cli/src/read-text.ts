/** What a file's bytes turned out to be. */
export type DecodedFile =
  | { kind: 'text'; text: string; bom: boolean }
  | { kind: 'binary' }
  | { kind: 'not-utf8'; reason: string }

const SNIFF_BYTES = 8000

/**
 * Decodes a file as UTF-8, strictly: a NUL byte in the first 8 KB means
 * binary (skipped), invalid UTF-8 is reported, and a BOM is stripped for
 * linting and remembered so `--fix` writes it back.
 */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { kind: 'not-utf8', reason: 'it is UTF-16 text; save it as UTF-8' }
  }
  const sniff = bytes.subarray(0, SNIFF_BYTES)
  if (sniff.includes(0)) return { kind: 'binary' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return { kind: 'not-utf8', reason: 'it is not valid UTF-8; save it as UTF-8' }
  }
  if (text.charCodeAt(0) === 0xfeff) return { kind: 'text', text: text.slice(1), bom: true }
  return { kind: 'text', text, bom: false }
}
