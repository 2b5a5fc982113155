import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { adapters } from '@tactful/adapters'
import { lintChecked } from './harness.js'

const folder = join(import.meta.dirname, '../../examples')
const files = readdirSync(folder).filter((name) => !name.startsWith('.'))

/** Format checks on an edited file, beyond "the adapter reads it again without error". */
const VALID: Record<string, (text: string) => void> = {
  '.json': (text) => JSON.parse(text),
  '.yaml': (text) => parseYaml(text),
  '.jsonl': (text) => text.trim().split('\n').forEach((line) => JSON.parse(line)),
}

describe('bundled examples', () => {
  test('there is one sample for every built-in format', () => {
    const ids = new Set(files.map((name) => adapters.find((a) => a.extensions.some((e) => name.endsWith(e)))?.id))
    for (const id of ['text', 'markdown', 'html', 'handlebars', 'liquid', 'jinja', 'eml', 'json', 'yaml', 'csv', 'jsonl']) expect(ids).toContain(id)
  })

  for (const name of files) {
    test(`${name}: findings slice the file exactly and every fix keeps it valid with tags intact`, () => {
      const text = readFileSync(join(folder, name), 'utf8')
      const extension = Object.keys(VALID).find((e) => name.endsWith(e))
      const { messages } = lintChecked(text, name, { config: { extends: ['recommended'] }, ...(extension ? { valid: VALID[extension] } : {}) })
      expect(messages.length, 'each sample has deliberate problems').toBeGreaterThan(0)
      expect(messages.filter((m) => m.ruleId.startsWith('tactful/'))).toEqual([])
    })
  }
})
