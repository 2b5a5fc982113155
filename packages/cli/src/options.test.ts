import { describe, expect, it } from 'vitest'
import { BLAME_ONLY, project, runCli } from '../../../tests/cli/helpers.js'

const blame = 'Hello Anna,\n\nYou failed to attach the receipt.\n'
const HELP = 'Run "tactful --help" for the list of options.\n'

describe('option values', () => {
  it.each([['--format'], ['-f'], ['-c'], ['--config'], ['-o'], ['--output-file']])('%s without a value names the long flag', async (flag) => {
    const long = { '-f': '--format', '-c': '--config', '-o': '--output-file' }[flag] ?? flag
    const r = await runCli(['a.txt', flag], { cwd: project({ 'a.txt': blame }) })
    expect(r).toEqual({ code: 2, stdout: '', stderr: `tactful: ${long}: needs a value\n${HELP}` })
  })

  it('--max-warnings -1 means no limit, as with --max-warnings=-1', async () => {
    const cwd = project({ 'a.txt': blame })
    expect((await runCli(['a.txt', ...BLAME_ONLY, '--max-warnings', '-1'], { cwd })).code).toBe(0)
    expect((await runCli(['a.txt', ...BLAME_ONLY, '--max-warnings', '0'], { cwd })).code).toBe(1)
  })

  it.each([
    [['--max-warnings', '-2'], '--max-warnings: expected a whole number ≥ 0 (or -1 for no limit), got "-2"'],
    [['--concurrency', '-3'], '--concurrency: expected auto, off or a number of threads ≥ 1, got "-3"'],
  ])('a negative number is the value of %j, checked against its range', async (flags, expected) => {
    const r = await runCli(['a.txt', ...flags], { cwd: project({ 'a.txt': blame }) })
    expect(r).toEqual({ code: 2, stdout: '', stderr: `tactful: ${expected}\n${HELP}` })
  })
})

describe('help of the other commands', () => {
  it('lists only the formats and exit codes that command has', async () => {
    const rules = (await runCli(['rules', '--help'], { cwd: project({}) })).stdout
    expect(rules).toContain('stylish (default, a table) or json\n')
    expect(rules).not.toContain('sarif')
    expect(rules.trimEnd().split('\n').at(-1)).toBe('Exit codes: 0 the list was printed, 2 usage or config error.')
    const init = (await runCli(['init', '--help'], { cwd: project({}) })).stdout
    expect(init.trimEnd().split('\n').at(-1)).toBe('Exit codes: 0 the config was written, 2 usage error or a config already there.')
  })
})
