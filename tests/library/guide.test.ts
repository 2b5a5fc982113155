import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { project, runCli } from '../cli/helpers.js'

const GUIDE = join(import.meta.dirname, '..', '..', 'docs', 'guide', 'phrase-library.md')
const guide = readFileSync(GUIDE, 'utf8')

interface Block {
  mark: string
  body: string
  /** The ```text block right after this one, if any (the output the guide promises). */
  output?: string
}

/** The guide's ```yaml blocks that open with `# guide-example [config|broken]`. */
function guideExamples(): Block[] {
  const fences = [...guide.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]! }))
  return fences.flatMap((fence, i) => {
    const mark = /^# guide-example\b(.*)\n/.exec(fence.body)
    if (fence.lang !== 'yaml' || !mark) return []
    const next = fences[i + 1]
    return [{ mark: mark[1]!.trim(), body: fence.body, ...(next?.lang === 'text' ? { output: next.body } : {}) }]
  })
}

const LIBRARY_CONFIG = 'extends: []\nphraseLibraries: [phrases.tactful.yaml]\n'
const blocks = guideExamples()
const libraries = blocks.filter((b) => b.mark === '')

describe('the phrase-library guide', () => {
  it('marks its examples, so this test has something to run', () => {
    expect(libraries.length).toBeGreaterThanOrEqual(5)
    expect(blocks.filter((b) => b.mark === 'config')).toHaveLength(1)
    expect(blocks.filter((b) => b.mark === 'broken')).toHaveLength(1)
    for (const kind of ['avoid', 'replace', 'limit', 'require']) expect(libraries.some((b) => b.body.includes(`kind: ${kind}\n`))).toBe(true)
  })

  it.each(libraries.map((b) => [/id: (\S+)/.exec(b.body)![1]!, b] as const))('library example %s compiles and its examples pass', async (_id, block) => {
    const cwd = project({ '.tactfulrc.yaml': LIBRARY_CONFIG, 'phrases.tactful.yaml': block.body })
    const r = await runCli(['test-rules'], { cwd })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/\n\d+ rules?, \d+ examples, 0 failing\n$/)
    expect(r.stdout).not.toContain('no examples')
  })

  it('the configuration example loads the guide\'s rules and raises one to error', async () => {
    const config = blocks.find((b) => b.mark === 'config')!.body
    const merged = { rules: libraries.flatMap((b) => (parse(b.body) as { rules: unknown[] }).rules) }
    const cwd = project({ '.tactfulrc.yaml': config, 'reply.txt': 'Sorry for the wait. We apologise again.\n' })
    for (const path of (parse(config) as { phraseLibraries: string[] }).phraseLibraries) writeFileSync(join(cwd, path), stringify(merged))
    const printed = await runCli(['--print-config', 'reply.txt'], { cwd })
    expect(printed.code).toBe(0)
    const rules = (JSON.parse(printed.stdout) as { rules: Record<string, { severity: string }> }).rules
    expect(rules['custom/max-one-apology']!.severity).toBe('error')
    expect(rules['custom/no-inconvenience']!.severity).toBe('warning')
    const lint = await runCli(['reply.txt', '--format', 'json'], { cwd })
    expect(lint.code).toBe(1)
    const messages = (JSON.parse(lint.stdout) as Array<{ messages: Array<{ ruleId: string; severity: string; actual: string }> }>)[0]!.messages
    expect(messages.filter((m) => m.ruleId.startsWith('custom/')).map((m) => [m.ruleId, m.severity, m.actual])).toEqual([['custom/max-one-apology', 'error', 'We apologise']])
  })

  it('the test-rules sample is what the avoid and replace examples print after the edit the guide describes', async () => {
    const sample = /<!-- guide-output: test-rules -->\n```text\n([\s\S]*?)```/.exec(guide)![1]!
    const [avoid, replace] = libraries
    // The replace block's rules appended to the avoid block, as one library file.
    const library = `${avoid!.body}${replace!.body.split('\n').slice(2).join('\n')}`.replace(
      '        - Please reply with your order number.\n',
      '        - Please reply with your order ID number.\n',
    )
    expect(library).toContain('order ID number')
    const cwd = project({ '.tactfulrc.yaml': LIBRARY_CONFIG, 'phrases.tactful.yaml': library })
    const r = await runCli(['test-rules'], { cwd })
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(sample)
  })

  it('the broken example fails exactly as the guide says', async () => {
    const broken = blocks.find((b) => b.mark === 'broken')!
    const cwd = project({ '.tactfulrc.yaml': LIBRARY_CONFIG, 'phrases.tactful.yaml': broken.body, 'reply.txt': 'Hello\n' })
    const r = await runCli(['reply.txt'], { cwd })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(broken.output)
  })
})
