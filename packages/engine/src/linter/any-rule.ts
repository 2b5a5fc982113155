import type { Rule } from '../types/rule.js'
import type { PhraseRule } from '../phrase/compile-phrase-rule.js'

/** A code rule (visitors) or a phrase rule (data for the shared matcher). */
export type AnyRule = Rule<any> | PhraseRule

export function isPhraseRule(rule: AnyRule): rule is PhraseRule {
  return (rule as PhraseRule).kind === 'phrase'
}
