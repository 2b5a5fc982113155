import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseTiming } from '../../packages/cli/src/lint-options.js'
import { project, runCli } from './helpers.js'

const PARTS = ['(extract: Markdown, HTML, templates)', '(parse: retext-english)', '(phrase rules: one shared matcher)', '(engine: tokens, walk, messages)']
const files = {
  'reply.md': '# Your order\n\nHello Anna,\n\nIt ships soon. You failed to attach the receipt.\n\nKind regards,\nTom\n',
  'macro.txt': 'Hi Ben, we will refund you asap.\n',
}

/** The table's rows: name and time, in the order printed. */
function rows(stderr: string): Array<[string, number]> {
  return stderr
    .split('\n')
    .filter((line) => / \| +[\d.]+ \| +[\d.]+%$/.test(line))
    .map((line) => {
      const [name, ms] = line.split('|').map((cell) => cell.trim())
      return [name!, Number(ms)]
    })
}

describe('TIMING (as in ESLint)', () => {
  it('TIMING=1 prints the ten slowest parts to stderr after the report; the JSON on stdout is unchanged', async () => {
    const cwd = project(files)
    const timed = await runCli(['lint', '.', '--format', 'json'], { cwd, env: { TIMING: '1' } })
    const plain = await runCli(['lint', '.', '--format', 'json'], { cwd })
    expect(timed.code).toBe(0)
    expect(plain.stderr).toBe('')
    expect(JSON.parse(timed.stdout).flatMap((r: { messages: Array<{ ruleId: string }> }) => r.messages.map((m) => m.ruleId))).toContain('no-blame-language')
    expect(timed.stdout).toBe(plain.stdout)
    expect(timed.stdout).not.toContain('timing')
    expect(timed.stderr).toMatch(/^\nTIMING: 2 files linted in \d+\.\d ms \(summed over the files and threads\)\n\nRule +\| Time \(ms\) \| Relative\n:-+\|----------:\|--------:\n/)
    // The columns line up, header, rule and rows alike.
    const table = timed.stderr.split('\n').slice(3, -1)
    expect(new Set(table.map((line) => line.indexOf('|'))).size).toBe(1)
    const shown = rows(timed.stderr)
    expect(shown).toHaveLength(10)
    const times = shown.map(([, ms]) => ms)
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('TIMING=all lists every code rule that ran and the four engine parts; TIMING=12 the twelve slowest', async () => {
    const cwd = project(files)
    const all = rows((await runCli(['lint', '.'], { cwd, env: { TIMING: 'all' } })).stderr).map(([name]) => name)
    expect(all).toEqual(expect.arrayContaining([...PARTS, 'no-profanity', 'require-greeting', 'no-shortened-legal-period']))
    // Phrase rules share the matcher: none has a row of its own.
    expect(all).not.toContain('no-blame-language')
    expect(rows((await runCli(['lint', '.'], { cwd, env: { TIMING: '12' } })).stderr)).toHaveLength(12)
  })

  it('times standard input too', async () => {
    const cwd = project({})
    const r = await runCli(['lint', '--stdin'], { cwd, stdin: 'It ships soon.\n', env: { TIMING: '1' } })
    expect(r.stderr).toContain('TIMING: 1 file linted in ')
  })

  it('keeps timings out of the cache, and says when the cache answered every file', async () => {
    const cwd = project(files)
    await runCli(['lint', '.', '--cache'], { cwd, env: { TIMING: '1' } })
    const cacheFile = join(cwd, '.tactfulcache')
    expect(existsSync(cacheFile)).toBe(true)
    expect(readFileSync(cacheFile, 'utf8')).not.toContain('timing')
    const second = await runCli(['lint', '.', '--cache'], { cwd, env: { TIMING: '1' } })
    expect(second.stderr).toBe('\nTIMING: no file was linted (every result came from the cache).\n')
  })

  it('reads the variable as ESLint does', () => {
    expect(parseTiming(undefined)).toBeUndefined()
    expect(parseTiming('')).toBeUndefined()
    // Ten rows at least, as in ESLint: TIMING=1 is "on".
    expect(parseTiming('1')).toBe(10)
    expect(parseTiming('3')).toBe(10)
    expect(parseTiming('25')).toBe(25)
    expect(parseTiming('all')).toBe('all')
    expect(parseTiming('ALL')).toBe('all')
    expect(parseTiming('yes')).toBe(10)
    expect(parseTiming('0')).toBe(10)
  })
})
