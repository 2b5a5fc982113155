import type { Directive, FileSettings, LintUnit, UnitKind } from '@tactful/engine'
import type { UnitBuilder } from '../unit-builder.js'

/** A unit being built, before placeholders and branch are known. */
export interface Draft {
  builder: UnitBuilder
  kind: UnitKind
  /** Escapes replacement text for where this unit's text sits in the file; `undefined` when it cannot be written there. */
  encode?: (text: string) => string | undefined
  /** More for the unit, such as a transcript turn's `previousCustomerTurn`. */
  extra?: Partial<LintUnit>
}

export interface InnerResult {
  drafts: Draft[]
  directives: Directive[]
  settings?: FileSettings
  error?: { message: string; offset?: number }
}

/**
 * Reads prose out of `source[start, end)`. `source` is the file text with
 * template tags already masked (same length, same offsets).
 */
export type InnerFormat = (source: string, start: number, end: number, options?: InnerOptions) => InnerResult

export interface InnerOptions {
  /** Leave out quoted earlier messages and signatures (HTML e-mail bodies). */
  skipQuoted?: boolean
}
