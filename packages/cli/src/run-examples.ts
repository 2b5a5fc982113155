import { createLinter, type LintOptions, type PhraseRule } from '@tactful/core'

export interface ExampleOutcome {
  expect: 'pass' | 'fail'
  text: string
  /** Messages of the rule on the text, as "line:column actual". */
  found: string[]
  ok: boolean
}

/**
 * The rule alone, with the scope parts that depend on where a text is sent
 * (channels, regions, files) lifted: an example is a bare text. `ifContains`
 * stays, since it is about the text itself.
 */
function exampleLinter(rule: PhraseRule) {
  const { ifContains } = rule.scope ?? {}
  const bare: PhraseRule = { ...rule, ...(rule.scope ? { scope: ifContains ? { ifContains } : {} } : {}) }
  return createLinter({ extends: [], rules: { [rule.meta.id]: rule.meta.defaultSeverity } }, { rules: new Map([[rule.meta.id, bare]]) })
}

/** Pattern-level channel and region limits still apply, so examples run in the rule's first channel and region. */
function exampleOptions(rule: PhraseRule): LintOptions {
  const channel = rule.scope?.channels?.[0]
  const region = rule.scope?.regions?.find((r) => /^[A-Z]{2}$/.test(r))
  return { ...(channel ? { channel } : {}), ...(region ? { region } : {}) }
}

/** Each `pass` example must give no message of the rule, each `fail` example at least one. */
export function runExamples(rule: PhraseRule): ExampleOutcome[] {
  const linter = exampleLinter(rule)
  const options = exampleOptions(rule)
  const run = (expect: 'pass' | 'fail', text: string): ExampleOutcome => {
    const found = linter
      .lint(text, options)
      .messages.filter((m) => m.ruleId === rule.meta.id)
      .map((m) => `${m.position.start.line}:${m.position.start.column} ${m.actual ?? ''}`.trim())
    return { expect, text, found, ok: expect === 'pass' ? found.length === 0 : found.length > 0 }
  }
  return [...(rule.examples?.pass ?? []).map((t) => run('pass', t)), ...(rule.examples?.fail ?? []).map((t) => run('fail', t))]
}
