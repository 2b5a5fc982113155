import { describe, expect, it } from 'vitest'
import type { FileResult, Formatter } from '@tactful/formatters'
import { formatResults } from './output.js'

const result = (findings: number): FileResult =>
  ({ filePath: '/repo/export.txt', messages: Array.from({ length: findings }, () => ({})), errorCount: 0, warningCount: findings, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 }) as unknown as FileResult

describe('formatResults', () => {
  it('names a report too long for one string as the user\'s to split, not an internal error', async () => {
    // What V8 throws when a formatter joins more than about 512 MB of text.
    const tooLong: Formatter = () => {
      throw new RangeError('Invalid string length')
    }
    await expect(formatResults(tooLong, [result(1200), result(34)], '/repo', false)).rejects.toMatchObject({
      name: 'UserError',
      message: 'the report of 1,234 findings is too large to build as one text (Node stops at about 512 MB); lint fewer or smaller files per run, or choose a shorter format (--format compact, or --quiet for errors only)',
    })
  })

  it('lets any other formatter failure through unchanged', async () => {
    const broken: Formatter = () => {
      throw new TypeError('x is undefined')
    }
    await expect(formatResults(broken, [result(1)], '/repo', false)).rejects.toThrow(TypeError)
  })
})
