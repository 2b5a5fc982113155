import { describe, expect, it } from 'vitest'
import { createLinter, OffsetMap, type Adapter } from '@tactful/engine'
import { readsAsAngryComplaint } from './complaint-cues.js'
import rule from './rule.js'

describe('readsAsAngryComplaint', () => {
  it('reads one strong cue as a complaint', () => {
    expect(readsAsAngryComplaint('This is unacceptable, the parcel is lost.')).toBe(true)
    expect(readsAsAngryComplaint('I want my money back.')).toBe(true)
    expect(readsAsAngryComplaint('Still waiting for an answer from you.')).toBe(true)
  })

  it('needs two weak cues', () => {
    expect(readsAsAngryComplaint('My parcel is late.')).toBe(false)
    expect(readsAsAngryComplaint('My parcel is late and the box was damaged!!')).toBe(true)
    expect(readsAsAngryComplaint('WHERE IS MY ORDER, it is late')).toBe(true)
  })

  it('does not read a neutral question as a complaint', () => {
    expect(readsAsAngryComplaint('Hi, can I change the delivery address for order 5521?')).toBe(false)
    expect(readsAsAngryComplaint('Thanks, the DHL tracking link works now.')).toBe(false)
  })
})

describe('require-empathy-in-complaint with a transcript turn', () => {
  // A minimal adapter standing in for a transcript: one agent turn with the customer's turn before it.
  const transcript = (previousCustomerTurn: string): Adapter => ({
    id: 'test-transcript',
    extensions: [],
    extract: (text) => ({
      units: [{ text, kind: 'agent-turn', offsetMap: OffsetMap.identity(0, text.length), placeholders: [], previousCustomerTurn }],
      directives: [],
    }),
  })
  const lint = (reply: string, customer: string) =>
    createLinter({ extends: [], rules: { [rule.meta.id]: 'warning' } }, { rules: new Map([[rule.meta.id, rule]]), adapters: [transcript(customer)] })
      .lint(reply, { format: 'test-transcript' })
      .messages.map((m) => [m.ruleId, m.actual])

  it('flags a reply with no acknowledgement after an angry customer turn', () => {
    expect(lint('Your order ships on Thursday.', 'This is ridiculous, where is my order??')).toEqual([['require-empathy-in-complaint', 'Your order ships on Thursday.']])
  })

  it('is quiet when the reply apologises, or the customer was not complaining', () => {
    expect(lint("I'm sorry for the wait; your order ships on Thursday.", 'This is ridiculous, where is my order??')).toEqual([])
    expect(lint('Your order ships on Thursday.', 'When will my order ship?')).toEqual([])
  })
})
