import { describe, expect, it } from 'vitest'
import { compilePhraseRule } from './compile-phrase-rule.js'
import { createLinter } from '../linter/create-linter.js'
import type { PatternSource } from './types.js'

/** Lints with one phrase rule of the given patterns and returns what it flagged. */
function flaggedBy(...patterns: PatternSource[]): (text: string) => Array<string | undefined> {
  const rule = compilePhraseRule({ id: 'custom/probe', kind: 'avoid', description: 'A probe', category: 'vagueness', severity: 'warning', message: 'Flagged', patterns })
  const linter = createLinter({ extends: [], rules: { [rule.meta.id]: 'warning' } }, { rules: new Map([[rule.meta.id, rule]]) })
  return (text) => linter.lint(text).messages.map((m) => m.actual)
}

describe('phrase conditions', () => {
  const refusal = flaggedBy({ phrases: ['unfortunately'], unless: [{ phrases: ['we can'], in: 'unit' }] })

  it('matches a condition phrase as a whole word', () => {
    expect(refusal('Unfortunately it sold out, but we can send the grey one.')).toEqual([])
  })

  it('does not read "we can" inside "we can\'t" or "we can’t"', () => {
    expect(refusal("Unfortunately it sold out and we can't reorder it.")).toEqual(['Unfortunately'])
    expect(refusal('Unfortunately it sold out and we can’t reorder it.')).toEqual(['Unfortunately'])
  })

  it('matches a punctuation phrase right after a word ("in stock: the mug")', () => {
    const someItems = flaggedBy({ phrases: ['some items'], unless: [{ phrases: [':'], in: 'after' }] })
    expect(someItems('Some items are back in stock: the mug and the towel.')).toEqual([])
    expect(someItems('Some items are back in stock.')).toEqual(['Some items'])
  })

  it("in a sentence, a phrase's last word also matches its contraction, never a negation", () => {
    const hope = flaggedBy({ phrases: ['i hope'], unless: [{ phrases: ['i hope you', 'we can'], in: 'sentence' }] })
    expect(hope("I hope you're well.")).toEqual([])
    expect(hope('I hope you’re well.')).toEqual([])
    expect(hope('I hope you are well.')).toEqual([])
    expect(hope('I hope it arrives, and we can send it then.')).toEqual([])
    expect(hope("I hope it arrives; we can't send it.")).toEqual(['I hope'])
    expect(hope('I hope it arrives.')).toEqual(['I hope'])
  })
})
