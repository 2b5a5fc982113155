import type { ReportedSeverity } from '../types/message.js'
import type { Severity } from '../types/rule.js'

const RANK: Record<Severity, number> = { off: 0, info: 1, warning: 2, error: 3 }
export const SEVERITIES: readonly Severity[] = ['off', 'info', 'warning', 'error']

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && value in RANK
}

/** The configured severity is a ceiling: a rule may lower it by context (region, channel), never raise it. */
export function lowerSeverity(ceiling: ReportedSeverity, wanted: Severity): ReportedSeverity | 'off'
export function lowerSeverity(ceiling: ReportedSeverity | 'off', wanted: Severity): ReportedSeverity | 'off'
export function lowerSeverity(ceiling: Severity, wanted: Severity): Severity {
  return RANK[wanted] < RANK[ceiling] ? wanted : ceiling
}
