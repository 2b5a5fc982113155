import type { PhrasePattern, PhraseRule } from './compile-phrase-rule.js'
import { firstWordIndex, type FirstWordIndex } from './first-words.js'
import { withLazyPhrases } from './lazy-phrases.js'
import { packSlot, unpackSlot, type PackedSlot } from './phrase-template.js'

/** A pattern as generated code stores it: no expanded phrases, each template a row of packed slots. */
export type PackedPattern = Omit<PhrasePattern, 'phrases' | 'templates' | 'packedTemplates'> & {
  templates: PackedSlot[][]
}

/** A compiled phrase rule without its expanded phrases, its templates packed, with its first-word index. */
export type PackedPhraseRule = Omit<PhraseRule, 'patterns' | 'firstWords'> & {
  patterns: PackedPattern[]
  firstWords: FirstWordIndex
}

/**
 * Packs a compiled rule for generated code. Phrases stay unexpanded: the
 * generated data is the size of the rule as written (no-stereotypes spells
 * hundreds of thousands of phrases from a few hundred words), which is start-up
 * time and bundle size. Each slot is one string (see `PackedSlot`): the data
 * parses into a few thousand strings, not a hundred thousand arrays.
 */
export function packPhraseRule(rule: PhraseRule): PackedPhraseRule {
  return { ...rule, patterns: rule.patterns.map(packPattern), firstWords: firstWordIndex(rule) }
}

/** A pattern's other keys, read one by one: destructuring would run the lazy getters and spell every phrase. */
function packPattern(pattern: PhrasePattern): PackedPattern {
  const packed: Record<string, unknown> = {}
  for (const key of Object.keys(pattern)) if (key !== 'phrases' && key !== 'templates') packed[key] = pattern[key as keyof PhrasePattern]
  packed.templates = pattern.templates.map((template) => template.map(packSlot))
  return packed as PackedPattern
}

/**
 * Unpacks generated rule data. The matcher reads `packedTemplates` slot by
 * slot; `templates` and the expanded `phrases` are only built when something
 * else reads them (a case-sensitive match, the docs, the tests).
 */
export function unpackPhraseRule({ firstWords, ...packed }: PackedPhraseRule): PhraseRule {
  // Not enumerable: the index is the matcher's, not part of the rule as configs and docs see it.
  return Object.defineProperty({ ...packed, patterns: packed.patterns.map(unpackPattern) }, 'firstWords', { value: firstWords, enumerable: false })
}

function unpackPattern({ templates: packedTemplates, ...options }: PackedPattern): PhrasePattern {
  const pattern = withLazyPhrases(options as Omit<PhrasePattern, 'phrases'>)
  Object.defineProperty(pattern, 'packedTemplates', { value: packedTemplates, enumerable: false })
  return Object.defineProperty(pattern, 'templates', {
    enumerable: true,
    configurable: true,
    get(this: PhrasePattern) {
      const templates = packedTemplates.map((template) => template.map(unpackSlot))
      Object.defineProperty(this, 'templates', { value: templates, enumerable: true, writable: false, configurable: false })
      return templates
    },
  })
}
