import { describe, expect, it } from 'vitest'
import { parseDirective } from './parse-directive.js'
import { applyDirectives } from './apply-directives.js'
import { LocationIndex } from '../position/location-index.js'
import type { LintMessage } from '../types/message.js'

describe('parseDirective', () => {
  it('reads kind, rule ids and reason', () => {
    expect(parseDirective(' tactful-disable-next-line no-hedges, no-vague-timeframe -- quoting the customer ', [4, 60])).toEqual({
      kind: 'disable-next-line',
      ruleIds: ['no-hedges', 'no-vague-timeframe'],
      reason: 'quoting the customer',
      range: [4, 60],
    })
    expect(parseDirective('tactful-disable', [0, 1])).toEqual({ kind: 'disable', ruleIds: null, range: [0, 1] })
    expect(parseDirective('tactful-enable no-hedges', [0, 1])).toEqual({ kind: 'enable', ruleIds: ['no-hedges'], range: [0, 1] })
  })

  it('ignores comments that are not directives', () => {
    expect(parseDirective(' a normal comment ', [0, 1])).toBeNull()
    expect(parseDirective('tactful-disabled', [0, 1])).toBeNull()
    // A misspelled keyword is no directive, not `tactful-disable` of a rule called "-nextline".
    expect(parseDirective('tactful-disable-nextline no-hedges', [0, 1])).toBeNull()
    expect(parseDirective('tactful-enable-next-line', [0, 1])).toBeNull()
  })
})

function message(ruleId: string, text: string, needle: string): LintMessage {
  const index = new LocationIndex(text)
  const offset = text.indexOf(needle)
  return { ruleId, severity: 'warning', message: 'm', position: { start: index.toPoint(offset), end: index.toPoint(offset + needle.length) }, url: 'u' }
}

describe('applyDirectives', () => {
  const text = ['line one A', '<!-- tactful-disable-next-line r1 -->', 'line three A B', '<!-- tactful-disable -->', 'five A', '<!-- tactful-enable r2 -->', 'seven A B', '<!-- tactful-enable -->', 'nine A x <!-- tactful-disable-line -->'].join('\n')
  const index = new LocationIndex(text)
  const directive = (kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line', line: number, ruleIds: string[] | null) => {
    const start = index.lineStart(line)
    const lineText = text.split('\n')[line - 1]!
    const comment = lineText.indexOf('<!--')
    return { kind, ruleIds, range: [start + comment, start + lineText.length] as [number, number] }
  }
  const directives = [
    directive('disable-next-line', 2, ['r1']),
    directive('disable', 4, null),
    directive('enable', 6, ['r2']),
    directive('enable', 8, null),
    directive('disable-line', 9, null),
  ]

  it('turns rules off by line, next line and region, and back on', () => {
    const messages = [
      message('r1', text, 'one A'),
      message('r1', text, 'three A'),
      message('r2', text, 'B\n<!-- tactful-disable -->'),
      message('r1', text, 'five'),
      message('r2', text, 'seven'),
      message('r1', text, 'seven A'),
      message('r1', text, 'nine'),
    ]
    const { messages: kept, unused } = applyDirectives(messages, directives, index)
    expect(kept.map((m) => `${m.ruleId}@${m.position.start.line}`)).toEqual(['r1@1', 'r2@3', 'r2@7'])
    expect(unused).toEqual([])
  })

  it('lists directives that suppressed nothing', () => {
    const { unused } = applyDirectives([message('r1', text, 'one A')], directives, index)
    expect(unused.map((d) => d.kind)).toEqual(['disable-next-line', 'disable', 'disable-line'])
  })

  it('never hides fatal messages', () => {
    const fatal = { ...message('tactful/parse-error', text, 'five'), fatal: true as const }
    expect(applyDirectives([fatal], directives, index).messages).toEqual([fatal])
  })
})
