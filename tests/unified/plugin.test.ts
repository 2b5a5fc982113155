import { describe, expect, it } from 'vitest'
import { retext } from 'retext'
import { remark } from 'remark'
import remarkRetext from 'remark-retext'
import { unified } from 'unified'
import retextEnglish from 'retext-english'
import { retextTactful } from '@tactful/core'

describe('unified plugin', () => {
  it('adds vfile messages with ruleId, source, url, actual and expected in a retext pipeline', async () => {
    const file = await retext().use(retextTactful, { extends: [], rules: { 'no-blame-language': 'warning' } }).process('Hello Ana, you failed to add the order number.')
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message!.ruleId).toBe('no-blame-language')
    expect(message!.source).toBe('tactful')
    expect(message!.url).toBe('https://tactful.dev/rules/no-blame-language')
    expect(message!.actual).toBe('you failed to')
    expect(message!.expected).toEqual(['it looks like the step was missed', "we didn't receive"])
    expect(message!.place).toEqual({ start: { line: 1, column: 12, offset: 11 }, end: { line: 1, column: 25, offset: 24 } })
    expect(message!.fatal).toBe(false)
  })

  it('runs inside remark through remark-retext', async () => {
    const processor = remark()
      .use(remarkRetext, unified().use(retextEnglish).use(retextTactful, { extends: [], rules: { 'no-blame-language': 'warning' } }) as never)
    const file = await processor.process({ path: 'reply.md', value: '# Reply\n\nYour mistake, sorry.\n' })
    expect(file.messages.map((m) => [m.ruleId, m.actual])).toEqual([['no-blame-language', 'Your mistake']])
  })
})
