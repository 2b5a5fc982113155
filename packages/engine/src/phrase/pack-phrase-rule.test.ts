import { describe, expect, it } from 'vitest'
import { compilePhraseRule } from './compile-phrase-rule.js'
import { packPhraseRule, unpackPhraseRule } from './pack-phrase-rule.js'

describe('packPhraseRule', () => {
  const rule = compilePhraseRule({
    id: 'x', kind: 'replace', description: 'x', category: 'vagueness', severity: 'warning', message: 'x',
    patterns: [
      { phrases: ["we'll (see|check) * it", '(we|I) apologi(s|z)e (for the delay|)'], suggest: ['y'] },
      { phrases: ['ASAP'], caseSensitive: true, suggest: ['by [date]'] },
    ],
  })

  it('keeps alternatives unexpanded, one string per slot', () => {
    const packed = packPhraseRule(rule)
    expect(packed.patterns[0]).not.toHaveProperty('phrases')
    expect(packed.patterns[0]!.templates).toEqual([
      ["we'll", 'see|check', '* it'],
      ['we|I', 'apologise|apologize', 'for the delay|'],
    ])
    expect(packed.patterns[1]!.templates).toEqual([['ASAP']])
  })

  it('gives the matcher the packed slots and unpacks the templates only when read', () => {
    const pattern = unpackPhraseRule(JSON.parse(JSON.stringify(packPhraseRule(rule)))).patterns[0]!
    expect(pattern.packedTemplates).toEqual([["we'll", 'see|check', '* it'], ['we|I', 'apologise|apologize', 'for the delay|']])
    expect(Object.keys(pattern)).not.toContain('packedTemplates')
    expect(Object.getOwnPropertyDescriptor(pattern, 'templates')!.get).toBeTypeOf('function')
    expect(pattern.templates).toEqual(rule.patterns[0]!.templates)
    expect(Object.getOwnPropertyDescriptor(pattern, 'templates')!.value).toBe(pattern.templates)
  })

  it('round-trips a compiled rule, expanded phrases and case-sensitive phrases included', () => {
    const unpacked = unpackPhraseRule(JSON.parse(JSON.stringify(packPhraseRule(rule))))
    expect(unpacked).toEqual(rule)
    expect(unpacked.patterns[0]!.phrases.map((p) => p.cased.join(' '))).toEqual([
      "we'll see * it", "we'll check * it",
      'we apologise for the delay', 'we apologise', 'we apologize for the delay', 'we apologize',
      'I apologise for the delay', 'I apologise', 'I apologize for the delay', 'I apologize',
    ])
    expect(unpacked.patterns[0]!.phrases[6]!.tokens).toEqual(['i', 'apologise', 'for', 'the', 'delay'])
    expect(unpacked.patterns[1]!.phrases).toEqual([{ tokens: ['asap'], cased: ['ASAP'] }])
  })

  it('expands the phrases of an unpacked pattern only when they are read, once', () => {
    const pattern = unpackPhraseRule(packPhraseRule(rule)).patterns[0]!
    expect(Object.getOwnPropertyDescriptor(pattern, 'phrases')!.get).toBeTypeOf('function')
    const phrases = pattern.phrases
    expect(Object.getOwnPropertyDescriptor(pattern, 'phrases')!.value).toBe(phrases)
    expect(pattern.phrases).toBe(phrases)
  })
})
