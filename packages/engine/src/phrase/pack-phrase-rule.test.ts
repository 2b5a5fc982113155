import { describe, expect, it } from 'vitest'
import { compilePhraseRule } from './compile-phrase-rule.js'
import { packPhraseRule, unpackPhraseRule } from './pack-phrase-rule.js'

describe('packPhraseRule', () => {
  it('round-trips a compiled rule, case-sensitive phrases included', () => {
    const rule = compilePhraseRule({
      id: 'x', kind: 'replace', description: 'x', category: 'vagueness', severity: 'warning', message: 'x',
      patterns: [{ phrases: ["we'll (see|check) * it"], suggest: ['y'] }, { phrases: ['ASAP'], caseSensitive: true, suggest: ['by [date]'] }],
    })
    const packed = packPhraseRule(rule)
    expect(packed.patterns[0]!.phrases).toEqual(["we'll see * it", "we'll check * it"])
    expect(packed.patterns[1]!.phrases).toEqual(['ASAP'])
    expect(unpackPhraseRule(JSON.parse(JSON.stringify(packed)))).toEqual(rule)
  })
})
