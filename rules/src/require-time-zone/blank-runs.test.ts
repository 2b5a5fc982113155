import { describe, expect, it } from 'vitest'
import { createLinter } from '@tactful/engine'
import { textAdapter } from '@tactful/adapters'
import rule from './rule.js'

// Markup the adapters blank out (HTML comments, template tags) leaves long runs of spaces in a
// unit. A look-behind with an unbounded \s+ rescanned such a run from each of its positions:
// 2,000 HTML comments took 56 s; the time must stay linear in the run's length.
describe('require-time-zone on a unit with a long run of blanks', () => {
  const lint = (text: string) =>
    createLinter({ extends: [], rules: { [rule.meta.id]: 'warning' } }, { rules: new Map([[rule.meta.id, rule]]), adapters: [textAdapter] })
      .lint(text, { format: 'text' })
      .messages.map((m) => m.actual)

  it('finds the hours after 100,000 blanks, in one pass', () => {
    const blanks = ' \n'.repeat(50_000)
    expect(lint(`Hello Anna,${blanks}Our hotline is open 9-5 on weekdays.`)).toEqual(['9-5'])
    expect(lint(`Hello Anna,${blanks}Thanks for waiting.`)).toEqual([])
  })
})
