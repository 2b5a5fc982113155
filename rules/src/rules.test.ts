import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadCases, runRuleCases } from '@tactful/rule-tester'
import { adapters } from '@tactful/adapters'
import { regions, rules } from './index.js'

const here = dirname(fileURLToPath(import.meta.url))
const folders = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'generated' && !d.name.startsWith('_'))
  .map((d) => d.name)

describe('rule registry', () => {
  it('holds every rule folder, under its folder name', () => {
    expect([...rules.keys()].sort()).toEqual([...folders].sort())
    for (const [id, rule] of rules) expect(rule.meta.id).toBe(id)
  })
})

for (const id of folders) {
  const rule = rules.get(id)
  if (!rule) continue
  runRuleCases(rule, loadCases(join(here, id, 'cases.yaml')), { regions, adapters })
}
