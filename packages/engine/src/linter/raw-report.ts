import type { Fix, ReportedSeverity } from '../types/message.js'
import type { RuleMeta } from '../types/rule.js'

/** What a rule reported, in unit offsets, before the engine maps it to the file. */
export interface RawReport {
  meta: RuleMeta<unknown>
  range: [number, number]
  messageId: string
  data: Record<string, string>
  severity: ReportedSeverity
  fix?: Fix
  suggest?: Array<{ message: string; fix: Fix }>
  expected?: string[]
  note?: string
}
