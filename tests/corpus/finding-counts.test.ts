import { describe, expect, it } from 'vitest'
import { createLinter } from '@tactful/core'
import { generateMessages } from '../../scripts/bench/generate-corpus.js'

// The regression guard: per-rule finding counts of the `recommended` preset on a fixed
// generated corpus. A change that doubles (or silences) a rule shows up as a diff of
// finding-counts.json in review. After an intended change: `pnpm test:corpus:update`.
const CORPUS = generateMessages({ seed: 7, count: 80 })

function findingCounts(): Record<string, number> {
  const linter = createLinter({})
  const counts: Record<string, number> = {}
  // Every enabled rule is listed, so a rule that goes silent shows up too.
  for (const [id, entry] of linter.config.rules) if (entry.severity !== 'off') counts[id] = 0
  for (const file of CORPUS) {
    for (const message of linter.lint(file.text, { filePath: file.path }).messages) {
      counts[message.ruleId] = (counts[message.ruleId] ?? 0) + 1
    }
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)))
}

describe('regression corpus', () => {
  it('is generated deterministically in all four formats', () => {
    expect(generateMessages({ seed: 7, count: 80 })).toEqual(CORPUS)
    expect(generateMessages({ seed: 8, count: 80 })).not.toEqual(CORPUS)
    expect(new Set(CORPUS.map((f) => f.path.slice(f.path.lastIndexOf('.'))))).toEqual(new Set(['.txt', '.md', '.html', '.hbs']))
    expect(CORPUS[0]!.path).toBe('msg-0001.txt')
    expect(CORPUS[3]!.text).toContain('{{customer.first_name}}')
  })

  it('keeps each rule’s finding count (update with pnpm test:corpus:update)', async () => {
    await expect(`${JSON.stringify(findingCounts(), null, 2)}\n`).toMatchFileSnapshot('./finding-counts.json')
  })
})
