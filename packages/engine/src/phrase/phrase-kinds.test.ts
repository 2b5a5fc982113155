import { describe, expect, it } from 'vitest'
import { compilePhraseRule } from './compile-phrase-rule.js'
import { createLinter } from '../linter/create-linter.js'
import { RuleDefinitionError } from '../rule/rule-definition-error.js'
import type { PhraseRuleSource } from './types.js'

function linterFor(source: PhraseRuleSource) {
  const rule = compilePhraseRule(source)
  return createLinter({ extends: [], rules: { [rule.meta.id]: rule.meta.defaultSeverity } }, {
    rules: new Map([[rule.meta.id, rule]]),
    regions: { DE: { name: 'Germany', groups: ['EU'] }, US: { name: 'United States', groups: ['US'] } },
  })
}

describe('require rules', () => {
  const refundTimeframe = linterFor({
    id: 'custom/refund-timeframe',
    kind: 'require',
    description: 'A refund reply states when the money arrives',
    category: 'vagueness',
    severity: 'warning',
    message: 'A refund reply should say when the refund arrives',
    scope: { ifContains: ['refund'], channels: ['email'], files: ['replies/**'] },
    patterns: [{ phrases: ['within * business days', 'by * (january|february|march|april|may|june|july|august|september|october|november|december)'] }],
  })

  it('reports once on the first line when no accepted phrase occurs', () => {
    const text = 'Hello Ana,\nyour refund was approved.'
    const { messages } = refundTimeframe.lint(text, { channel: 'email', filePath: 'replies/refund.txt' })
    expect(messages.map((m) => [m.ruleId, m.actual, m.message])).toEqual([
      ['custom/refund-timeframe', 'Hello Ana,', 'A refund reply should say when the refund arrives'],
    ])
  })

  it('is satisfied by a wildcard phrase', () => {
    expect(refundTimeframe.lint('Your refund arrives within 5 business days.', { channel: 'email', filePath: 'replies/a.txt' }).messages).toEqual([])
  })

  it('stays out of units its scope does not cover', () => {
    const text = 'Your refund was approved.'
    expect(refundTimeframe.lint(text, { channel: 'chat', filePath: 'replies/a.txt' }).messages).toEqual([])
    expect(refundTimeframe.lint(text, { channel: 'email', filePath: 'macros/a.txt' }).messages).toEqual([])
    expect(refundTimeframe.lint('Your parcel left today.', { channel: 'email', filePath: 'replies/a.txt' }).messages).toEqual([])
  })
})

describe('limit rules', () => {
  const apologies = linterFor({
    id: 'custom/max-apologies',
    kind: 'limit',
    description: 'At most one apology',
    category: 'politeness',
    severity: 'warning',
    message: 'The message apologises {count} times; keep it to {max}',
    limit: { max: 1 },
    patterns: [{ phrases: ['sorry', '(we|i) apologi(s|z)e'] }],
  })

  it('reports every match past the maximum', () => {
    const text = 'Sorry for the wait. We apologise for the mix-up. Sorry again.'
    const { messages } = apologies.lint(text)
    expect(messages.map((m) => [m.actual, m.message])).toEqual([
      ['We apologise', 'The message apologises 3 times; keep it to 1'],
      ['Sorry', 'The message apologises 3 times; keep it to 1'],
    ])
  })
})

