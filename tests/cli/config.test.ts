import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defineRule } from '@tactful/core'
import { BLAME_CONFIG, parseJson, project, runCli } from './helpers.js'

const blame = 'Hello Anna,\n\nYou failed to attach the receipt.\n'

async function ruleIds(cwd: string, argv: string[]) {
  const r = await runCli([...argv, '--format', 'json'], { cwd })
  expect(r.stderr).toBe('')
  return parseJson(r.stdout).map((f) => f.messages.map((m) => `${m.ruleId}:${m.severity}`))
}

describe('config files', () => {
  it.each([
    ['.tactfulrc', 'extends: []\nrules:\n  no-blame-language: error\n'],
    ['.tactfulrc', '{"extends": [], "rules": {"no-blame-language": "error"}}'],
    ['.tactfulrc.json', '{"extends": [], "rules": {"no-blame-language": "error"}}'],
    ['.tactfulrc.yaml', 'extends: []\nrules:\n  no-blame-language: error\n'],
    ['.tactfulrc.yml', 'extends: []\nrules:\n  no-blame-language: error\n'],
    ['.tactfulrc.mjs', 'export default { extends: [], rules: { "no-blame-language": "error" } }\n'],
    ['.tactfulrc.cjs', 'module.exports = { extends: [], rules: { "no-blame-language": "error" } }\n'],
    ['tactful.config.mjs', 'export default { extends: [], rules: { "no-blame-language": "error" } }\n'],
    ['tactful.config.ts', 'const config: { extends: string[]; rules: Record<string, string> } = { extends: [], rules: { "no-blame-language": "error" } }\nexport default config\n'],
    ['package.json', '{"name": "x", "tactful": {"extends": [], "rules": {"no-blame-language": "error"}}}'],
  ])('%s is found and applied', async (name, content) => {
    const cwd = project({ [name]: content, 'a.txt': blame })
    expect(await ruleIds(cwd, ['a.txt'])).toEqual([['no-blame-language:error']])
  })

  it('the nearest config wins, with no cascade from the parent', async () => {
    const cwd = project({
      '.tactfulrc.yaml': 'extends: []\nrules:\n  no-blame-language: error\n',
      'team/.tactfulrc.json': '{"extends": []}',
      'a.txt': blame,
      'team/b.txt': blame,
    })
    expect(await ruleIds(cwd, ['a.txt', 'team/b.txt'])).toEqual([['no-blame-language:error'], []])
  })

  it('--config uses the named file; --no-config ignores config files', async () => {
    const cwd = project({ '.tactfulrc.yaml': 'extends: []\n', 'strict.yaml': 'extends: []\nrules:\n  no-blame-language: error\n', 'a.txt': blame })
    expect(await ruleIds(cwd, ['a.txt'])).toEqual([[]])
    expect(await ruleIds(cwd, ['a.txt', '--config', 'strict.yaml'])).toEqual([['no-blame-language:error']])
    // No config: the recommended preset, which includes no-blame-language.
    const recommended = await ruleIds(cwd, ['a.txt', '--no-config'])
    expect(recommended[0]).toContain('no-blame-language:warning')
  })

  it('overrides apply by glob relative to the config file', async () => {
    const cwd = project({
      '.tactfulrc.yaml': `${BLAME_CONFIG}overrides:\n  - files: ["macros/**"]\n    rules:\n      no-blame-language: error\n  - files: ["*.draft.txt"]\n    rules:\n      no-blame-language: "off"\n`,
      'a.txt': blame,
      'macros/refunds/b.txt': blame,
      'notes/c.draft.txt': blame,
    })
    expect(await ruleIds(cwd, ['.'])).toEqual([['no-blame-language:warning'], ['no-blame-language:error'], []])
  })

  it('--rule wins over an override that sets the rule for some files', async () => {
    const cwd = project({
      '.tactfulrc.yaml': `${BLAME_CONFIG}overrides:\n  - files: ["*.draft.txt"]\n    rules:\n      no-blame-language: "off"\n`,
      'a.txt': blame,
      'notes/c.draft.txt': blame,
    })
    expect(await ruleIds(cwd, ['.', '--rule', 'no-blame-language:error'])).toEqual([['no-blame-language:error'], ['no-blame-language:error']])
  })

  it('--print-config prints the resolved config of a file with each rule origin', async () => {
    const cwd = project({
      '.tactfulrc.yaml': `extends: [politeness]\nregion: DE\nrules:\n  no-blame-language: error\noverrides:\n  - files: ["chat/**"]\n    channel: chat\n    rules:\n      no-blame-language: info\n`,
    })
    const r = await runCli(['--print-config', 'chat/x.txt'], { cwd })
    expect(r.code).toBe(0)
    const config = JSON.parse(r.stdout)
    expect(config.filePath).toBe(join(cwd, 'chat/x.txt'))
    expect(config.region).toEqual(['DE'])
    expect(config.channel).toBe('chat')
    expect(config.configFile).toBe(join(cwd, '.tactfulrc.yaml'))
    expect(config.rules['no-blame-language']).toEqual({ severity: 'info', origin: { configFile: join(cwd, '.tactfulrc.yaml') } })
    expect(config.rules['require-greeting']).toEqual({ severity: 'warning', origin: { preset: 'politeness' } })
    const top = JSON.parse((await runCli(['--print-config', 'x.txt', '--region', 'fr', '--rule', 'require-greeting:off'], { cwd })).stdout)
    expect(top.rules['require-greeting']).toEqual({ severity: 'off', origin: { configFile: '--rule' } })
    expect(top.rules['no-blame-language'].severity).toBe('error')
    expect(top.region).toEqual(['FR'])
    expect(top.channel).toBeUndefined()
  })

  it('--print-config applies the file\'s front matter, and the flags after it', async () => {
    const cwd = project({ '.tactfulrc.yaml': 'region: US\n', 'a.md': '---\nregion: DE\nchannel: chat\n---\nHello.\n' })
    const fromFile = JSON.parse((await runCli(['--print-config', 'a.md'], { cwd })).stdout)
    expect([fromFile.region, fromFile.channel]).toEqual([['DE'], 'chat'])
    const fromFlag = JSON.parse((await runCli(['--print-config', 'a.md', '--region', 'FR'], { cwd })).stdout)
    expect([fromFlag.region, fromFlag.channel]).toEqual([['FR'], 'chat'])
  })

  it('.tactfulignore and config ignores skip files in directory walks', async () => {
    const cwd = project({
      '.tactfulrc.yaml': `${BLAME_CONFIG}ignores: ["archive/**"]\n`,
      '.tactfulignore': '# old drafts\ndrafts/\n*.bak.txt\n',
      'a.txt': blame,
      'drafts/b.txt': blame,
      'archive/c.txt': blame,
      'd.bak.txt': blame,
      'node_modules/pkg/e.txt': blame,
      'notes.csv.unknown': blame,
    })
    const r = await runCli(['.', '--format', 'json'], { cwd })
    expect(parseJson(r.stdout).map((f) => f.filePath)).toEqual([join(cwd, 'a.txt')])
  })
})

