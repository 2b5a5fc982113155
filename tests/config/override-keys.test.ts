import { describe, expect, it } from 'vitest'
import { createLinter } from '@tactful/core'

const catalogue = JSON.stringify(
  { macros: [{ title: 'You failed to pay', body: 'Sorry, you failed to add the order number.' }, { title: 'Your mistake', internal: { note: 'your mistake again' } }] },
  null,
  2,
)

describe('overrides[].keys', () => {
  it('applies rule settings to the catalogue entries whose key path matches', () => {
    const linter = createLinter({
      extends: [],
      rules: { 'no-blame-language': 'warning' },
      overrides: [
        { keys: ['macros[*].title'], rules: { 'no-blame-language': 'off' } },
        { keys: ['**.note'], rules: { 'no-blame-language': 'info' } },
      ],
    })
    const { messages } = linter.lint(catalogue, { filePath: 'macros.json' })
    expect(messages.map((m) => [m.unit?.key, m.actual, m.severity])).toEqual([
      ['macros[0].body', 'you failed to', 'warning'],
      ['macros[1].internal.note', 'your mistake', 'info'],
    ])
  })

  it('combines keys with files: both must match', () => {
    const linter = createLinter({
      extends: [],
      rules: { 'no-blame-language': 'warning' },
      overrides: [{ files: ['legacy/**'], keys: ['**'], rules: { 'no-blame-language': 'off' } }],
    })
    expect(linter.lint(catalogue, { filePath: 'legacy/macros.json' }).messages).toEqual([])
    expect(linter.lint(catalogue, { filePath: 'macros.json' }).messages).toHaveLength(4)
  })

  it('does not apply an override with files and keys to the rest of the file', () => {
    const linter = createLinter({
      extends: [],
      rules: { 'no-blame-language': 'warning' },
      overrides: [{ files: ['*.json'], keys: ['macros[*].title'], rules: { 'no-blame-language': 'off' } }],
    })
    const { messages } = linter.lint(catalogue, { filePath: 'macros.json', relativePath: 'macros.json' })
    expect(messages.map((m) => [m.unit?.key, m.actual])).toEqual([
      ['macros[0].body', 'you failed to'],
      ['macros[1].internal.note', 'your mistake'],
    ])
  })
})
