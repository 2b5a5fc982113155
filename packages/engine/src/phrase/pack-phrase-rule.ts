import type { PhrasePattern, PhraseRule } from './compile-phrase-rule.js'
import { withLazyPhrases } from './lazy-phrases.js'

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
  return { ...rule, patterns: rule.patterns.map(withoutPhrases) }
}

/** A pattern's other keys, read one by one: destructuring would run the lazy `phrases` getter and spell them all. */
function withoutPhrases(pattern: PhrasePattern): Omit<PhrasePattern, 'phrases'> {
  const packed: Record<string, unknown> = {}
  for (const key of Object.keys(pattern)) if (key !== 'phrases') packed[key] = pattern[key as keyof PhrasePattern]
  return packed as Omit<PhrasePattern, 'phrases'>
}

/** Unpacks generated rule data; the expanded `phrases` list is only built when something reads it. */
export function unpackPhraseRule(packed: PackedPhraseRule): PhraseRule {
  return { ...packed, patterns: packed.patterns.map(withLazyPhrases) }
}
