import { describe, expect, it } from 'vitest'
import { compilePhraseRule } from './compile-phrase-rule.js'
import { createLinter } from '../linter/create-linter.js'

describe('phrase conditions', () => {
  const rule = compilePhraseRule({
    id: 'custom/refusal',
    kind: 'avoid',
    description: 'A refusal needs an alternative',
    category: 'politeness',
    severity: 'warning',
    message: 'Offer an alternative',
    patterns: [{ phrases: ['unfortunately'], unless: [{ phrases: ['we can'], in: 'unit' }] }],
  })
  const linter = createLinter({ extends: [], rules: { [rule.meta.id]: 'warning' } }, { rules: new Map([[rule.meta.id, rule]]) })
  const actuals = (text: string) => linter.lint(text).messages.map((m) => m.actual)

  it('matches a condition phrase as a whole word', () => {
    expect(actuals('Unfortunately it sold out, but we can send the grey one.')).toEqual([])
  })

  it('does not read "we can" inside "we can\'t" or "we can’t"', () => {
    expect(actuals("Unfortunately it sold out and we can't reorder it.")).toEqual(['Unfortunately'])
    expect(actuals('Unfortunately it sold out and we can’t reorder it.')).toEqual(['Unfortunately'])
  })
})
