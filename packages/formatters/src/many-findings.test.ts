import type { LintMessage } from '@tactful/engine'
import { describe, expect, it } from 'vitest'
import { formatters } from './index.js'
import type { FileResult } from './types.js'

// A 4 MB macro export of one repeated vague sentence gives ~200,000 findings in one file;
// more than a call's argument limit, which `Math.max(...rows)` once overflowed.
const COUNT = 200_000

function finding(i: number): LintMessage {
  const offset = i * 19 + 13
  return {
    ruleId: 'no-vague-timeframe',
    severity: 'warning',
    message: i === COUNT - 1 ? '“soon” gives no date, and this message is the longest' : '“soon” gives no date',
    category: 'vagueness',
    position: { start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 5, offset: offset + 4 } },
    url: 'https://tactful.dev/rules/no-vague-timeframe',
  }
}

const result: FileResult = {
  filePath: '/work/export.txt',
  messages: Array.from({ length: COUNT }, (_, i) => finding(i)),
  errorCount: 0,
  warningCount: COUNT,
  infoCount: 0,
  fixableCount: 0,
}

describe('a file with more findings than a call takes arguments', () => {
  it('stylish aligns every row to the widest cell and prints each finding once', () => {
    const lines = formatters.get('stylish')!([result], { cwd: '/work', color: false }).split('\n')
    expect(lines[1]).toBe('export.txt')
    const rows = lines.filter((line) => line.startsWith('  1:'))
    expect(rows).toHaveLength(COUNT)
    // The position column is as wide as the last, longest "1:3799995".
    expect(rows[0]).toBe(`  1:14       warning  “soon” gives no date${' '.repeat(33)}  no-vague-timeframe`)
    expect(rows.at(-1)).toBe('  1:3799995  warning  “soon” gives no date, and this message is the longest  no-vague-timeframe')
    expect(lines.at(-2)).toBe('✖ 200000 problems (0 errors, 200000 warnings, 0 infos)')
  })

  it('compact prints one line per finding', () => {
    const lines = formatters.get('compact')!([result], { cwd: '/work', color: false }).split('\n')
    expect(lines.filter((line) => line.endsWith('(no-vague-timeframe)'))).toHaveLength(COUNT)
  })
})
