import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDataset } from '../../scripts/eval/dataset.js'
import { cliArgs } from '../../scripts/eval/engines.js'

const line = (over: Record<string, unknown> = {}): string =>
  JSON.stringify({
    id: 'dev-001', lang: 'en', channel: 'chat', format: 'markdown', region: 'DE', text: 'We ship **soon**.',
    labels: { politeness: 0, vagueness: 1, cultural: 0, legal: 0 }, spans: [{ category: 'vagueness', quote: 'soon', why: 'no date' }], ...over,
  })

function file(...lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tactful-eval-')), 'set.jsonl')
  writeFileSync(path, `${lines.join('\n')}\n`)
  return path
}

describe('loadDataset', () => {
  it('reads records and locates each quote in the text', () => {
    const [r] = loadDataset(file(line()))
    expect(r).toMatchObject({ id: 'dev-001', format: 'markdown', region: 'DE', channel: 'chat' })
    expect(r!.spans[0]!.range).toEqual([10, 14])
  })

  it('names the file, line and key of a bad record', () => {
    const path = file(line(), line({ id: 'dev-002', spans: [{ category: 'vagueness', quote: 'later', why: '' }] }))
    expect(() => loadDataset(path)).toThrow(`${path}:2: "spans[0].quote" is not a substring of text`)
    expect(() => loadDataset(file(line(), line()))).toThrow(':2: "id" duplicates "dev-001"')
    expect(() => loadDataset(file(line({ format: 'pdf' })))).toThrow(':1: "format" must be one of text, markdown, html, handlebars')
    expect(() => loadDataset(file('{oops'))).toThrow(':1: invalid JSON')
  })
})

describe('cliArgs', () => {
  it('passes the format as a file extension and the region and channel as flags', () => {
    expect(cliArgs({ format: 'handlebars', region: 'AE', channel: 'template' })).toEqual([
      'lint', '--stdin', '--stdin-filename', 'message.hbs', '--format', 'json', '--no-config', '--region', 'AE', '--channel', 'template',
    ])
    expect(cliArgs({ format: 'text', region: null, channel: 'chat' })).toEqual([
      'lint', '--stdin', '--stdin-filename', 'message.txt', '--format', 'json', '--no-config', '--channel', 'chat',
    ])
  })
})
