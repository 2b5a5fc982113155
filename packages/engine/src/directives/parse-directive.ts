import type { Directive, DirectiveKind } from './directive.js'

// The keyword ends at white space: "tactful-disable-nextline" is no directive (not `tactful-disable` of a rule "-nextline").
const DIRECTIVE = /^\s*tactful-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/

/**
 * Reads the body of a comment (without its delimiters) as a directive:
 * `tactful-disable no-hedges, no-vague-timeframe -- quoting the customer`.
 * Returns null when the comment is not a directive.
 */
export function parseDirective(body: string, range: [number, number]): Directive | null {
  const match = DIRECTIVE.exec(body)
  if (!match) return null
  const kind = match[1] as DirectiveKind
  let rest = match[2] ?? ''
  let reason: string | undefined
  const separator = rest.indexOf('--')
  if (separator !== -1) {
    reason = rest.slice(separator + 2).trim() || undefined
    rest = rest.slice(0, separator)
  }
  const ids = rest
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean)
  const directive: Directive = { kind, ruleIds: ids.length > 0 ? ids : null, range }
  if (reason) directive.reason = reason
  return directive
}
