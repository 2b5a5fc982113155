import type { Rule, RuleMeta } from '../types/rule.js'
import { CATEGORIES } from '../types/rule.js'
import { docsUrl } from './docs-url.js'
import { RuleDefinitionError } from './rule-definition-error.js'

// Kebab case, with an optional namespace for a team's own rules ("acme/no-asap"), as phrase rules allow.
const ID = /^(?:[a-z][a-z0-9]*\/)?[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/

export type RuleInput<O> = Omit<Rule<O>, 'meta'> & { meta: Omit<RuleMeta<O>, 'docsUrl'> & { docsUrl?: string } }

/** Declares a code rule. Checks its meta once, at definition time, and fills in the docs link. */
export function defineRule<O = void>(rule: RuleInput<O>): Rule<O> {
  const { meta } = rule
  if (!ID.test(meta.id)) throw new RuleDefinitionError(`"${meta.id}" is not a kebab-case rule id`, 'meta.id')
  if (!CATEGORIES.includes(meta.category)) throw new RuleDefinitionError(`unknown category "${meta.category}"`, 'meta.category')
  if (Object.keys(meta.messages).length === 0) throw new RuleDefinitionError('needs at least one message', 'meta.messages')
  if (meta.description.endsWith('.')) throw new RuleDefinitionError('description has no trailing period', 'meta.description')
  return { ...rule, meta: { ...meta, docsUrl: meta.docsUrl ?? docsUrl(meta.id) } }
}
