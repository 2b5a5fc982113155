import { describe, expect, it } from 'vitest'
import { defineRule, OffsetMap, type Adapter } from '@tactful/engine'
import { lintCase, runRuleCases, validCaseProblems } from './rule-tester.js'
import type { RuleCases } from './cases.js'

/** Stands in for a transcript-aware rule: flags the whole reply when there is a customer turn before it. */
const afterCustomer = defineRule({
  meta: {
    id: 'after-customer',
    description: 'Flags a reply that follows a customer turn',
    category: 'politeness',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: false,
    appliesTo: ['body', 'agent-turn'],
    messages: { answered: 'This reply follows a customer turn' },
  },
  create(context) {
    return {
      'RootNode:exit'() {
        if (context.unit.previousCustomerTurn !== undefined) context.report({ range: [0, context.text.length], messageId: 'answered' })
      },
    }
  },
})

const angry = 'This is UNACCEPTABLE!!! I am furious, where is my parcel?'

// The cases themselves are the test: without the customer turn reaching the rule, the invalid one fails.
runRuleCases(afterCustomer, {
  valid: ['Your parcel left on Monday.'],
  invalid: [{ text: 'Your parcel left on Monday.', previousCustomerTurn: angry, errors: [{ actual: 'Your parcel left on Monday.', messageId: 'answered' }] }],
})

describe('lintCase with previousCustomerTurn', () => {
  it('hands the turn to the rule through the adapter the case names', () => {
    const agentTurn: Adapter = {
      id: 'one-turn',
      extensions: [],
      extract: (text) => ({ units: [{ text, kind: 'agent-turn', offsetMap: OffsetMap.identity(0, text.length), placeholders: [] }], directives: [] }),
    }
    const c = { text: 'Your parcel left on Monday.', format: 'one-turn', previousCustomerTurn: angry }
    expect(lintCase(afterCustomer, c, { adapters: [agentTurn] }).messages.map((m) => m.actual)).toEqual(['Your parcel left on Monday.'])
  })

  it('keeps the turn an adapter linked itself', () => {
    const seen: Array<string | undefined> = []
    const probe = defineRule({
      ...afterCustomer,
      create: (context) => ({ 'RootNode:exit': () => void seen.push(context.unit.previousCustomerTurn) }),
    })
    const linked: Adapter = {
      id: 'text',
      extensions: [],
      extract: (text) => ({
        units: [{ text, kind: 'body', offsetMap: OffsetMap.identity(0, text.length), placeholders: [], previousCustomerTurn: 'from the file' }],
        directives: [],
      }),
    }
    lintCase(probe, { text: 'Your parcel left on Monday.', previousCustomerTurn: angry }, { adapters: [linked] })
    expect(seen).toEqual(['from the file'])
  })
})

/** Notes a laugh at info level: fine in "Haha, thanks!", which a valid case says by listing it. */
const notesLaughter = defineRule({
  meta: {
    id: 'notes-laughter',
    description: 'Notes laughter',
    category: 'politeness',
    languages: ['en'],
    defaultSeverity: 'info',
    fixable: false,
    messages: { laugh: 'Laughter can read as mocking' },
  },
  create(context) {
    return {
      WordNode(node) {
        const start = node.position?.start.offset ?? 0
        if (context.text.slice(start, start + 4) === 'Haha') context.report({ range: [start, start + 4], messageId: 'laugh' })
      },
    }
  },
})

runRuleCases(notesLaughter, {
  valid: ['Thanks!', { text: 'Haha, thanks!', info: ['Haha'] }],
  invalid: [{ text: 'Haha, no.', errors: [{ actual: 'Haha', severity: 'info' }] }],
})

describe('valid cases with info findings', () => {
  const problems = (text: string, info?: string[]) => validCaseProblems(lintCase(notesLaughter, { text }, {}).messages, { text, ...(info ? { info } : {}) }, 'notes-laughter')

  it('accepts exactly the info findings the case lists', () => {
    expect(problems('Haha, thanks!', ['Haha'])).toEqual([])
  })

  it('fails on an info finding the case does not list, and on a listed one that did not come', () => {
    expect(problems('Haha, thanks!')).toEqual(['notes-laughter 1:1 “Haha” Laughter can read as mocking'])
    expect(problems('Haha, thanks! Haha.', ['Haha'])).toEqual(['notes-laughter 1:15 “Haha” Laughter can read as mocking'])
    expect(problems('Thanks!', ['Haha'])).toEqual(['expected an info finding on “Haha”'])
  })
})

describe('runRuleCases rejects malformed cases', () => {
  /** Runs the cases where a rule's test file would, while tests are collected, and checks what they threw. */
  function rejects(title: string, cases: unknown, message: string) {
    describe(title, () => {
      let thrown: unknown
      try {
        runRuleCases(afterCustomer, cases as RuleCases)
      } catch (error) {
        thrown = error
      }
      it('fails naming the case', () => {
        expect(thrown).toBeInstanceOf(Error)
        expect(thrown, 'a crash, not a rejection').not.toBeInstanceOf(TypeError)
        expect((thrown as Error).message).toContain(message)
      })
    })
  }

  rejects(
    'an invalid case with no expected errors',
    { valid: [], invalid: [{ text: 'Your parcel left on Monday.', errors: [] }] },
    'after-customer: malformed cases\n  invalid[0] "Your parcel left on Monday.": needs at least one expected error in "errors"',
  )
  rejects(
    'an unknown key in an expected error',
    { valid: [], invalid: [{ text: 'Your parcel left on Monday.', previousCustomerTurn: angry, errors: [{ actual: 'Your parcel left on Monday.', colum: 99 }] }] },
    'invalid[0] "Your parcel left on Monday.": errors[0]: unknown key "colum" (did you mean "column"?)',
  )
  rejects(
    'a valid case with a misspelt text key',
    { valid: ['fine', { txt: 'hello' }], invalid: [] },
    'after-customer: malformed cases\n  valid[1] {"txt":"hello"}: needs "text" (a string)\n  valid[1] {"txt":"hello"}: unknown key "txt" (did you mean "text"?)',
  )
  rejects(
    'a valid case whose info is not a list of matched words',
    { valid: [{ text: 'Haha, thanks!', info: 'Haha' }], invalid: [] },
    'valid[0] "Haha, thanks!": "info" must list the matched words of each expected info finding',
  )
  rejects(
    'an unknown case key and an expected error without actual',
    { valid: [], invalid: [{ text: 'Hi', complain: true, errors: [{ messageId: 'answered' }] }] },
    '  invalid[0] "Hi": unknown key "complain" (did you mean "complaint"?)\n  invalid[0] "Hi": errors[0]: needs "actual" (a string)',
  )
})
