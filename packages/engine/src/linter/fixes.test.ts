import { describe, expect, it } from 'vitest'
import { applyFixes } from './apply-fixes.js'
import { createLinter, MAX_FIX_PASSES } from './create-linter.js'
import { defineRule } from '../rule/define-rule.js'
import type { LintMessage } from '../types/message.js'

const at = (range: [number, number], text: string): LintMessage => ({
  ruleId: 'r', severity: 'warning', message: 'm', url: 'u',
  position: { start: { line: 1, column: 1, offset: range[0] }, end: { line: 1, column: 1, offset: range[1] } },
  fix: { range, text },
})

describe('applyFixes', () => {
  it('applies fixes in order and skips one that overlaps an earlier fix', () => {
    const { output, applied } = applyFixes('abcdef', [at([4, 6], 'EF'), at([0, 2], 'AB'), at([1, 3], 'XX')])
    expect(output).toBe('ABcdEF')
    expect(applied).toBe(2)
  })
})

// A mechanical rule: two spaces between words become one.
const doubleSpace = defineRule({
  meta: {
    id: 'no-double-space', description: 'Collapse double spaces', category: 'clarity', languages: ['en'],
    defaultSeverity: 'warning', fixable: 'fix', messages: { double: 'Two spaces between words' },
  },
  create(context) {
    return {
      WhiteSpaceNode(node) {
        const [start, end] = context.rangeOf(node)
        if (node.value === '  ') context.report({ range: [start, end], messageId: 'double', fix: context.replace([start, end], ' ') })
        else if (/^ {3,}$/.test(node.value)) context.report({ range: [start, start + 2], messageId: 'double', fix: context.replace([start, start + 2], ' ') })
      },
    }
  },
})

describe('--fix', () => {
  const linter = createLinter({ extends: [], rules: { 'no-double-space': 'warning' } }, { rules: new Map([['no-double-space', doubleSpace]]) })

  it('re-lints until no fix is left, within the pass limit', () => {
    const result = linter.lint('Hello      Ana,  thanks.', { fix: true })
    expect(result.output).toBe('Hello Ana, thanks.')
    expect(result.messages).toEqual([])
    expect(MAX_FIX_PASSES).toBe(10)
  })

  it('gives no output when nothing changed', () => {
    expect(linter.lint('Hello Ana.', { fix: true }).output).toBeUndefined()
  })
})
