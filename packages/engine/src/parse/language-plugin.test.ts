import { describe, expect, it } from 'vitest'
import type { Root } from 'nlcst'
import { createLinter } from '../linter/create-linter.js'
import { compilePhraseRule } from '../phrase/compile-phrase-rule.js'
import type { LanguageParser } from './parser.js'

// A toy parser for a made-up language "xx": words are runs of letters, one sentence per line.
const toyParser: LanguageParser = {
  language: 'xx',
  parse(text: string): Root {
    const sentences = text.split('\n').map((line, lineIndex, lines) => {
      const base = lines.slice(0, lineIndex).reduce((sum, l) => sum + l.length + 1, 0)
      const children = [...line.matchAll(/\p{L}+/gu)].map((m) => {
        const start = base + m.index!
        const position = { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: start + m[0].length } }
        return { type: 'WordNode' as const, children: [{ type: 'TextNode' as const, value: m[0], position }], position }
      })
      return { type: 'SentenceNode' as const, children, position: { start: { line: 1, column: 1, offset: base }, end: { line: 1, column: 1, offset: base + line.length } } }
    })
    return { type: 'RootNode', children: [{ type: 'ParagraphNode', children: sentences }] } as Root
  },
}

describe('language parsers', () => {
  it('plug in without engine changes: rules of that language run, others are skipped', () => {
    const xx = compilePhraseRule({ id: 'no-xx-word', kind: 'avoid', description: 'x', category: 'politeness', languages: ['xx'], severity: 'warning', message: 'avoid {actual}', patterns: [{ phrases: ['blorp'] }] })
    const en = compilePhraseRule({ id: 'no-en-word', kind: 'avoid', description: 'x', category: 'politeness', severity: 'warning', message: 'avoid {actual}', patterns: [{ phrases: ['blorp'] }] })
    const linter = createLinter(
      { extends: [], language: 'xx', rules: { 'no-xx-word': 'warning', 'no-en-word': 'warning' } },
      { rules: new Map([[xx.meta.id, xx], [en.meta.id, en]]), parsers: [toyParser] },
    )
    const { messages } = linter.lint('zip zap\nflip blorp')
    expect(messages.map((m) => [m.ruleId, m.actual, m.position.start.line, m.position.start.column])).toEqual([['no-xx-word', 'blorp', 2, 6]])
  })

  it('refuses a language without a parser, naming the key', () => {
    expect(() => createLinter({ extends: [], language: 'fr' }, { rules: new Map() })).toThrow('unsupported language "fr"; supported: en')
  })
})
