import { describe, expect, it } from 'vitest'
import { compilePhraseRule } from './compile-phrase-rule.js'
import { RuleDefinitionError } from '../rule/rule-definition-error.js'
import type { PhraseRuleSource } from './types.js'

const base: PhraseRuleSource = {
  id: 'say-order-number',
  kind: 'replace',
  description: 'Use the words on the receipt',
  category: 'clarity',
  severity: 'warning',
  message: 'Write {expected}',
  patterns: [{ phrases: ['order id'], suggest: ['order number'] }],
}

/** The key and message a definition is refused with. */
function refusal(source: unknown): [string | undefined, string] {
  try {
    compilePhraseRule(source as PhraseRuleSource)
  } catch (error) {
    if (error instanceof RuleDefinitionError) return [error.key, error.message]
    throw error
  }
  throw new Error('accepted')
}

describe('duplicate phrases', () => {
  const avoid = (...patterns: PhraseRuleSource['patterns']): PhraseRuleSource => ({ ...base, kind: 'avoid', patterns })

  it('are refused, naming the entry that spelled the phrase first', () => {
    expect(refusal(avoid({ phrases: ['order id'] }, { phrases: ['(order|) ID'] }))).toEqual(['patterns[1].phrases[0]', 'patterns[1].phrases[0]: "order ID" appears twice in this rule (in patterns[0].phrases[0] too); to report it in more contexts, widen one pattern\'s conditions (any: [...])'])
  })

  it('are all listed in one refusal, at the first one\'s key, and past twenty only counted', () => {
    expect(refusal(avoid({ phrases: ['order id', 'parcel id'] }, { phrases: ['(order|parcel) id', 'item code'] }, { phrases: ['item code'] }))).toEqual([
      'patterns[1].phrases[0]',
      'patterns[1].phrases[0]: 3 phrases appear twice in this rule: "order id" at patterns[1].phrases[0] (in patterns[0].phrases[0] too), "parcel id" at patterns[1].phrases[0] (in patterns[0].phrases[1] too), "item code" at patterns[2].phrases[0] (in patterns[1].phrases[1] too); to report it in more contexts, widen one pattern\'s conditions (any: [...])',
    ])
    const many = Array.from({ length: 25 }, (_, i) => `word${i}`)
    const [, message] = refusal(avoid({ phrases: many }, { phrases: many }))
    expect(message).toMatch(/^patterns\[1\]\.phrases\[0\]: 25 phrases appear twice in this rule: "word0" at patterns\[1\]\.phrases\[0\]/)
    expect(message).toContain('"word19" at patterns[1].phrases[19] (in patterns[0].phrases[19] too), and 5 more;')
    expect(message).not.toContain('"word20"')
  })

  it('case-sensitive patterns may spell one word in two cases, but not in the same case, nor beside a case-blind twin', () => {
    expect(compilePhraseRule(avoid({ phrases: ['tks'], caseSensitive: true }, { phrases: ['Tks'], caseSensitive: true })).patterns).toHaveLength(2)
    expect(refusal(avoid({ phrases: ['Tks'], caseSensitive: true }, { phrases: ['Tks'], caseSensitive: true }))[0]).toBe('patterns[1].phrases[0]')
    expect(refusal(avoid({ phrases: ['tks'] }, { phrases: ['TKS'], caseSensitive: true }))[0]).toBe('patterns[1].phrases[0]')
    expect(refusal(avoid({ phrases: ['TKS'], caseSensitive: true }, { phrases: ['tks'] }))[0]).toBe('patterns[1].phrases[0]')
  })
})

describe('compilePhraseRule refuses what would be ignored silently', () => {
  it('accepts the well-formed rule', () => {
    expect(compilePhraseRule(base).meta.id).toBe('say-order-number')
  })

  it('refuses unknown keys at the rule, pattern and defaults level, naming them', () => {
    expect(refusal({ ...base, severty: 'error' })[0]).toBe('severty')
    expect(refusal({ ...base, exmaples: { pass: [] } })[0]).toBe('exmaples')
    expect(refusal({ ...base, patterns: [{ phrases: ['order id'], sugest: ['order number'], suggest: ['order number'] }] })[0]).toBe('patterns[0].sugest')
    expect(refusal({ ...base, defaults: { negaton: 'skip' } })[0]).toBe('defaults.negaton')
  })

  it('refuses values of the wrong type', () => {
    expect(refusal({ ...base, patterns: [{ phrases: ['order id'], suggest: 'order number' }] })).toEqual(['patterns[0].suggest', 'patterns[0].suggest: must be a list of texts, e.g. [order number]'])
    expect(refusal({ ...base, message: '' })[0]).toBe('message')
    expect(refusal({ ...base, kind: 'limit', limit: { max: 'one' } })[0]).toBe('limit.max')
    expect(refusal({ ...base, kind: 'limit', limit: { max: -1 } })[0]).toBe('limit.max')
    expect(refusal({ ...base, patterns: [{ phrases: ['order id'], suggest: ['order number'], channels: ['sms'] }] })[0]).toBe('patterns[0].channels[0]')
    expect(refusal({ ...base, fixable: 'yes' })[0]).toBe('fixable')
    expect(refusal({ ...base, patterns: [{ phrases: ['order id'], suggest: ['order number'], unless: [{ next: ['number', 'to *', '(*|for)'] }] }] })).toEqual([
      'patterns[0].unless[0].next[2]',
      'patterns[0].unless[0].next[2]: a wildcard (*) in next or previous needs a word beside it ("no *"); alone it is any word',
    ])
    expect(refusal({ ...base, patterns: [{ phrases: ['order id'], suggest: ['order number'], when: [{ position: 'sentence_start' }] }] })).toEqual([
      'patterns[0].when[0].position',
      'patterns[0].when[0].position: unknown position "sentence_start"; use one of sentence-start, clause-start, sentence-end, alone',
    ])
  })
})
