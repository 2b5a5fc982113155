import type { Fix, LintMessage } from '../types/message.js'

export interface FixOutcome {
  output: string
  applied: number
}

/** Applies the non-overlapping fixes of one pass, earliest first (ESLint's source-code-fixer). */
export function applyFixes(text: string, messages: readonly LintMessage[]): FixOutcome {
  const fixes: Fix[] = messages.flatMap((m) => (m.fix ? [m.fix] : []))
  if (fixes.length === 0) return { output: text, applied: 0 }
  fixes.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let output = ''
  let cursor = 0
  let applied = 0
  for (const fix of fixes) {
    const [start, end] = fix.range
    if (start < cursor || end < start || end > text.length) continue
    output += text.slice(cursor, start) + fix.text
    cursor = end
    applied++
  }
  output += text.slice(cursor)
  return { output, applied }
}
