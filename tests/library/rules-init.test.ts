import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { project, runCli } from '../cli/helpers.js'

const TEAM_REPO = join(import.meta.dirname, 'fixtures', 'team-repo')

describe('tactful rules with a phrase library', () => {
  it('lists library rules with the built-ins and marks their source file and line', async () => {
    const r = await runCli(['rules'], { cwd: TEAM_REPO })
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toMatch(/^Rule\s+Category\s+Default\s+Fixable\s+Presets\s+Source$/)
    expect(lines.find((l) => l.startsWith('custom/say-order-number '))).toMatch(/^custom\/say-order-number\s+clarity\s+error\s+suggestion\s+-\s+phrases\.tactful\.yaml:18$/)
    expect(lines.find((l) => l.startsWith('no-blame-language '))).toMatch(/\s+built-in$/)
  })

  it('--format json gives library rules a source and built-ins none', async () => {
    const r = await runCli(['rules', '--format', 'json', '--config', '.tactfulrc.yaml'], { cwd: TEAM_REPO })
    const rules = JSON.parse(r.stdout) as Array<{ id: string; source?: string; url: string }>
    expect(rules.filter((x) => x.source).map((x) => [x.id, x.source])).toEqual([
      ['custom/max-one-sorry', 'phrases.tactful.yaml:33'],
      ['custom/no-inconvenience', 'phrases.tactful.yaml:3'],
      ['custom/refund-timeframe', 'phrases.tactful.yaml:47'],
      ['custom/say-order-number', 'phrases.tactful.yaml:18'],
    ])
    expect(rules.find((x) => x.id === 'custom/no-inconvenience')!.url).toMatch(/^file:\/\/.*\/team-repo\/phrases\.tactful\.yaml$/)
  })

  it('--docs writes one Markdown page per library rule', async () => {
    const out = project({})
    const r = await runCli(['rules', '--docs', join(out, 'rule-docs'), '--config', join(TEAM_REPO, '.tactfulrc.yaml')], { cwd: TEAM_REPO })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`Wrote 4 rule pages to ${join(out, 'rule-docs')}\n`)
    const page = readFileSync(join(out, 'rule-docs', 'say-order-number.md'), 'utf8')
    expect(page).toBe(
      [
        '# custom/say-order-number',
        '',
        "Use the words on the customer's receipt.",
        '',
        '- Kind: Replace: each phrase has a preferred wording.',
        '- Category: clarity',
        '- Severity: error',
        '- Defined in: `phrases.tactful.yaml` line 18',
        '',
        '## Message',
        '',
        '> Write {expected} instead of "{actual}"',
        '',
        '## Phrases',
        '',
        '- “order id”, “ticket (number|no)” → “order number”',
        '',
        '## Reported',
        '',
        '- Please reply with your order ID.',
        '',
        '## Not reported',
        '',
        '- Please reply with your order number.',
        '',
      ].join('\n'),
    )
    const limit = readFileSync(join(out, 'rule-docs', 'max-one-sorry.md'), 'utf8')
    expect(limit).toContain('- Allowed: at most 1 per text\n')
    const require = readFileSync(join(out, 'rule-docs', 'refund-timeframe.md'), 'utf8')
    expect(require).toContain('## Where it applies\n\n- Files: `replies/**`\n- Only texts containing: `refund`\n')
  })
})

describe('help for the library commands', () => {
  it('test-rules --help shows its usage and --config; rules --help shows --docs; init --help shows --library', async () => {
    const cwd = project({})
    const testRules = await runCli(['test-rules', '--help'], { cwd })
    expect(testRules.stdout).toMatch(/^Usage: tactful test-rules \[options\]\n  Runs the pass\/fail examples of every phrase-library rule; exits 1 when an example fails\./)
    expect(testRules.stdout).toContain('--config <path>')
    expect((await runCli(['rules', '--help'], { cwd })).stdout).toContain('--docs <dir>')
    expect((await runCli(['init', '--help'], { cwd })).stdout).toContain('--library')
    expect((await runCli(['--help'], { cwd })).stdout).toContain("  test-rules  Run the phrase library's examples\n")
  })
})

describe('tactful init --library', () => {
  it('writes a starter library, references it, and its examples pass', async () => {
    const cwd = project({})
    const init = await runCli(['init', '--yes', '--library'], { cwd })
    expect(init.code).toBe(0)
    expect(init.stdout).toBe('Wrote .tactfulrc.yaml (extends recommended) and phrases.tactful.yaml (run "tactful test-rules" to check its examples). Run "tactful lint" to check your texts.\n')
    expect(readFileSync(join(cwd, '.tactfulrc.yaml'), 'utf8')).toContain('\nphraseLibraries: [phrases.tactful.yaml]\n')
    const tested = await runCli(['test-rules'], { cwd })
    expect(tested.stderr).toBe('')
    expect(tested.code).toBe(0)
    expect(tested.stdout).toContain('5 rules, 11 examples, 0 failing\n')
    for (const kind of ['avoid', 'replace', 'limit', 'require']) expect(readFileSync(join(cwd, 'phrases.tactful.yaml'), 'utf8')).toContain(`kind: ${kind}\n`)
  })

  it('the starter library lints a reply with its own rules', async () => {
    const cwd = project({ 'reply.txt': 'Dear Ms Rossi,\n\nYour refund has been approved. Please keep your order ID.\n\nKind regards,\nAnna\n' })
    await runCli(['init', '--yes', '--library'], { cwd })
    const r = await runCli(['reply.txt', '--format', 'json'], { cwd })
    const ids = (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId).filter((id) => id.startsWith('custom/'))
    expect(ids).toEqual(['custom/refund-timeframe', 'custom/say-order-number'])
  })

  it('without --library the reference is a comment and no library is written', async () => {
    const cwd = project({})
    await runCli(['init', '--yes'], { cwd })
    expect(readFileSync(join(cwd, '.tactfulrc.yaml'), 'utf8')).toContain('\n# phraseLibraries: [phrases.tactful.yaml]\n')
    expect(existsSync(join(cwd, 'phrases.tactful.yaml'))).toBe(false)
  })

  it('refuses to overwrite an existing library without --force', async () => {
    const cwd = project({ 'phrases.tactful.yaml': 'rules: []\n' })
    const r = await runCli(['init', '--yes', '--library'], { cwd })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('tactful: phrases.tactful.yaml already exists; pass --force to overwrite it.\n')
    expect(readFileSync(join(cwd, 'phrases.tactful.yaml'), 'utf8')).toBe('rules: []\n')
  })
})
