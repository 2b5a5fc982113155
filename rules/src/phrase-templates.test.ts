import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { expandAlternatives, expandTemplate, firstWordIndex, isPhraseRule, normalizeWord, tokenizePhrase, type PhraseRuleSource } from '@tactful/engine'
import { rules } from './index.js'

const here = dirname(fileURLToPath(import.meta.url))
const yamlRules = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(here, d.name, 'rule.yaml')))
  .map((d) => d.name)

/**
 * The generated rules keep their phrases unexpanded; the matcher numbers the
 * phrases they spell. They must be exactly the phrases the rule lists as
 * written, expanded first and tokenised, in that order. Spelled from the
 * templates, not read from `pattern.phrases`: that list is built once and kept,
 * and holding every rule's (millions of phrases) at once exhausts the heap.
 */
describe('generated phrase data', () => {
  it.each(yamlRules)('%s spells the phrases of its rule.yaml, in order', (id) => {
    const source = parse(readFileSync(join(here, id, 'rule.yaml'), 'utf8')) as PhraseRuleSource
    const rule = rules.get(id)!
    if (!isPhraseRule(rule)) throw new Error(`${id} is not a phrase rule`)
    // Compared as one string per phrase: deep equality over a million token lists takes minutes.
    const spelled = rule.patterns.map((p) => p.templates.flatMap((template) => expandTemplate(template).map((cased) => cased.join(' '))))
    // A `$name` is its word list written out as one group.
    const withLists = (phrase: string) => phrase.replace(/\$([a-z][a-z0-9]*(?:-[a-z0-9]+)*)/g, (_, name: string) => `(${source.words![name]!.join('|')})`)
    const written = source.patterns.map((p) => p.phrases.flatMap((phrase) => expandAlternatives(withLists(phrase)).map((e) => tokenizePhrase(e).join(' '))))
    expect(spelled).toEqual(written)
  })

  it.each(yamlRules)('%s: a case-sensitive pattern reads the same phrases at run time, normalised beside their case', (id) => {
    const rule = rules.get(id)!
    if (!isPhraseRule(rule)) throw new Error(`${id} is not a phrase rule`)
    for (const pattern of rule.patterns.filter((p) => p.caseSensitive)) {
      const spelled = pattern.templates.flatMap((template) => expandTemplate(template).map((cased) => cased.join(' ')))
      expect(pattern.phrases.map((phrase) => phrase.cased.join(' '))).toEqual(spelled)
      expect(pattern.phrases.filter((phrase) => phrase.tokens.join(' ') !== phrase.cased.map(normalizeWord).join(' '))).toEqual([])
    }
  })

  it.each(yamlRules)('%s carries the first-word index its templates give', (id) => {
    const rule = rules.get(id)!
    if (!isPhraseRule(rule)) throw new Error(`${id} is not a phrase rule`)
    expect(rule.firstWords).toBeDefined()
    // Compared with the index of the same rule without it: `firstWordIndex` reads the templates only.
    expect({ ...rule.firstWords }).toEqual({ ...firstWordIndex({ ...rule, firstWords: undefined }) })
  })
})
