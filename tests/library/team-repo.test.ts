import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseJson, runCli } from '../cli/helpers.js'

const TEAM_REPO = join(import.meta.dirname, 'fixtures', 'team-repo')
const LIBRARY = join(TEAM_REPO, 'phrases.tactful.yaml')
const BIN = join(import.meta.dirname, '..', '..', 'packages', 'cli', 'bin', 'tactful.js')

/** [file, rule, severity, start-end, actual, suggestions] for every message of a JSON report. */
function findings(stdout: string) {
  return parseJson(stdout).flatMap((f) =>
    f.messages.map((m) => [
      f.filePath.slice(TEAM_REPO.length + 1),
      m.ruleId,
      m.severity,
      `${m.position.start.line}:${m.position.start.column}-${m.position.end.line}:${m.position.end.column}`,
      m.actual,
      m.suggestions?.map((s: { fix: { text: string } }) => s.fix.text),
    ]),
  )
}

function copyOfTeamRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-team-'))
  cpSync(TEAM_REPO, dir, { recursive: true })
  return dir
}

describe('a team repository with a phrase library', () => {
  it('lints its replies as the library says: ids, positions, suggestions and severities', async () => {
    const r = await runCli(['.', '--format', 'json'], { cwd: TEAM_REPO })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1) // say-order-number is an error in this library
    expect(findings(r.stdout)).toEqual([
      ['replies/delay.md', 'custom/say-order-number', 'error', '3:46-3:54', 'order ID', ['order number']],
      ['replies/delay.md', 'custom/max-one-sorry', 'warning', '3:72-3:77', 'Sorry', undefined],
      ['replies/delay.md', 'custom/max-one-sorry', 'warning', '3:89-3:101', 'we apologise', undefined],
      ['replies/refund-approved.md', 'custom/refund-timeframe', 'warning', '1:1-1:15', 'Dear Ms Rossi,', undefined],
      ['replies/refund-approved.md', 'custom/no-inconvenience', 'warning', '3:45-3:73', 'for any inconvenience caused', ['for the delay with your order']],
    ])
  })

  it('fills message placeholders from the match', async () => {
    const r = await runCli(['replies/delay.md', '--format', 'json'], { cwd: TEAM_REPO })
    expect(parseJson(r.stdout)[0]!.messages.map((m) => m.message)).toEqual([
      'Write “order number” instead of "order ID"',
      'This reply apologises 3 times; once is enough',
      'This reply apologises 3 times; once is enough',
    ])
  })

  it('keeps the built-in exceptions (quotes) and the file scope: a quoted phrase and a template outside replies/ are silent', async () => {
    const r = await runCli(['replies/quoted.md', 'templates/refund-macro.md', '--format', 'json'], { cwd: TEAM_REPO })
    expect(r.code).toBe(0)
    expect(findings(r.stdout)).toEqual([])
  })

  it('lets the config and --rule turn a library rule off or up', async () => {
    const off = await runCli(['replies/delay.md', '--format', 'json', '--rule', 'custom/say-order-number:off'], { cwd: TEAM_REPO })
    expect(off.code).toBe(0)
    expect(findings(off.stdout).map((f) => f[1])).toEqual(['custom/max-one-sorry', 'custom/max-one-sorry'])
    const unknown = await runCli(['replies/delay.md', '--rule', 'custom/no-such-rule:off'], { cwd: TEAM_REPO })
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('custom/no-such-rule')
  })

  it('--print-config shows library rules with the library file as their origin', async () => {
    const r = await runCli(['--print-config', 'replies/delay.md'], { cwd: TEAM_REPO })
    expect(r.code).toBe(0)
    const printed = JSON.parse(r.stdout) as { rules: Record<string, { severity: string; origin: { configFile: string } }>; voice: string }
    expect(Object.keys(printed.rules)).toEqual(['custom/max-one-sorry', 'custom/no-inconvenience', 'custom/refund-timeframe', 'custom/say-order-number'])
    expect(printed.rules['custom/say-order-number']).toEqual({ severity: 'error', origin: { configFile: LIBRARY } })
    expect(printed.voice).toBe('formal')
  })

  it('--cache lints again when only the library changed', async () => {
    const dir = copyOfTeamRepo()
    const first = await runCli(['replies/delay.md', '--cache', '--format', 'json'], { cwd: dir })
    expect(findings(first.stdout).map((f) => f[1])).toContain('custom/say-order-number')
    const library = join(dir, 'phrases.tactful.yaml')
    writeFileSync(library, readFileSync(library, 'utf8').replace("['order id', 'ticket (number|no)']", "['ticket (number|no)']"))
    const second = await runCli(['replies/delay.md', '--cache', '--format', 'json'], { cwd: dir })
    expect(findings(second.stdout).map((f) => f[1])).toEqual(['custom/max-one-sorry', 'custom/max-one-sorry'])
  })

  it('worker threads load the library too', { timeout: 120_000 }, async () => {
    const dir = copyOfTeamRepo()
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, 'replies', `bulk-${String(i).padStart(2, '0')}.md`), 'Dear Ana,\n\nPlease send your order ID.\n')
    // Workers run the built bin (pnpm build), as in tests/cli/cache-workers.test.ts.
    const lint = (concurrency: string) => spawnSync(process.execPath, [BIN, 'replies', '--format', 'json', '--concurrency', concurrency], { cwd: dir, encoding: 'utf8' })
    const sequential = lint('off')
    const parallel = lint('2')
    expect(parallel.stderr).toBe('')
    expect(parallel.status).toBe(1)
    expect(parallel.stdout).toBe(sequential.stdout)
    expect(parseJson(parallel.stdout).filter((f) => f.messages.some((m) => m.ruleId === 'custom/say-order-number'))).toHaveLength(41)
  })
})

