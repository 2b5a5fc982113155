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

  it('matches a punctuation phrase right after a word ("in stock: the mug")', () => {
    const listRule = compilePhraseRule({
      id: 'custom/some-items',
      kind: 'avoid',
      description: 'Count the items',
      category: 'vagueness',
      severity: 'warning',
      message: 'Count them',
      patterns: [{ phrases: ['some items'], unless: [{ phrases: [':'], in: 'after' }] }],
    })
    const listLinter = createLinter({ extends: [], rules: { [listRule.meta.id]: 'warning' } }, { rules: new Map([[listRule.meta.id, listRule]]) })
    expect(listLinter.lint('Some items are back in stock: the mug and the towel.').messages).toEqual([])
    expect(listLinter.lint('Some items are back in stock.').messages.map((m) => m.actual)).toEqual(['Some items'])
  })

  it('in a sentence, a phrase\'s last word also matches its contraction, never a negation', () => {
    const hopeRule = compilePhraseRule({
      id: 'custom/hope',
      kind: 'avoid',
      description: 'A hope is no promise',
      category: 'vagueness',
      severity: 'warning',
      message: 'Say what will happen',
      patterns: [{ phrases: ['i hope'], unless: [{ phrases: ['i hope you', 'we can'], in: 'sentence' }] }],
    })
    const hope = createLinter({ extends: [], rules: { [hopeRule.meta.id]: 'warning' } }, { rules: new Map([[hopeRule.meta.id, hopeRule]]) })
    const found = (text: string) => hope.lint(text).messages.map((m) => m.actual)
    expect(found("I hope you're well.")).toEqual([])
    expect(found('I hope you’re well.')).toEqual([])
    expect(found('I hope you are well.')).toEqual([])
    expect(found('I hope it arrives, and we can send it then.')).toEqual([])
    expect(found("I hope it arrives; we can't send it.")).toEqual(['I hope'])
    expect(found('I hope it arrives.')).toEqual(['I hope'])
  })
})
