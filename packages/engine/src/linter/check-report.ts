import type { ReportDescriptor, RuleMeta } from '../types/rule.js'
import { RuleDefinitionError } from '../rule/rule-definition-error.js'

// Every finding passes these checks, so a good report costs a few integer comparisons;
// messages are built only when something is wrong.

/** A rule used the report API wrongly: the error names the rule, as a bad rule definition does. */
export function badReport(ruleId: string, problem: string): RuleDefinitionError {
  return new RuleDefinitionError(problem, `rule ${ruleId}`)
}

/** Whole offsets, in order, inside a text of `length` (end exclusive, so `end === length` is fine). */
export function isRangeWithin(range: unknown, length: number): boolean {
  if (!Array.isArray(range)) return false
  const start: unknown = range[0]
  const end: unknown = range[1]
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= (start as number) && (start as number) <= (end as number) && (end as number) <= length
}

export function rangeProblem(what: string, range: unknown, length: number): string {
  return `${what} ${shown(range)} must be two integers with 0 ≤ start ≤ end ≤ ${length}`
}

/**
 * Throws unless the engine can render and apply the report: a known messageId, fixes only from a
 * fixable rule, a range inside the unit's text, and fixes inside the file (they are in file offsets).
 */
export function checkReport(meta: RuleMeta<unknown>, descriptor: ReportDescriptor, unitLength: number, fileLength: number): void {
  const id = meta.id
  if (!(descriptor.messageId in meta.messages)) throw badReport(id, `reported unknown messageId "${descriptor.messageId}"`)
  if (descriptor.fix && meta.fixable !== 'fix') throw badReport(id, "gave a fix but is not meta.fixable: 'fix'")
  if (descriptor.suggest?.length && !meta.fixable) throw badReport(id, 'gave suggestions but meta.fixable is false')
  // A node's range comes from the parsed tree; a range the rule computed is the one to check.
  const range = descriptor.range
  if (range && !isRangeWithin(range, unitLength)) throw badReport(id, rangeProblem('report range', range, unitLength))
  if (descriptor.fix) {
    const problem = fixProblem(descriptor.fix, fileLength)
    if (problem) throw badReport(id, problem)
  }
  const suggestions = descriptor.suggest
  if (!suggestions) return
  for (let i = 0; i < suggestions.length; i++) {
    const problem = fixProblem(suggestions[i]?.fix, fileLength)
    if (problem) throw badReport(id, `${suggestionName(suggestions[i], i)}: ${problem}`)
  }
}

/** What is wrong with a fix, or undefined when nothing is. */
function fixProblem(fix: unknown, fileLength: number): string | undefined {
  if (typeof fix !== 'object' || fix === null) return 'fix is missing; give { range, text }, as context.replace(range, text) builds it'
  const { range, text } = fix as { range?: unknown; text?: unknown }
  if (typeof text !== 'string') return `fix ${shown(fix)} needs a string text`
  if (!isRangeWithin(range, fileLength)) return rangeProblem('fix range', range, fileLength)
  return undefined
}

/** `suggestion 0 ("Say when")`: its place in `suggest`, and its message when it has one. */
function suggestionName(suggestion: unknown, index: number): string {
  const message = (suggestion as { message?: unknown } | undefined)?.message
  return `suggestion ${index}${typeof message === 'string' ? ` (${JSON.stringify(message)})` : ''}`
}

/** A value as a rule author wrote it: `[NaN, 2]`, where JSON would say `[null, 2]`. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(shown).join(', ')}]`
  if (typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'object' && value !== null) return `{ ${Object.entries(value).map(([key, v]) => `${key}: ${shown(v)}`).join(', ')} }`
  return String(value)
}
