import type { Channel, ReportedSeverity } from '@tactful/engine'

/** One case of a rule's `cases.yaml`. Strings are shorthand for `{ text }`. */
export interface CaseSettings {
  text: string
  region?: string | string[]
  channel?: Channel
  /** Adapter id (markdown, html, handlebars, …); plain text when absent. */
  format?: string
  options?: unknown
  complaint?: boolean
  voice?: 'formal' | 'friendly'
  /** The customer's turn before this reply, as a transcript gives it; every unit of the case gets it. */
  previousCustomerTurn?: string
}

export interface ExpectedError {
  messageId?: string
  actual: string
  line?: number
  column?: number
  severity?: ReportedSeverity
  /** Texts the suggestions would insert, in order. */
  suggestions?: string[]
  message?: string
}

/**
 * A valid case may name the info-level findings it expects, by their matched words: the text is
 * fine and the rule only notes something ("Haha, thanks!" for no-mocking-laughter). It still fails
 * on any warning or error, and on info findings it does not list.
 */
export interface ValidCase extends CaseSettings {
  info?: string[]
}

export interface InvalidCase extends CaseSettings {
  errors: ExpectedError[]
  /** Text after `--fix`; required when the rule is fixable with `fix`. */
  output?: string
}

export interface RuleCases {
  valid: Array<string | ValidCase>
  invalid: InvalidCase[]
}
