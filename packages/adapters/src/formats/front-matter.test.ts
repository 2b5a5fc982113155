import { describe, expect, it } from 'vitest'
import { markdownAdapter } from '../markdown-adapter.js'

/** The parse error a Markdown file gets, with the text its offset points at. */
function problem(text: string) {
  const { error } = markdownAdapter.extract(text, 'macro.md')
  return error && { message: error.message, at: text.slice(error.offset).split('\n')[0] }
}

describe('front matter', () => {
  it('reports an unknown region code at the value', () => {
    expect(problem('---\ntitle: Refunds\nregion: XX\n---\nHello\n')).toEqual({
      message: 'front matter region: "XX" is not a known ISO 3166-1 alpha-2 region code',
      at: 'XX',
    })
  })

  it('reports a region list entry that is not a code', () => {
    expect(problem('---\nregion: [DE, 5]\n---\nHello\n')).toEqual({
      message: 'front matter region: 5 is not a region code (expected two letters such as DE)',
      at: '5]',
    })
  })

  it('reports an unknown channel', () => {
    expect(problem('---\nchannel: fax\n---\nHello\n')).toEqual({
      message: 'front matter channel: "fax" is not a channel; expected one of email, chat, template',
      at: 'fax',
    })
  })

  it('reports an unknown voice under tactful:', () => {
    expect(problem('---\ntactful:\n  voice: rude\n---\nHello\n')).toEqual({
      message: 'front matter tactful.voice: "rude" is not a voice; expected one of formal, friendly',
      at: 'rude',
    })
  })

  it('reports a YAML syntax error where it is, without a line relative to the block', () => {
    expect(problem('---\nregion: XX\nregion: DE\n---\nHello\n')).toEqual({ message: 'front matter is not valid YAML: Map keys must be unique', at: 'region: DE' })
  })

  it('reads valid settings and ignores keys of other tools', () => {
    const { settings, error } = markdownAdapter.extract('---\ntitle: x\ntactful:\n  region: de, AT\n  channel: chat\n  voice: formal\n  complaint: true\n---\nHello\n')
    expect(error).toBeUndefined()
    expect(settings).toEqual({ region: ['de', 'AT'], channel: 'chat', voice: 'formal', complaint: true })
  })
})
