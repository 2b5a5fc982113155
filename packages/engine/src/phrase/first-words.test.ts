import { describe, expect, it } from 'vitest'
import { compilePhraseRule, type PhraseRule } from './compile-phrase-rule.js'
import { firstWordIndex } from './first-words.js'
import { packPhraseRule, unpackPhraseRule } from './pack-phrase-rule.js'
import type { PatternSource } from './types.js'

function rule(patterns: PatternSource[]): PhraseRule {
  return compilePhraseRule({ id: 'r', kind: 'avoid', description: 'x', category: 'clarity', severity: 'warning', message: 'x', patterns })
}

describe('firstWordIndex', () => {
  it('numbers templates across patterns: two numbers for a first slot\'s alternative', () => {
    const index = firstWordIndex(rule([{ phrases: ['(We|I) apologise', 'sorry'] }, { phrases: ['we regret'] }]))
    // Template 0 "(we|I) apologise": "we" is alternative 0, "i" alternative 1; template 2 is the second pattern's.
    expect({ ...index }).toEqual({ we: [0, 0, 2, 0], i: [0, 1], sorry: [1, 0] })
  })

  it('reaches a later slot through left-out ones, with the phrase offset they give', () => {
    // "(please|) (kindly|) wait": phrases please kindly wait, please wait, kindly wait, wait (offsets 0-3).
    const index = firstWordIndex(rule([{ phrases: ['(please|) (kindly|) wait'] }]))
    expect({ ...index }).toEqual({ please: [0, 0], kindly: [-1, 1, 0, 2], wait: [-1, 2, 0, 3] })
  })

  it('keeps every first word a key of its own, "constructor" and "hasOwnProperty" included', () => {
    const index = firstWordIndex(rule([{ phrases: ['constructor error', 'hasOwnProperty thing'] }]))
    expect(Object.keys(index)).toEqual(['constructor', 'hasownproperty'])
    expect(index['tostring']).toBeUndefined()
  })

  it('is the same from packed templates, and travels with the packed rule', () => {
    const compiled = rule([{ phrases: ["(we'll|we will) (see|check) * it", 'ASAP'], caseSensitive: true }])
    const packed = JSON.parse(JSON.stringify(packPhraseRule(compiled)))
    expect(packed.firstWords).toEqual({ ...firstWordIndex(compiled) })
    const unpacked = unpackPhraseRule(packed)
    expect(unpacked.firstWords).toEqual(packed.firstWords)
    expect(Object.keys(unpacked)).not.toContain('firstWords')
    expect({ ...firstWordIndex({ ...unpacked, firstWords: undefined }) }).toEqual(packed.firstWords)
  })
})
