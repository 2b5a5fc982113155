import { describe, expect, it } from 'vitest'
import { RuleTally } from '../../scripts/eval/corpora/rule-tally.js'
import type { Finding } from '../../scripts/eval/corpus-linter.js'

const finding = (ruleId: string, actual: string, severity: Finding['severity'] = 'warning'): Finding => ({ ruleId, category: 'vagueness', severity, actual, start: 0, end: actual.length })

describe('RuleTally', () => {
  it('counts texts with a finding per rule, and those at warning or error', () => {
    const tally = new RuleTally()
    expect(tally.add([finding('no-vague-timeframe', 'Soon'), finding('no-vague-timeframe', 'shortly')])).toBe(true)
    expect(tally.add([finding('max-sentence-length', 'a b c', 'info')])).toBe(false)
    expect(tally.add([])).toBe(false)
    expect([tally.texts, tally.flaggedTexts]).toEqual([3, 1])
    expect(tally.markdown('replies').slice(0, 4)).toEqual([
      '| rule | replies with a finding | share | at warning/error | top phrases (count) |',
      '| --- | --- | --- | --- | --- |',
      '| max-sentence-length | 1 | 33.3% | 0 | “a b c” 1 |',
      '| no-vague-timeframe | 1 | 33.3% | 1 | “shortly” 1, “soon” 1 |',
    ])
  })

  it('shows a match longer than six words by its length, so no corpus text is reproduced', () => {
    const tally = new RuleTally()
    tally.add([finding('max-sentence-length', 'one two three four five six seven')])
    expect(tally.markdown('responses')[2]).toBe('| max-sentence-length | 1 | 100.0% | 1 | ‹7 words› 1 |')
    expect(tally.markdown('responses').at(-1)).toContain('so no response is reproduced here')
  })
})
