import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError } from '@tactful/engine'
import { loadPhraseLibraries } from './phrase-library.js'
import { libraryPaths, phraseLibraryFingerprint } from './library-files.js'

const RULE = `rules:
  - id: refund-timeframe
    kind: require
    description: A refund reply says when the money arrives
    category: vagueness
    message: Say when the refund arrives
    scope:
      ifContains: [refund]
      channels: [email, fax]
    patterns:
      - phrases: ['within * days']
`

function setup(library: string) {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-library-'))
  writeFileSync(join(dir, 'phrases.yaml'), library)
  const configFile = join(dir, '.tactfulrc.yaml')
  return { dir, loaded: { config: { phraseLibraries: ['phrases.yaml'] }, filePath: configFile } }
}

function errorOf(run: () => unknown): ConfigError {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('loadPhraseLibraries', () => {
  it('maps a nested key path to the line of the offending value', () => {
    const { dir, loaded } = setup(RULE)
    const error = errorOf(() => loadPhraseLibraries(loaded))
    expect([error.file, error.key, error.reason]).toEqual([join(dir, 'phrases.yaml:9'), 'rules[0].scope.channels[1]', 'unknown channel "fax"; use email, chat or template'])
  })

  it('compiles valid rules as custom/<id> with severity warning and records their line', () => {
    const { dir, loaded } = setup(RULE.replace(', fax', ''))
    const { entries, rules, files } = loadPhraseLibraries(loaded)
    expect(entries.map((e) => [e.rule.meta.id, e.rule.meta.defaultSeverity, e.line, e.file])).toEqual([['custom/refund-timeframe', 'warning', 2, join(dir, 'phrases.yaml')]])
    expect([...rules.keys()]).toEqual(['custom/refund-timeframe'])
    expect(files).toEqual([join(dir, 'phrases.yaml')])
  })

  it('changes its fingerprint when a library file changes', () => {
    const { dir, loaded } = setup(RULE.replace(', fax', ''))
    const before = loadPhraseLibraries(loaded).fingerprint
    expect(loadPhraseLibraries(loaded).fingerprint).toBe(before)
    writeFileSync(join(dir, 'phrases.yaml'), RULE.replace(', fax', '').replace('within * days', 'within * working days'))
    expect(loadPhraseLibraries(loaded).fingerprint).not.toBe(before)
  })

  it('names the line of a suggest written as one text, and of a misspelled key', () => {
    const replace = "rules:\n  - id: r1\n    kind: replace\n    description: d\n    category: clarity\n    message: x\n    patterns:\n      - phrases: ['order id']\n        suggest: order number\n"
    const asText = errorOf(() => loadPhraseLibraries(setup(replace).loaded))
    expect([asText.file, asText.key, asText.reason]).toEqual([join(asText.file!.replace(/\/phrases\.yaml:\d+$/, ''), 'phrases.yaml:9'), 'rules[0].patterns[0].suggest', 'must be a list of texts, e.g. [order number]'])
    const typo = errorOf(() => loadPhraseLibraries(setup(RULE.replace(', fax', '').replace('    kind: require\n', '    kind: require\n    severty: error\n')).loaded))
    expect([typo.key, typo.reason.startsWith('unknown key; use id, kind')]).toEqual(['rules[0].severty', true])
    const singular = errorOf(() => loadPhraseLibraries(setup(RULE.replace(', fax', '').replace('    patterns:\n', '    pattern:\n')).loaded))
    expect([singular.key, singular.reason]).toEqual(['rules[0].pattern', 'unknown key; did you mean "patterns"? (regular expressions are not supported either)'])
  })

  it('names the line of a word list entry and of a phrase that uses an unknown list', () => {
    const head = "rules:\n  - id: r1\n    kind: avoid\n    description: d\n    category: cultural\n    message: x\n    words:\n      nationality:\n        - german\n"
    const badEntry = errorOf(() => loadPhraseLibraries(setup(`${head}        - ''\n    patterns:\n      - phrases: ['as a $nationality customer']\n`).loaded))
    expect([badEntry.file!.replace(/^.*\//, ''), badEntry.key, badEntry.reason]).toEqual(['phrases.yaml:10', 'rules[0].words.nationality[1]', 'must be a non-empty string'])
    const unknown = errorOf(() => loadPhraseLibraries(setup(`${head}    patterns:\n      - phrases:\n          - 'as a $nation customer'\n`).loaded))
    expect([unknown.file!.replace(/^.*\//, ''), unknown.key, unknown.reason]).toEqual(['phrases.yaml:12', 'rules[0].patterns[0].phrases[0]', 'unknown word list "$nation"; the rule defines $nationality'])
  })

  it('refuses a regex at any depth, and a library that is not a rules map', () => {
    expect(errorOf(() => loadPhraseLibraries(setup(RULE.replace(', fax', '').replace("      - phrases: ['within * days']", "      - phrases: ['within * days']\n        unless: [{ regexp: 'x' }]")).loaded)).key).toBe('rules[0].patterns[0].unless[0].regexp')
    const notMap = errorOf(() => loadPhraseLibraries(setup('- id: a\n').loaded))
    expect([notMap.key, notMap.reason]).toEqual([undefined, 'a phrase library must be a map with a "rules" list'])
    const stray = errorOf(() => loadPhraseLibraries(setup('rules: []\nrule: []\n').loaded))
    expect([stray.file?.endsWith('phrases.yaml:2'), stray.key]).toEqual([true, 'rule'])
  })

  it('loads nothing without phraseLibraries', () => {
    expect(loadPhraseLibraries({ config: {} }).entries).toEqual([])
  })
})

describe('phraseLibraryFingerprint (for result caches, without compiling)', () => {
  it('is the fingerprint a full load reports, and follows edits', () => {
    const { dir, loaded } = setup(RULE.replace(', fax', ''))
    expect(phraseLibraryFingerprint(loaded)).toBe(loadPhraseLibraries(loaded).fingerprint)
    writeFileSync(join(dir, 'phrases.yaml'), RULE.replace(', fax', '').replace('within * days', 'within * working days'))
    expect(phraseLibraryFingerprint(loaded)).toBe(loadPhraseLibraries(loaded).fingerprint)
  })

  it('is undefined when only a full load can say what is wrong: a missing file or a malformed key', () => {
    const { loaded } = setup(RULE)
    expect(phraseLibraryFingerprint({ ...loaded, config: { phraseLibraries: ['missing.yaml'] } })).toBeUndefined()
    expect(phraseLibraryFingerprint({ ...loaded, config: { phraseLibraries: 'phrases.yaml' as never } })).toBeUndefined()
    expect(libraryPaths({ ...loaded, config: { phraseLibraries: [3 as never] } })).toBeUndefined()
  })
})
