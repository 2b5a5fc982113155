import type { PhrasePattern } from './compile-phrase-rule.js'
import type { CompiledPhrase } from './types.js'
import { expandTemplate } from './phrase-template.js'
import { normalizeWord } from './tokenize-phrase.js'

/**
 * Gives a pattern its expanded phrases, built the first time something reads
 * them (a finding's message, the docs). The matcher reads the templates, so a
 * rule that spells a million phrases costs nothing until one of them matches.
 */
export function withLazyPhrases(pattern: Omit<PhrasePattern, 'phrases'>): PhrasePattern {
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
