import { describe, expect, it } from 'vitest'
import { project, runCli } from '../cli/helpers.js'

const CONFIG = 'extends: []\nphraseLibraries: [phrases.yaml]\n'

const GOOD_RULE = `rules:
  - id: say-order-number
    kind: replace
    description: Use the words on the receipt
    category: clarity
    message: Write {expected}
    patterns:
      - phrases: [order id]
        suggest: [order number]
`

async function lintWith(library: string, name = 'phrases.yaml', config = CONFIG) {
  const cwd = project({ '.tactfulrc.yaml': config, [name]: library, 'reply.txt': 'Please send your order ID.\n' })
  return runCli(['reply.txt'], { cwd })
}

/** Every way a library can be broken exits 2 with one line naming file:line and the key, never a stack trace. */
describe('a broken phrase library', () => {
  it('YAML syntax error: file and line', async () => {
    const r = await lintWith(`${GOOD_RULE}  - id: second\n    kind: [avoid\n    message: x\n`)
    expect(r.code).toBe(2)
    // The parser reports where it gave up: the line after the unclosed bracket.
    expect(r.stderr).toBe('tactful: Invalid configuration in phrases.yaml:12: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]\n')
    expect(r.stderr).not.toContain('    at ')
  })

  it('unknown kind: file, line and key', async () => {
    const r = await lintWith(GOOD_RULE.replace('kind: replace', 'kind: forbid'))
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('tactful: Invalid configuration in phrases.yaml:3: rules[0].kind: must be one of avoid, replace, limit, require (got "forbid")\n')
  })

  it('replace without suggest: points at the pattern', async () => {
    const r = await lintWith(`${GOOD_RULE}  - id: say-refund
    kind: replace
    description: Say refund
    category: clarity
    message: Write {expected}
    patterns:
      - phrases: [money back]
`)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('tactful: Invalid configuration in phrases.yaml:16: rules[1].patterns[0].suggest: a replace pattern needs at least one suggestion\n')
  })

  it('a regular expression is refused with a clear message', async () => {
    const r = await lintWith(GOOD_RULE.replace('      - phrases: [order id]', "      - regex: 'order\\s+id'\n        phrases: [order id]"))
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'tactful: Invalid configuration in phrases.yaml:8: rules[0].patterns[0].regex: regular expressions are not supported; write phrases with (a|b) alternatives and * for any one word\n',
    )
  })

  it('a prefixed id other than custom/ is refused', async () => {
    const r = await lintWith(GOOD_RULE.replace('id: say-order-number', 'id: acme/say-order-number'))
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('tactful: Invalid configuration in phrases.yaml:2: rules[0].id: "acme/say-order-number": library rule ids are short names; tactful files them as custom/<name>\n')
  })

  it('the same id twice names both places', async () => {
    const r = await lintWith(`${GOOD_RULE}${GOOD_RULE.replace('rules:\n', '')}`)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('tactful: Invalid configuration in phrases.yaml:10: rules[1].id: "custom/say-order-number" is already defined at line 2; ids must be unique across libraries\n')
  })

  it('a missing library file names the config and the key', async () => {
    const cwd = project({ '.tactfulrc.yaml': 'extends: []\nphraseLibraries: [missing.yaml]\n', 'reply.txt': 'Hi\n' })
    const r = await runCli(['reply.txt'], { cwd })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^tactful: Invalid configuration in \.tactfulrc\.yaml: phraseLibraries\[0\]: cannot read phrase library .*missing\.yaml \(file not found\)\n$/)
  })

  it('test-rules and rules exit 2 on a broken library too', async () => {
    const cwd = project({ '.tactfulrc.yaml': CONFIG, 'phrases.yaml': GOOD_RULE.replace('kind: replace', 'kind: forbid') })
    for (const command of ['test-rules', 'rules']) {
      const r = await runCli([command], { cwd })
      expect(r.code).toBe(2)
      expect(r.stderr).toContain('phrases.yaml:3: rules[0].kind: must be one of')
    }
  })
})

describe('a JSON phrase library', () => {
  it('lints like the YAML one', async () => {
    const json = JSON.stringify({ rules: [{ id: 'say-order-number', kind: 'replace', description: 'Use the words on the receipt', category: 'clarity', message: 'Write {expected}', patterns: [{ phrases: ['order id'], suggest: ['order number'] }] }] }, null, 2)
    const r = await lintWith(json, 'phrases.json', 'extends: []\nphraseLibraries: [phrases.json]\n')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('custom/say-order-number')
    expect(r.stdout).toContain('Write “order number”')
  })

  it('reports a JSON key with its line', async () => {
    const json = JSON.stringify({ rules: [{ id: 'say-order-number', kind: 'replace', description: 'Use the words on the receipt', category: 'clarity', message: 'Write {expected}', patterns: [{ phrases: ['order id'] }] }] }, null, 2)
    const r = await lintWith(json, 'phrases.json', 'extends: []\nphraseLibraries: [phrases.json]\n')
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('tactful: Invalid configuration in phrases.json:10: rules[0].patterns[0].suggest: a replace pattern needs at least one suggestion\n')
  })
})
