import { describe, expect, it } from 'vitest'
import { retext } from 'retext'
import { remark } from 'remark'
import remarkRetext from 'remark-retext'
import { unified } from 'unified'
import retextEnglish from 'retext-english'
import { retextTactful } from '@tactful/core'
import { rehype } from 'rehype'
import rehypeRetext from 'rehype-retext'
import { VFile } from 'vfile'

describe('unified plugin', () => {
  it('adds vfile messages with ruleId, source, url, actual and expected in a retext pipeline', async () => {
    const file = await retext().use(retextTactful, { extends: [], rules: { 'no-blame-language': 'warning' } }).process('Hello Ana, you failed to add the order number.')
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message!.ruleId).toBe('no-blame-language')
    expect(message!.source).toBe('tactful')
    expect(message!.url).toBe('https://tactful.dev/rules/no-blame-language')
    expect(message!.actual).toBe('you failed to')
    expect(message!.expected).toEqual(["it looks like you weren't able to"])
    expect(message!.place).toEqual({ start: { line: 1, column: 12, offset: 11 }, end: { line: 1, column: 25, offset: 24 } })
    expect(message!.fatal).toBe(false)
  })

  it('runs inside remark through remark-retext', async () => {
    const processor = remark()
      .use(remarkRetext, unified().use(retextEnglish).use(retextTactful, { extends: [], rules: { 'no-blame-language': 'warning' } }) as never)
    const file = await processor.process({ path: 'reply.md', value: '# Reply\n\nYour mistake, sorry.\n' })
    expect(file.messages.map((m) => [m.ruleId, m.actual])).toEqual([['no-blame-language', 'Your mistake']])
  })

  const blame = { extends: [], rules: { 'no-blame-language': 'warning' as const } }
  const markdown = '# Reply\n\n```\nyou failed to\n```\n\nSome **bold** text. Your mistake, sorry.\n'

  it('reads a file given as bytes, with positions in the original file', async () => {
    const processor = remark().use(remarkRetext, unified().use(retextEnglish).use(retextTactful, blame) as never)
    const file = await processor.process(new VFile({ path: 'reply.md', value: new TextEncoder().encode(markdown) }))
    const [message] = file.messages
    expect([message!.actual, message!.place]).toEqual(['Your mistake', { start: { line: 7, column: 21, offset: 52 }, end: { line: 7, column: 33, offset: 64 } }])
    expect(markdown.slice(52, 64)).toBe('Your mistake')
  })

  it('reads Markdown from remark and HTML from rehype when the file has no name', async () => {
    const fromRemark = await remark().use(remarkRetext, unified().use(retextEnglish).use(retextTactful, blame) as never).process(markdown)
    expect(fromRemark.messages.map((m) => [m.actual, m.line])).toEqual([['Your mistake', 7]])
    const html = '<script>you failed to</script>\n<pre><code>you failed to</code></pre>\n<p>You failed&nbsp;to send it.</p>\n'
    const fromRehype = await rehype().use(rehypeRetext, unified().use(retextEnglish).use(retextTactful, blame) as never).process(html)
    expect(fromRehype.messages.map((m) => [m.actual, m.line, m.column])).toEqual([['You failed&nbsp;to', 3, 4]])
  })

  it('refuses a channel it does not know, naming the option', async () => {
    const processor = retext().use(retextTactful, { channel: 'sms' as never })
    await expect(processor.process('Hello Ana.')).rejects.toThrow('channel: must be one of email, chat, template (got "sms")')
  })
})
