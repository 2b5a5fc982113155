import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCases } from './load-cases.js'

function casesFile(yaml: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tactful-cases-')), 'cases.yaml')
  writeFileSync(path, yaml)
  return path
}

describe('loadCases', () => {
  it('reads valid and invalid cases', () => {
    const path = casesFile('valid:\n  - Hello.\ninvalid:\n  - text: Hey.\n    errors:\n      - actual: Hey\n        line: 1\n')
    expect(loadCases(path)).toEqual({ valid: ['Hello.'], invalid: [{ text: 'Hey.', errors: [{ actual: 'Hey', line: 1 }] }] })
  })

  it('fails with the file name when a list is missing', () => {
    const path = casesFile('valid: []\n')
    expect(() => loadCases(path)).toThrow(`${path}: needs "valid" and "invalid" lists`)
  })

  it('checks the cases as runRuleCases does, naming the file', () => {
    const path = casesFile('valid: []\ninvalid:\n  - text: Hey.\n    errors:\n      - actual: Hey\n        colum: 1\n')
    expect(() => loadCases(path)).toThrow(`${path}: malformed cases\n  invalid[0] "Hey.": errors[0]: unknown key "colum" (did you mean "column"?)`)
  })
})
