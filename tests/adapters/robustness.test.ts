import { describe, expect, test } from 'vitest'
import { adapters } from '@tactful/adapters'
import { lintChecked } from './harness.js'

const NASTY = ['', '\n\n', '{{', '{%', '{{#if}}{{else}}{{else}}', '<p', '---\n', '"', '\u0000\ufffd\uffff', '{"a": "\\u12"}', 'a,b\n"', '=?UTF-8?B?@@?=']

describe('every adapter', () => {
  for (const adapter of adapters) {
    test(`${adapter.id} never throws on broken input`, () => {
      for (const text of NASTY) {
        const extracted = adapter.extract(text, `file${adapter.extensions[0]}`)
        for (const unit of extracted.units) expect(unit.offsetMap.toFile(unit.text.length, 'end')).toBeLessThanOrEqual(text.length)
      }
    })
  }
})

describe('CRLF line endings', () => {
  test('positions stay right in Markdown, HTML and templates', () => {
    const md = lintChecked('# Title\r\n\r\nIt was your mistake.\r\n', 'a.md')
    expect(md.messages.map((m) => [m.actual, m.position.start.line, m.position.start.column])).toEqual([['your mistake', 3, 8]])
    const html = lintChecked('<p>Hello,</p>\r\n<p>\r\nit was your mistake.</p>\r\n', 'a.html')
    expect(html.messages.map((m) => [m.actual, m.position.start.line, m.position.start.column])).toEqual([['your mistake', 3, 8]])
    const hbs = lintChecked('{{#if a}}\r\nIt was your mistake.\r\n{{/if}}\r\n', 'a.hbs')
    expect(hbs.messages.map((m) => [m.actual, m.position.start.line, m.position.start.column])).toEqual([['your mistake', 2, 8]])
  })
})