describe('broken configs exit 2 naming the file and the key', () => {
  it.each([
    ['YAML syntax error', '.tactfulrc.yaml', 'extends: []\nrules:\n  no-blame-language: [warning\n', '.tactfulrc.yaml: YAML syntax error at line 4, column 1'],
    ['JSON syntax error', '.tactfulrc.json', '{"extends": [],\n "rules": {"no-blame-language": "warning",}}', '.tactfulrc.json: JSON syntax error at line 2'],
    ['unknown rule', '.tactfulrc.yaml', 'rules:\n  no-such-rule: error\n', '.tactfulrc.yaml: rules.no-such-rule: unknown rule "no-such-rule"'],
    ['unknown preset', '.tactfulrc.yaml', 'extends: [recommended, strictest]\n', '.tactfulrc.yaml: extends[1]: unknown preset "strictest"'],
    ['bad severity', '.tactfulrc.yaml', 'rules:\n  no-blame-language: 2\n', '.tactfulrc.yaml: rules.no-blame-language: severity must be "off", "info", "warning" or "error" (got 2)'],
    ['bad option', '.tactfulrc.yaml', 'rules:\n  no-blame-language: [warning, {max: 2}]\n', '.tactfulrc.yaml: rules.no-blame-language: this rule takes no options'],
    ['unknown key', '.tactfulrc.yaml', 'rulez: {}\n', '.tactfulrc.yaml: rulez: unknown key'],
    ['bad region', 'package.json', '{"tactful": {"region": "Germany"}}', 'package.json: region: "Germany" is not a known ISO 3166-1 alpha-2 region code'],
    ['not an object', '.tactfulrc.yaml', '- recommended\n', '.tactfulrc.yaml: the configuration must be an object'],
    ['throwing JS config', 'tactful.config.mjs', 'throw new Error("cannot read team settings")\n', 'tactful.config.mjs: cannot read team settings'],
    ['unknown adapter', '.tactfulrc.yaml', 'adapters: {"*.txt": nope}\n', '.tactfulrc.yaml: adapters["*.txt"]: unknown format "nope"; known formats: text, markdown'],
  ])('%s', async (_name, file, content, expected) => {
    const cwd = project({ [file]: content, 'a.txt': blame })
    const r = await runCli(['a.txt'], { cwd })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(`Invalid configuration in ${expected}`)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('a --config path that does not exist', async () => {
    const cwd = project({ 'a.txt': blame })
    const r = await runCli(['a.txt', '--config', 'nope.yaml'], { cwd })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Invalid configuration in nope.yaml: config file not found')
  })

  it('a bad rule option names the option key', async () => {
    const maxRule = defineRule<{ max: number }>({
      meta: {
        id: 'max-things', description: 'Limit things', category: 'clarity', languages: ['en'], defaultSeverity: 'warning', fixable: false,
        messages: { many: 'Too many' }, options: { schema: { type: 'object', properties: { max: { type: 'integer', minimum: 1 } }, additionalProperties: false }, defaults: { max: 3 } },
      },
      create: () => ({}),
    })
    const setup = { rules: new Map([['max-things', maxRule]]) }
    const cwd = project({ '.tactfulrc.yaml': 'extends: []\nrules:\n  max-things: [warning, {max: two}]\n', 'a.txt': blame })
    const r = await runCli(['a.txt'], { cwd, setup })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('tactful: Invalid configuration in .tactfulrc.yaml: rules.max-things.max: must be a whole number\n')
    const unknown = project({ '.tactfulrc.yaml': 'extends: []\nrules:\n  max-things: [warning, {maximum: 2}]\n', 'a.txt': blame })
    expect((await runCli(['a.txt'], { cwd: unknown, setup })).stderr).toContain('.tactfulrc.yaml: rules.max-things.maximum: unknown option; known: max')
  })
})
