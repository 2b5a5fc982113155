import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { run } from 'tactful'
import { parse } from 'yaml'
import { builtins } from '@tactful/core'
import { project, runCli } from './helpers.js'

describe('tactful init', () => {
  it('writes a starter .tactfulrc.yaml from flags that tactful then loads', async () => {
    const cwd = project({})
    const r = await runCli(['init', '--preset', 'politeness,legal', '--region', 'de,FR', '--channel', 'email'], { cwd })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('Wrote .tactfulrc.yaml (extends politeness, legal). Run "tactful lint" to check your texts.\n')
    const config = parse(readFileSync(join(cwd, '.tactfulrc.yaml'), 'utf8'))
    expect(config).toEqual({ extends: ['politeness', 'legal'], region: ['DE', 'FR'], channel: 'email', ignores: [] })
    const printed = JSON.parse((await runCli(['--print-config', 'a.txt'], { cwd })).stdout)
    expect(printed.region).toEqual(['DE', 'FR'])
  })

  it('asks on a terminal for what the flags did not say, re-asking after a bad answer', async () => {
    const cwd = project({})
    const stdin = Object.assign(new PassThrough(), { isTTY: true })
    let asked = ''
    const stdout = Object.assign(
      new Writable({
        write(chunk, _encoding, callback) {
          asked += chunk.toString()
          // Answer each question as it is asked.
          if (asked.endsWith('[recommended]: ')) stdin.write('vagueness\n')
          else if (asked.endsWith('(empty: any region): ')) stdin.write(asked.includes('not a known') ? 'JP\n' : 'Narnia\n')
          callback()
        },
      }),
      { isTTY: true },
    )
    const code = await run(['init', '--channel', 'chat'], { stdout, stderr: new PassThrough(), stdin, cwd, env: {} })
    expect(code).toBe(0)
    expect(asked).toContain('"Narnia" is not a known ISO 3166-1 alpha-2 region code')
    expect(asked).not.toContain('Channel:')
    expect(parse(readFileSync(join(cwd, '.tactfulrc.yaml'), 'utf8'))).toEqual({ extends: ['vagueness'], region: ['JP'], channel: 'chat', ignores: [] })
  })

  it('without flags and without a terminal it takes the defaults (recommended)', async () => {
    const cwd = project({})
    expect((await runCli(['init'], { cwd })).code).toBe(0)
    expect(parse(readFileSync(join(cwd, '.tactfulrc.yaml'), 'utf8'))).toEqual({ extends: ['recommended'], ignores: [] })
  })

  it('refuses to overwrite a config without --force', async () => {
    const cwd = project({ '.tactfulrc.yaml': 'extends: []\n' })
    const r = await runCli(['init', '--yes'], { cwd })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('tactful: .tactfulrc.yaml already exists; pass --force to overwrite it.\n')
    expect((await runCli(['init', '--yes', '--force', '--preset', 'legal'], { cwd })).code).toBe(0)
    expect(parse(readFileSync(join(cwd, '.tactfulrc.yaml'), 'utf8')).extends).toEqual(['legal'])
  })

  it.each([
    ['.tactfulrc.json', '{}'],
    ['package.json', '{"name":"shop","tactful":{"extends":[]}}'],
  ])('refuses beside another config (%s), with or without --force, since one of the two would be ignored', async (name, content) => {
    const cwd = project({ [name]: content })
    for (const argv of [['init', '--yes'], ['init', '--yes', '--force']]) {
      const r = await runCli(argv, { cwd })
      expect([r.code, r.stderr]).toEqual([2, `tactful: ${name} already configures tactful here; edit it, or remove it before running "tactful init".\n`])
    }
    expect(existsSync(join(cwd, '.tactfulrc.yaml'))).toBe(false)
  })

  it('writes a config whose commented rules block is valid once uncommented', async () => {
    const cwd = project({ 'package.json': '{"name":"shop"}' })
    expect((await runCli(['init', '--yes'], { cwd })).code).toBe(0)
    const text = readFileSync(join(cwd, '.tactfulrc.yaml'), 'utf8').replace('# rules:', 'rules:').replace('#   no-blame-language: error', '  no-blame-language: error')
    expect(parse(text).rules).toEqual({ 'no-blame-language': 'error' })
  })

  it.each([
    [['init', '--preset', 'strict'], '--preset: unknown preset "strict"'],
    [['init', '--region', 'EU'], '--region: "EU" is not a known ISO 3166-1 alpha-2 region code'],
    [['init', '--channel', 'sms'], '--channel: expected one of email, chat, template'],
  ])('%j exits 2 naming the flag', async (argv, message) => {
    const cwd = project({})
    const r = await runCli(argv, { cwd })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(message)
    expect(existsSync(join(cwd, '.tactfulrc.yaml'))).toBe(false)
  })
})

describe('tactful rules', () => {
  it('--format json lists every rule with category, default severity, fixable and presets', async () => {
    const r = await runCli(['rules', '--format', 'json'], { cwd: project({}) })
    expect(r.code).toBe(0)
    const rules = JSON.parse(r.stdout) as Array<Record<string, unknown>>
    expect(rules.map((x) => x.id)).toEqual([...builtins.rules.keys()].sort((a, b) => a.localeCompare(b)))
    expect(rules.find((x) => x.id === 'no-blame-language')).toEqual({
      id: 'no-blame-language',
      category: 'politeness',
      description: 'Flag phrasing that puts the blame on the customer',
      defaultSeverity: 'warning',
      fixable: 'suggestion',
      presets: expect.arrayContaining(['recommended', 'politeness']),
      url: 'https://tactful.dev/rules/no-blame-language',
    })
  })

  it('prints a table by default', async () => {
    const r = await runCli(['rules'], { cwd: project({}) })
    const lines = r.stdout.split('\n')
    expect(lines[0]).toMatch(/^Rule\s+Category\s+Default\s+Fixable\s+Presets$/)
    expect(lines.find((l) => l.startsWith('no-blame-language '))).toMatch(/^no-blame-language\s+politeness\s+warning\s+suggestion\s+.*recommended/)
    expect(r.stdout).toContain(`${builtins.rules.size} rules.`)
  })

  it('rejects formats it cannot print', async () => {
    const r = await runCli(['rules', '--format', 'sarif'], { cwd: project({}) })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--format: "tactful rules" prints stylish (a table) or json')
  })
})
