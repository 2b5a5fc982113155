import { describe, expect, it } from 'vitest'
import { defineRule } from '../rule/define-rule.js'
import { RuleDefinitionError } from '../rule/rule-definition-error.js'
import { RuleError } from '../rule/rule-error.js'
import type { RuleContext, Visitor } from '../types/rule.js'
import type { AnyRule } from './any-rule.js'
import { createLinter } from './create-linter.js'

const TEXT = 'Hello Ana, your parcel ships on 3 March.'

/** A fixable rule whose exit handler does whatever the test asks of its context. */
function ruleDoing(act: (context: RuleContext<unknown>) => void, visitor: Visitor = {}) {
  return defineRule({
    meta: { id: 'my-rule', description: 'Does what the test says', category: 'clarity', languages: ['en'], defaultSeverity: 'warning', fixable: 'fix', messages: { found: 'Found' } },
    create: (context) => ({ ...visitor, 'RootNode:exit': () => act(context) }),
  })
}

function lintWith(rule: AnyRule, region?: string) {
  return createLinter({ extends: [], rules: { [rule.meta.id]: 'warning' }, ...(region ? { region } : {}) }, { rules: new Map([[rule.meta.id, rule]]), regions: { DE: { name: 'Germany', groups: ['EU'] } } })
}

/** The error a lint throws when the rule acts so, or undefined. */
function errorOf(act: (context: RuleContext<unknown>) => void, visitor?: Visitor): unknown {
  try {
    lintWith(ruleDoing(act, visitor)).lint(TEXT)
  } catch (error) {
    return error
  }
  return undefined
}

describe('report ranges', () => {
  it('are refused unless two integers with 0 ≤ start ≤ end ≤ the unit length, naming the rule and the range', () => {
    expect(TEXT).toHaveLength(40)
    const bad: Array<[[number, number], string]> = [[[5, 2], '[5, 2]'], [[-3, 2], '[-3, 2]'], [[0, 9999], '[0, 9999]'], [[NaN, 2], '[NaN, 2]'], [[1.5, 2], '[1.5, 2]'], [[0, Infinity], '[0, Infinity]']]
    for (const [range, shown] of bad) {
      const error = errorOf((context) => context.report({ range, messageId: 'found' }))
      expect(error, shown).toBeInstanceOf(RuleDefinitionError)
      expect((error as Error).message).toBe(`rule my-rule: report range ${shown} must be two integers with 0 ≤ start ≤ end ≤ 40`)
    }
  })

  it('take the whole text and empty ranges at either end', () => {
    const ranges: Array<[number, number]> = [[0, 0], [0, 40], [40, 40]]
    const messages = lintWith(ruleDoing((context) => ranges.forEach((range) => context.report({ range, messageId: 'found' })))).lint(TEXT).messages
    expect(messages.map((m) => [m.position.start.offset, m.position.end.offset])).toEqual(ranges)
  })

  it('refuse a fix outside the file, which would stay on the message and never be applied', () => {
    const error = errorOf((context) => context.report({ range: [0, 5], messageId: 'found', fix: { range: [40, 45], text: 'x' } }))
    expect(error).toBeInstanceOf(RuleDefinitionError)
    expect((error as Error).message).toBe('rule my-rule: fix range [40, 45] must be two integers with 0 ≤ start ≤ end ≤ 40')
    expect((errorOf((context) => context.report({ range: [0, 5], messageId: 'found', fix: { range: [0, 5] } as never })) as Error).message).toBe(
      'rule my-rule: fix { range: [0, 5] } needs a string text',
    )
  })

  it('refuse a unit range context.replace would otherwise clamp into a different fix', () => {
    const error = errorOf((context) => context.report({ range: [0, 5], messageId: 'found', fix: context.replace([38, 45], '.') }))
    expect(error).toBeInstanceOf(RuleDefinitionError)
    expect((error as Error).message).toBe('rule my-rule: replace range [38, 45] must be two integers with 0 ≤ start ≤ end ≤ 40')
  })

  it('reports an unknown messageId as the same kind of error', () => {
    const error = errorOf((context) => context.report({ range: [0, 5], messageId: 'nope' }))
    expect(error).toBeInstanceOf(RuleDefinitionError)
    expect((error as Error).message).toBe('rule my-rule: reported unknown messageId "nope"')
  })
})

describe('report suggestions', () => {
  it('need a fix: one without is refused, naming the rule and the suggestion', () => {
    const error = errorOf((context) => context.report({ range: [0, 5], messageId: 'found', suggest: [{ message: 's' } as never] }))
    expect(error).toBeInstanceOf(RuleDefinitionError)
    expect((error as Error).message).toBe('rule my-rule: suggestion 0 ("s"): fix is missing; give { range, text }, as context.replace(range, text) builds it')
  })

  it('need their fix inside the file', () => {
    const good = { message: 'fine', fix: { range: [0, 5] as [number, number], text: 'Hi' } }
    const error = errorOf((context) => context.report({ range: [0, 5], messageId: 'found', suggest: [good, { messageId: 'found', fix: { range: [5, 2], text: '' } }] }))
    expect((error as Error).message).toBe('rule my-rule: suggestion 1: fix range [5, 2] must be two integers with 0 ≤ start ≤ end ≤ 40')
    const { messages } = lintWith(ruleDoing((context) => context.report({ range: [0, 5], messageId: 'found', suggest: [good] }))).lint(TEXT)
    expect(messages[0]!.suggestions).toEqual([good])
  })
})

describe('a rule that throws', () => {
  const blowUp = () => {
    throw new Error('rule blew up')
  }

  it('is named in the error, which keeps what it threw as the cause', () => {
    const original = new Error('rule blew up')
    const error = errorOf(() => {
      throw original
    })
    expect(error).toBeInstanceOf(RuleError)
    expect((error as RuleError).message).toBe('Rule "my-rule" failed: rule blew up')
    expect((error as RuleError).ruleId).toBe('my-rule')
    expect((error as RuleError).cause).toBe(original)
  })

  it('is named whether it throws in create, in a node handler or with a value that is no Error', () => {
    const throwing = defineRule({ ...ruleDoing(() => {}), create: blowUp })
    expect(() => lintWith(throwing).lint(TEXT)).toThrow(new RuleError('my-rule', new Error('rule blew up')))
    expect(errorOf(() => {}, { WordNode: blowUp })).toEqual(new RuleError('my-rule', new Error('rule blew up')))
    expect((errorOf(() => {}, { SentenceNode: blowUp }) as Error).message).toBe('Rule "my-rule" failed: rule blew up')
    expect((errorOf(() => {
      throw 'a string'
    }) as Error).message).toBe('Rule "my-rule" failed: a string')
  })
})

describe('lint-time region', () => {
  it('null means none given: the config\'s region stands, as for createLinter({ region: null })', () => {
    let seen: readonly string[] | undefined
    const probe = ruleDoing((context) => (seen = context.region.codes))
    lintWith(probe).lint(TEXT, { region: null as never })
    expect(seen).toEqual([])
    lintWith(probe, 'DE').lint(TEXT, { region: null as never })
    expect(seen).toEqual(['DE'])
  })
})
