import type { Fix, LintMessage } from '../types/message.js'
import { SortedRanges } from '../position/sorted-ranges.js'

/**
 * Placeholders are never changed: fixes and suggestions that would touch one are dropped,
 * as are those the format cannot write (`unwritable`, from `encodeReplacement`).
 */
export function dropUnsafeFixes(messages: LintMessage[], placeholders: ReadonlyArray<[number, number]>, unwritable: ReadonlySet<Fix>): LintMessage[] {
  if (placeholders.length === 0 && unwritable.size === 0) return messages
  const masked = new SortedRanges(placeholders)
  // A zero-width insertion inside a placeholder is as bad as an overlap.
  const unsafe = (fix: Fix) => unwritable.has(fix) || masked.overlaps(fix.range[0], fix.range[1])
  return messages.map((message) => {
    if (!message.fix && !message.suggestions) return message
    const copy = { ...message }
    if (copy.fix && unsafe(copy.fix)) delete copy.fix
    if (copy.suggestions) {
      const kept = copy.suggestions.filter((s) => !unsafe(s.fix))
      if (kept.length > 0) copy.suggestions = kept
      else delete copy.suggestions
    }
    return copy
  })
}

/** One message per rule and range, even when two units share text. */
export function dedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>()
  return messages.filter((m) => {
    const key = `${m.ruleId}:${m.position.start.offset}:${m.position.end.offset}:${m.messageId ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function sortMessages(messages: LintMessage[]): LintMessage[] {
  return messages.sort(
    (a, b) =>
      a.position.start.offset - b.position.start.offset ||
      a.position.end.offset - b.position.end.offset ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  )
}