describe('tactful test-rules on the team repository', () => {
  it('passes and prints a line per rule with its file and line', async () => {
    const r = await runCli(['test-rules'], { cwd: TEAM_REPO })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      [
        '✓ custom/no-inconvenience  3/3 examples  (phrases.tactful.yaml:3)',
        '✓ custom/say-order-number  2/2 examples  (phrases.tactful.yaml:18)',
        '✓ custom/max-one-sorry  2/2 examples  (phrases.tactful.yaml:33)',
        '✓ custom/refund-timeframe  3/3 examples  (phrases.tactful.yaml:47)',
        '',
        '4 rules, 10 examples, 0 failing',
        '',
      ].join('\n'),
    )
  })

  it('exits 1 and names the example when a rule stops working or cries wolf', async () => {
    const dir = copyOfTeamRepo()
    const library = join(dir, 'phrases.tactful.yaml')
    const text = readFileSync(library, 'utf8')
      .replace('- Please reply with your order number.', '- Please reply with your order ID number.')
      .replace('- Your refund has been approved.', '- Your refund was approved within 2 days of your request.')
    writeFileSync(library, text)
    const r = await runCli(['test-rules', '--config', '.tactfulrc.yaml'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('✗ custom/say-order-number  1/2 examples  (phrases.tactful.yaml:18)\n    should pass, but was reported (1:24 order ID): "Please reply with your order ID number."\n')
    expect(r.stdout).toContain('✗ custom/refund-timeframe  2/3 examples  (phrases.tactful.yaml:47)\n    should fail, but nothing was reported: "Your refund was approved within 2 days of your request."\n')
    expect(r.stdout).toContain('4 rules, 10 examples, 2 failing\n')
  })

  it('exits 2 when the config has no phrase library', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-team-'))
    writeFileSync(join(dir, '.tactfulrc.yaml'), 'extends: []\n')
    const r = await runCli(['test-rules'], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('tactful: test-rules: no phrase-library rules to test (.tactfulrc.yaml); list your library files under phraseLibraries in the config\n')
  })
})
