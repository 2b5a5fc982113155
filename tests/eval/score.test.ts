import { describe, expect, it } from 'vitest'
import type { LintMessage } from '@tactful/core'
import type { EvalRecord } from '../../scripts/eval/dataset.js'
import { score } from '../../scripts/eval/score.js'

function record(id: string, text: string, labels: Partial<EvalRecord['labels']>, spans: [EvalRecord['spans'][number]['category'], string][] = []): EvalRecord {
  return {
    id, text, channel: 'email', format: 'text', region: null,
    labels: { politeness: 0, vagueness: 0, cultural: 0, legal: 0, ...labels },
    spans: spans.map(([category, quote]) => ({ category, quote, why: 'test', range: [text.indexOf(quote), text.indexOf(quote) + quote.length] })),
  }
}

function finding(ruleId: string, category: LintMessage['category'], start: number, end: number, severity: LintMessage['severity'] = 'warning'): LintMessage {
  return {
    ruleId, category, severity, message: `${ruleId} message`, url: '',
    position: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } },
  }
}

describe('score', () => {
  const vague = record('a', 'It ships soon, sorry.', { vagueness: 1 }, [['vagueness', 'soon']])
  const clean = record('b', 'It ships on 3 May.', {})
  const blame = record('c', 'You forgot the code.', { politeness: 1 }, [['politeness', 'You forgot']])
  const result = score([
    { record: vague, messages: [finding('no-vague-timeframe', 'vagueness', 9, 13)] },
    { record: clean, messages: [finding('no-vague-timeframe', 'vagueness', 0, 2), finding('no-hedging', 'vagueness', 3, 8, 'info')] },
    { record: blame, messages: [finding('no-blame-language', 'politeness', 11, 15)] },
  ])

  it('counts a category as predicted only for warnings and errors', () => {
    const vagueness = result.categories.find((c) => c.category === 'vagueness')!
    expect(vagueness).toMatchObject({ support: 1, tp: 1, fp: 1, fn: 0, tn: 1, precision: 0.5, recall: 1 })
    expect(vagueness.f1).toBeCloseTo(2 / 3)
  })

  it('reports the false-positive rate on all-clean messages, overall and per category', () => {
    expect(result.clean).toBe(1)
    expect(result.cleanFpRate).toBe(1)
    expect(result.categories.find((c) => c.category === 'vagueness')!.cleanFpRate).toBe(1)
    expect(result.categories.find((c) => c.category === 'politeness')!.cleanFpRate).toBe(0)
  })

  it('finds a span only when a finding of its category overlaps the quote', () => {
    // The politeness finding covers "the " (11–15), not "You forgot" (0–10): label right, span missed.
    const politeness = result.categories.find((c) => c.category === 'politeness')!
    expect(politeness).toMatchObject({ tp: 1, spans: 1, spansFound: 0 })
    expect(result.misses).toEqual([{ id: 'c', category: 'politeness', quote: 'You forgot', why: 'test', labelPredicted: true }])
    expect(result.categories.find((c) => c.category === 'vagueness')!.spanRecall).toBe(1)
  })

  it('tallies true and false positives, info findings and span hits per rule', () => {
    expect(result.rules).toEqual([
      { ruleId: 'no-blame-language', category: 'politeness', tp: 1, fp: 0, info: 0, spanHits: 0 },
      { ruleId: 'no-hedging', category: 'vagueness', tp: 0, fp: 0, info: 1, spanHits: 0 },
      { ruleId: 'no-vague-timeframe', category: 'vagueness', tp: 1, fp: 1, info: 0, spanHits: 1 },
    ])
    expect(result.falsePositives).toEqual([
      { id: 'b', category: 'vagueness', ruleId: 'no-vague-timeframe', severity: 'warning', actual: 'It', message: 'no-vague-timeframe message' },
    ])
  })
})
