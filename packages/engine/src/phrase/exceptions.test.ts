import { describe, expect, it } from 'vitest'
import { compilePhraseRule } from './compile-phrase-rule.js'
import { createLinter } from '../linter/create-linter.js'
import type { PatternSource } from './types.js'

function flaggedBy(...patterns: PatternSource[]): (text: string) => Array<string | undefined> {
  const rule = compilePhraseRule({ id: 'custom/probe', kind: 'avoid', description: 'A probe', category: 'vagueness', severity: 'warning', message: 'Flagged', patterns })
  const linter = createLinter({ extends: [], rules: { [rule.meta.id]: 'warning' } }, { rules: new Map([[rule.meta.id, rule]]) })
  return (text) => linter.lint(text).messages.map((m) => m.actual)
}

describe('proper nouns are skipped', () => {
  const inTheory = flaggedBy({ phrases: ['in theory'] }, { phrases: ['deals week'] })

  it('a title-cased name mid-sentence', () => {
    expect(inTheory('Our Crazy Deals Week ends on 3 March.')).toEqual([])
    expect(inTheory('Our crazy deals week ends on 3 March.')).toEqual(['deals week'])
  })

  it("a match that opens with a title's small words and goes on with the name before it", () => {
    expect(inTheory('The book Signals in Theory ships on 6 March.')).toEqual([])
    // The name must go on in capitals, and the word before must be a capital mid-sentence.
    expect(inTheory('The Monday delivery in theory works.')).toEqual(['in theory'])
    expect(inTheory('It works in Theory.')).toEqual(['in Theory'])
  })
})
