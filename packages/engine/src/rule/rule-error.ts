import { RuleDefinitionError } from './rule-definition-error.js'

/** A rule's own code threw while linting: names the rule, and keeps what it threw as `cause`. */
export class RuleError extends Error {
  constructor(
    readonly ruleId: string,
    cause: unknown,
  ) {
    super(`Rule "${ruleId}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'RuleError'
  }
}

/** What to throw when a rule's code threw `error`; the engine's own error for a bad report already names the rule. */
export function ruleFailure(ruleId: string, error: unknown): unknown {
  return error instanceof RuleDefinitionError ? error : new RuleError(ruleId, error)
}
