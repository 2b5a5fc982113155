import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { adapters, FORMATS } from '@tactful/adapters'
import { deferredAdapters, formatLoaded, loadFormats } from '@tactful/adapters/on-demand'

const folder = join(import.meta.dirname, '../../examples')
const files = readdirSync(folder).filter((name) => !name.startsWith('.'))

/** The adapter the engine picks: the longest matching extension. */
function deferredFor(name: string) {
  const matches = deferredAdapters.flatMap((adapter) => adapter.extensions.filter((e) => name.endsWith(e)).map((e) => ({ adapter, length: e.length })))
  return matches.sort((a, b) => b.length - a.length)[0]!.adapter
}

describe('adapters loaded on demand', () => {
  test('the eager and the on-demand adapters are the same list of formats, in order', () => {
    const shape = (list: readonly { id: string; extensions: readonly string[] }[]) => list.map(({ id, extensions }) => ({ id, extensions: [...extensions] }))
    expect(shape(adapters)).toEqual(shape(FORMATS))
    expect(shape(deferredAdapters)).toEqual(shape(FORMATS))
  })

  test('plain text needs nothing loaded; a parser format says so until loaded', () => {
    expect(formatLoaded('text', 'a.txt')).toBe(true)
    expect(formatLoaded('markdown', 'a.md')).toBe(false)
    const markdown = deferredAdapters.find((a) => a.id === 'markdown')!
    expect(() => markdown.extract('# Hi', 'a.md')).toThrow('the markdown format was not loaded (load it with loadFormats before linting)')
    // A template without an inner extension may turn out to be HTML; with one, its carrier decides.
    expect(formatLoaded('handlebars', 'welcome.hbs')).toBe(false)
    expect(formatLoaded('handlebars', 'welcome.txt.hbs')).toBe(true)
  })

  test('after loadFormats, every example reads exactly as with the eager adapters', async () => {
    await loadFormats(files.map((name) => ({ format: deferredFor(name).id, filePath: name })))
    for (const name of files) {
      const text = readFileSync(join(folder, name), 'utf8')
      const deferred = deferredFor(name)
      const eager = adapters.find((a) => a.id === deferred.id)!
      expect(formatLoaded(deferred.id, name), name).toBe(true)
      expect(JSON.stringify(deferred.extract(text, name)), name).toBe(JSON.stringify(eager.extract(text, name)))
    }
  })
})
