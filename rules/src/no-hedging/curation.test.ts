import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { hedges } from 'hedges'
import { weasels } from 'weasels'
import { fillers } from 'fillers'
import { DROPPED, KEPT } from './curation.js'

const here = dirname(fileURLToPath(import.meta.url))
const source = parse(readFileSync(join(here, 'rule.yaml'), 'utf8')) as { patterns: Array<{ phrases: string[] }> }
const yamlText = source.patterns.flatMap((p) => p.phrases).join('\n')

describe('no-hedging curation', () => {
  it('decides every word of the hedges, weasels and fillers packages', () => {
    const undecided = [...new Set([...hedges, ...weasels, ...fillers])].filter((w) => !(w in KEPT) && !(w in DROPPED))
    expect(undecided).toEqual([])
  })

  it('keeps only phrases that rule.yaml really carries', () => {
    // Phrases in rule.yaml use (a|b) groups; compare on the words each kept phrase needs.
    const missing = Object.values(KEPT)
      .flat()
      .filter((phrase) => !phrase.split(' ').every((word) => yamlText.includes(word)))
    expect(missing).toEqual([])
  })

  it('drops the words that fire on ordinary replies', () => {
    for (const noisy of ['can', 'will', 'so', 'that', 'like', 'about', 'some', 'just']) expect(DROPPED[noisy]).toBeTypeOf('string')
  })
})
