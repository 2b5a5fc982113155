import type { PhrasePattern, PhraseRule } from './compile-phrase-rule.js'
import type { CompiledPhrase } from './types.js'
import { expandTemplate } from './phrase-template.js'
import { normalizeWord } from './tokenize-phrase.js'

/** A compiled phrase rule without its expanded phrases: each pattern keeps its templates only. */
export type PackedPhraseRule = Omit<PhraseRule, 'patterns'> & {
  patterns: Array<Omit<PhrasePattern, 'phrases'>>
}

/**
 * Packs a compiled rule for generated code. Phrases stay unexpanded: the
 * generated data is the size of the rule as written (no-stereotypes spells
 * 34,645 phrases from a few hundred words), which is start-up time and bundle
 * size. Templates stay plain token lists, so loading them is no work at all.
 */
export function packPhraseRule(rule: PhraseRule): PackedPhraseRule {
  return { ...rule, patterns: rule.patterns.map(({ phrases: _phrases, ...pattern }) => pattern) }
}

/** Gives a pattern its expanded phrases, built the first time something reads them. */
function withLazyPhrases(pattern: Omit<PhrasePattern, 'phrases'>): PhrasePattern {
  return Object.defineProperty({ ...pattern }, 'phrases', {
    enumerable: true,
    configurable: true,
    get(this: PhrasePattern) {
      const phrases: CompiledPhrase[] = this.templates.flatMap(expandTemplate).map((cased) => ({ tokens: cased.map(normalizeWord), cased }))
      Object.defineProperty(this, 'phrases', { value: phrases, enumerable: true, writable: false, configurable: false })
      return phrases
    },
  }) as PhrasePattern
}

/** Unpacks generated rule data; the expanded `phrases` list is only built when something reads it. */
export function unpackPhraseRule(packed: PackedPhraseRule): PhraseRule {
  return { ...packed, patterns: packed.patterns.map(withLazyPhrases) }
}
