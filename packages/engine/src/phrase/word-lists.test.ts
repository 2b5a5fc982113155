import { describe, expect, it } from 'vitest'
import { compilePhraseRule } from './compile-phrase-rule.js'
import { createLinter } from '../linter/create-linter.js'
import { RuleDefinitionError } from '../rule/rule-definition-error.js'
import type { PhraseRuleSource } from './types.js'

const base: PhraseRuleSource = {
  id: 'custom/origin-remarks',
  kind: 'avoid',
  description: 'Remarks about where a customer comes from',
  category: 'cultural',
  severity: 'warning',
  message: 'Flagged',
  words: { nationality: ['german', 'swiss', 'latin american'], people: ['germans', 'swiss'] },
  patterns: [{ phrases: ['as a $nationality customer', 'typical(ly|) $nationality'] }],
}

function flagged(source: PhraseRuleSource): (text: string) => Array<string | undefined> {
  const rule = compilePhraseRule(source)
  const linter = createLinter({ extends: [], rules: { [rule.meta.id]: 'warning' } }, { rules: new Map([[rule.meta.id, rule]]) })
  return (text) => linter.lint(text).messages.map((m) => m.actual)
}

function refusal(source: unknown): string {
  try {
    compilePhraseRule(source as PhraseRuleSource)
  } catch (error) {
    if (error instanceof RuleDefinitionError) return error.message
    throw error
  }
  throw new Error('accepted')
}

describe('named word lists ($name)', () => {
  it('puts a list into a phrase as one group, multi-word entries included', () => {
    const lint = flagged(base)
    expect(lint('As a German customer you will like this.')).toEqual(['As a German customer'])
    expect(lint('That is typically Latin American.')).toEqual(['typically Latin American'])
    expect(lint('As a French customer you will like this.')).toEqual([])
  })

  it('spells exactly the phrases of the group written out', () => {
    const written = compilePhraseRule({ ...base, words: undefined, patterns: [{ phrases: ['as a (german|swiss|latin american) customer', 'typical(ly|) (german|swiss|latin american)'] }] })
    const listed = compilePhraseRule(base)
    expect(listed.patterns[0]!.templates).toEqual(written.patterns[0]!.templates)
  })

  it('puts lists into condition phrases, inside any/all groups too', () => {
    const lint = flagged({
      ...base,
      patterns: [{ phrases: ['are always late'], when: [{ any: [{ previous: ['$people'] }] }], unless: [{ all: [{ phrases: ['$people'], in: 'sentence' }, { phrases: ['trains'], in: 'sentence' }] }] }],
    })
    expect(lint('Germans are always late.')).toEqual(['are always late'])
    expect(lint('Buses are always late.')).toEqual([])
    expect(lint('Swiss are always late, like their trains.')).toEqual([])
  })

  it('puts a list into next and previous as its words, and only alone', () => {
    expect(flagged({ ...base, patterns: [{ phrases: ['always late'], when: [{ next: ['here', '$people'] }] }] })('Always late Germans.')).toEqual(['Always late'])
    expect(refusal({ ...base, patterns: [{ phrases: ['late'], when: [{ previous: ['the $people'] }] }] })).toBe('patterns[0].when[0].previous[0]: "the $people": a word list stands alone in next and previous (one word each)')
  })

  it('puts lists into the defaults conditions', () => {
    const lint = flagged({ ...base, defaults: { unless: [{ phrases: ['$nationality food'], in: 'sentence' }] } })
    expect(lint('As a German customer, try Swiss food.')).toEqual([])
    expect(lint('As a German customer, try the new menu.')).toEqual(['As a German customer'])
  })

  it('refuses an unknown list, naming the phrase and the lists there are', () => {
    expect(refusal({ ...base, patterns: [{ phrases: ['as a $nation customer'] }] })).toBe('patterns[0].phrases[0]: unknown word list "$nation"; the rule defines $nationality, $people')
    expect(refusal({ ...base, words: undefined })).toBe('patterns[0].phrases[0]: "$nationality" refers to a word list, but the rule has no words')
    expect(refusal({ ...base, patterns: [{ phrases: ['late'], unless: [{ all: [{ phrases: ['$folk'] }] }] }] })).toMatch(/^patterns\[0\]\.unless\[0\]\.all\[0\]\.phrases\[0\]: unknown word list "\$folk"/)
  })

  it('refuses malformed lists, naming the key', () => {
    expect(refusal({ ...base, words: ['german'] })).toBe('words: must map list names to lists of words')
    expect(refusal({ ...base, words: { Nationality: ['german'] } })).toMatch(/^words\.Nationality: a list name is lower case/)
    expect(refusal({ ...base, words: { nationality: [] } })).toBe('words.nationality: must be a non-empty list of words')
    expect(refusal({ ...base, words: { nationality: ['german', ''] } })).toBe('words.nationality[1]: must be a non-empty string')
    expect(refusal({ ...base, words: { nationality: ['german', '$people'] } })).toBe('words.nationality[1]: "$people" refers to a list; lists cannot contain lists')
    expect(refusal({ ...base, words: { nationality: ['german|swiss'] } })).toMatch(/^words\.nationality\[0\]: "german\|swiss" has an unbalanced group or a bare \|/)
  })

  it('accepts groups inside an entry', () => {
    expect(flagged({ ...base, words: { nationality: ['(latin|south) american', 'swiss'] } })('As a South American customer you know.')).toEqual(['As a South American customer'])
  })

  it('still finds a phrase a list spells twice', () => {
    expect(refusal({ ...base, words: { nationality: ['german', 'German'] } })).toContain('3 phrases appear twice in this rule: "as a German customer" at patterns[0].phrases[0] (twice in this entry), "typically German"')
  })

  it('leaves a dollar amount alone', () => {
    expect(flagged({ ...base, words: undefined, patterns: [{ phrases: ['a $5 fee'] }] })('There is a $5 fee.')).toHaveLength(1)
  })
})
