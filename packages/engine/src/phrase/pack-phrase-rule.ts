import type { PhraseRule } from './compile-phrase-rule.js'
import type { CompiledPattern } from './types.js'
import { normalizeWord } from './tokenize-phrase.js'

/** A compiled phrase rule with each phrase stored as one string of its cased tokens. */
export type PackedPhraseRule = Omit<PhraseRule, 'patterns'> & {
  patterns: Array<Omit<CompiledPattern, 'phrases'> & { phrases: string[] }>
}

/**
 * Packs a compiled rule for generated code. Tokens never hold spaces and are
 * the normalised cased tokens, so one string per phrase keeps everything: the
 * generated data shrinks about eightfold, which is start-up time and bundle size.
 */
export function packPhraseRule(rule: PhraseRule): PackedPhraseRule {
  return { ...rule, patterns: rule.patterns.map((p) => ({ ...p, phrases: p.phrases.map((phrase) => phrase.cased.join(' ')) })) }
}

export function unpackPhraseRule(packed: PackedPhraseRule): PhraseRule {
  return {
    ...packed,
    patterns: packed.patterns.map((p) => ({
      ...p,
      phrases: p.phrases.map((phrase) => {
        const cased = phrase.split(' ')
        return { cased, tokens: cased.map(normalizeWord) }
      }),
    })),
  }
}
