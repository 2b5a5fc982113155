import type { Category } from './rule.js'
import type { UnitKind } from './unit.js'

/** Line and column are 1-based, offset 0-based in UTF-16 code units of the original file. */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A replacement in original-file offsets; `end` is exclusive. */
export interface Fix {
  range: [start: number, end: number]
  text: string
}

export type ReportedSeverity = 'info' | 'warning' | 'error'

export interface Suggestion {
  message: string
  fix: Fix
}

/** The one message shape that formatters, the cache, workers and the playground consume. */
export interface LintMessage {
  ruleId: string
  severity: ReportedSeverity
  message: string
  messageId?: string
  category?: Category
  position: { start: Point; end: Point }
  unit?: { kind: UnitKind; key?: string }
  actual?: string
  expected?: string[]
  note?: string
  fix?: Fix
  suggestions?: Suggestion[]
  origin?: { preset?: string; configFile?: string }
  url: string
  fatal?: true
}

export interface LintStats {
  errors: number
  warnings: number
  infos: number
  fixable: number
}

/**
 * Where one file's lint time went, in milliseconds of wall time (`lint(text, { timing: true })`).
 * What the parts leave of `total` is the engine's own work: tokens, the walk, directives, messages.
 */
export interface LintTiming {
  total: number
  /** Taking the prose out of the file: the format adapter (Markdown, HTML, templates…). */
  extract: number
  /** Parsing the prose with the language parser (retext-english). */
  parse: number
  /** Every phrase rule together: they share one compiled matcher. */
  phrases: number
  /** Each code rule by id: its create, visitors and exit handlers. */
  rules: Record<string, number>
}

export interface LintResult {
  filePath?: string
  messages: LintMessage[]
  /** The fixed text, present only when fixing was asked for and something changed. */
  output?: string
  stats: LintStats
  /** Present only when asked for with `timing: true`; with `fix`, the sum over every pass. */
  timing?: LintTiming
}