describe('compilePhraseRule validation', () => {
  it('names the key of a bad scope', () => {
    expect(() =>
      compilePhraseRule({ id: 'custom/x', kind: 'avoid', description: 'x', category: 'politeness', severity: 'warning', message: 'x', scope: { channels: ['fax' as never] }, patterns: [{ phrases: ['x'] }] }),
    ).toThrow(new RuleDefinitionError('unknown channel "fax"; use email, chat or template', 'scope.channels[0]'))
  })

  it('refuses, at once, a phrase whose groups would spell millions of phrases', () => {
    const phrase = Array(8).fill('(a|b|c|d|e|f|g|h)').join(' ')
    expect(() =>
      compilePhraseRule({ id: 'custom/x', kind: 'avoid', description: 'x', category: 'politeness', severity: 'warning', message: 'x', patterns: [{ phrases: [phrase] }] }),
    ).toThrow(new RuleDefinitionError(`"${phrase}" spells 16,777,216 phrases; at most 50,000: split it into several phrases or use a wildcard (*)`, 'patterns[0].phrases[0]'))
  })

  it('refuses a rule whose phrases together spell too many', () => {
    // 50,000 each: every entry is at the per-entry limit, and the twenty-first passes the rule's.
    const phrase = `${Array(4).fill('(a|b|c|d|e|f|g|h|i|j)').join(' ')} (k|l|m|n|o)`
    const phrases = Array.from({ length: 21 }, (_, i) => `w${i} ${phrase}`)
    expect(() =>
      compilePhraseRule({ id: 'custom/x', kind: 'avoid', description: 'x', category: 'politeness', severity: 'warning', message: 'x', patterns: [{ phrases }] }),
    ).toThrow(new RuleDefinitionError('the rule spells more than 1,000,000 phrases; split it into several rules or use wildcards (*)', 'patterns[0].phrases[20]'))
  })

  it('refuses a condition that spells too many phrases, naming it', () => {
    const many = `${Array(3).fill('(a|b|c|d|e|f|g|h|i|j)').join(' ')} (k|l|m|n)`
    expect(() =>
      compilePhraseRule({ id: 'custom/x', kind: 'avoid', description: 'x', category: 'politeness', severity: 'warning', message: 'x', patterns: [{ phrases: ['soon'], unless: [{ any: [{ has: 'date' }, { phrases: [many], in: 'unit' }] }] }] }),
    ).toThrow(new RuleDefinitionError('spells 4,000 phrases; at most 3,000: use * for a word that may be anything, or split the condition with any: [...]', 'patterns[0].unless[0].any[1].phrases'))
  })

  it('refuses a replace pattern without suggestions and a duplicate phrase', () => {
    expect(() => compilePhraseRule({ id: 'a', kind: 'replace', description: 'x', category: 'politeness', severity: 'warning', message: 'x', patterns: [{ phrases: ['x'] }] })).toThrow(
      'patterns[0].suggest: a replace pattern needs at least one suggestion',
    )
    const rule = (patterns: PhraseRuleSource['patterns']): PhraseRuleSource => ({ id: 'a', kind: 'avoid', description: 'x', category: 'politeness', severity: 'warning', message: 'x', patterns })
    expect(() => compilePhraseRule(rule([{ phrases: ['(a|a b) (b c|c)'] }]))).toThrow(new RuleDefinitionError('"a b c" appears twice in this rule (twice in this entry); to report it in more contexts, widen one pattern\'s conditions (any: [...])', 'patterns[0].phrases[0]'))
    // The message names the entry that spelled it first, so the other copy is found at once.
    expect(() => compilePhraseRule(rule([{ phrases: ['a b', 'x y'] }, { phrases: ['(x|z) y'] }]))).toThrow(new RuleDefinitionError('"x y" appears twice in this rule (in patterns[0].phrases[1] too); to report it in more contexts, widen one pattern\'s conditions (any: [...])', 'patterns[1].phrases[0]'))
  })
})

describe('invisible characters', () => {
  const soon = linterFor({ id: 'custom/soon', kind: 'avoid', description: 'Say when', category: 'vagueness', severity: 'warning', message: 'Flagged', patterns: [{ phrases: ['ships soon'] }] })

  it('a soft hyphen inside a word (HTML &shy;) does not hide it, and the finding covers the word as written', () => {
    const text = 'It ships so\u00ADon.'
    const [message] = soon.lint(text).messages
    expect(message?.actual).toBe('ships so\u00ADon')
    expect([message?.position.start.offset, message?.position.end.offset]).toEqual([3, 14])
  })
})
