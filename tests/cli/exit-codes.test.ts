import { describe, expect, it } from 'vitest'
import { defineRule } from '@tactful/core'
import { BLAME_ONLY, parseJson, project, runCli, NO_RULES } from './helpers.js'

const clean = 'Hello Anna,\n\nThanks for your order. It ships on Monday.\n'
const blame = 'Hello Anna,\n\nYou failed to attach the receipt.\n'

describe('exit codes', () => {
  it('0 when there is nothing to report', async () => {
    const cwd = project({ 'a.txt': clean })
    const r = await runCli(['a.txt', ...BLAME_ONLY], { cwd })
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('0 with warnings only, 1 once --max-warnings is exceeded', async () => {
    const cwd = project({ 'a.txt': blame })
    expect((await runCli(['a.txt', ...BLAME_ONLY], { cwd })).code).toBe(0)
    expect((await runCli(['a.txt', ...BLAME_ONLY, '--max-warnings', '1'], { cwd })).code).toBe(0)
    const over = await runCli(['a.txt', ...BLAME_ONLY, '--max-warnings', '0'], { cwd })
    expect(over.code).toBe(1)
    expect(over.stderr).toBe('tactful found too many warnings (1; maximum: 0).\n')
  })

  it('1 on a lint error', async () => {
    const cwd = project({ 'a.txt': blame })
    const r = await runCli(['a.txt', ...NO_RULES, '--rule', 'no-blame-language:error', '--format', 'json'], { cwd })
    expect(r.code).toBe(1)
    expect(parseJson(r.stdout)[0]).toMatchObject({ errorCount: 1, warningCount: 0 })
  })

  it('2 for a file that cannot be read, also when a second run with --cache prints the stored report', async () => {
    const cwd = project({ 'latin1.txt': Buffer.from('Gr\xfc\xdfe Anna', 'latin1'), 'a.txt': blame })
    for (const run of ['first', 'cached']) {
      const r = await runCli(['latin1.txt', 'a.txt', ...BLAME_ONLY, '--cache'], { cwd })
      expect(r.code, run).toBe(2)
      expect(r.stdout, run).toContain('not valid UTF-8')
      expect(r.stderr, run).toBe('tactful: 1 file could not be read (tactful/parse-error in the report names each and why); the others were linted.\n')
    }
  })

  it('--quiet reports errors only and ignores warnings for the exit code', async () => {
    const cwd = project({ 'a.txt': blame })
    const r = await runCli(['a.txt', ...BLAME_ONLY, '--quiet', '--max-warnings', '0', '--format', 'json'], { cwd })
    expect(r.code).toBe(0)
    expect(parseJson(r.stdout)).toEqual([{ filePath: `${cwd}/a.txt`, messages: [], errorCount: 0, warningCount: 0, infoCount: 0 }])
  })

  it('--rule off silences a rule; repeated --rule flags apply in order', async () => {
    const cwd = project({ 'a.txt': blame })
    const off = await runCli(['a.txt', ...BLAME_ONLY, '--rule', 'no-blame-language:off', '--format', 'json'], { cwd })
    expect(parseJson(off.stdout)[0]!.messages).toEqual([])
    const on = await runCli(['a.txt', ...NO_RULES, '--rule', 'no-blame-language:off', '--rule', 'no-blame-language:info', '--format', 'json'], { cwd })
    expect(parseJson(on.stdout)[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['no-blame-language', 'info']])
  })

  it.each([
    [['--bogus'], 'unknown option --bogus for "tactful lint"'],
    [['a.txt', '--max-warnings', 'lots'], '--max-warnings: expected a whole number'],
    [['a.txt', '--region', 'XX'], '--region: "XX" is not a known ISO 3166-1 alpha-2 region code'],
    [['a.txt', '--region', 'germany'], '--region: "germany" is not a known ISO 3166-1 alpha-2 region code'],
    [['a.txt', '--region', 'UK'], '--region: "UK" is not a known ISO 3166-1 alpha-2 region code (did you mean GB?)'],
    [['a.txt', '--channel', 'fax'], '--channel: expected one of email, chat, template, got "fax"'],
    [['a.txt', '--language', 'xx'], '--language: unsupported language "xx"'],
    [['a.txt', '--rule', 'no-blame-language'], '--rule: expected id:severity'],
    [['a.txt', '--rule', 'no-blame-language:loud'], '--rule: severity must be off, info, warning or error, got "loud"'],
    [['a.txt', '--rule', 'no-such-rule:error'], '--rule: no-such-rule: unknown rule "no-such-rule"'],
    [['a.txt', '--format', 'xml'], '--format: unknown format "xml"'],
    [['a.txt', '--concurrency', 'many'], '--concurrency: expected auto, off or a number'],
    [['a.txt', '--config', 'x.yaml', '--no-config'], '--config: cannot be combined with --no-config'],
    [['missing.txt'], 'No such file or directory: missing.txt'],
    [['docs/**/*.md'], 'No files matching "docs/**/*.md" were found'],
  ])('2 for a usage mistake %j, naming the flag or path, without a stack trace', async (argv, expected) => {
    const cwd = project({ 'a.txt': blame })
    const r = await runCli(argv, { cwd })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(expected)
    expect(r.stderr.startsWith('tactful: ')).toBe(true)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('2 for an internal error: one line and "please report", the stack only with TACTFUL_DEBUG=1', async () => {
    const broken = defineRule({
      meta: { id: 'broken-rule', description: 'Throws', category: 'clarity', languages: ['en'], defaultSeverity: 'warning', fixable: false, messages: { x: 'x' } },
      create() {
        return { SentenceNode() { throw new Error('boom in a rule') } }
      },
    })
    const setup = { rules: new Map([['broken-rule', broken]]) }
    const cwd = project({ 'a.txt': blame })
    const quiet = await runCli(['a.txt', ...NO_RULES, '--rule', 'broken-rule:warning'], { cwd, setup })
    expect(quiet.code).toBe(2)
    expect(quiet.stderr).toContain('tactful: internal error: ')
    expect(quiet.stderr).toContain('boom in a rule')
    expect(quiet.stderr).toContain('please report')
    expect(quiet.stderr).not.toMatch(/\n\s+at /)
    const debug = await runCli(['a.txt', ...NO_RULES, '--rule', 'broken-rule:warning'], { cwd, setup, env: { TACTFUL_DEBUG: '1' } })
    expect(debug.code).toBe(2)
    expect(debug.stderr).toMatch(/\n\s+at /)
  })

  it('--help lists every flag from the flag table; --version prints the version', async () => {
    const cwd = project({})
    const help = await runCli(['--help'], { cwd })
    expect(help.code).toBe(0)
    for (const flag of ['--stdin-filename', '--fix-dry-run', '--max-warnings', '--print-config', '--cache-location', '--concurrency', '--no-config']) {
      expect(help.stdout).toContain(flag)
    }
    expect(help.stdout).toContain('Exit codes: 0')
    const initHelp = await runCli(['init', '--help'], { cwd })
    expect(initHelp.stdout).toContain('--preset')
    expect(initHelp.stdout).not.toContain('--stdin')
    const version = await runCli(['--version'], { cwd })
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it('a flag of another command is named as such', async () => {
    const r = await runCli(['lint', '--preset', 'legal'], { cwd: project({}) })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--preset: not an option of "tactful lint"')
  })
})
