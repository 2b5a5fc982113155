import type { PhrasePattern, PhraseRule } from './compile-phrase-rule.js'
import type { CompiledPhrase } from './types.js'
import type { PhraseTemplate } from './phrase-template.js'
import { expandTemplate } from './phrase-template.js'
import { normalizeWord } from './tokenize-phrase.js'

/**
 * A template in generated code: a string is a slot of fixed tokens, a list is
 * a slot's alternatives ('' for "none"); tokens are joined by spaces, which
 * no token holds. "(we|I) apologi(s|z)e" is [["we", "I"], ["apologise", "apologize"]].
 */
export type PackedTemplate = Array<string | string[]>

/** A compiled phrase rule with each pattern's phrases stored as their packed templates. */
export type PackedPhraseRule = Omit<PhraseRule, 'patterns'> & {
  patterns: Array<Omit<PhrasePattern, 'phrases' | 'templates'> & { phrases: PackedTemplate[] }>
}

/**
 * Packs a compiled rule for generated code. Phrases stay unexpanded: the
 * generated data is the size of the rule as written (no-stereotypes spells
 * 34,645 phrases from a few hundred words), which is start-up time and bundle size.
 */
export function packPhraseRule(rule: PhraseRule): PackedPhraseRule {
  return {
    ...rule,
    patterns: rule.patterns.map(({ phrases: _phrases, templates, ...pattern }) => ({
      ...pattern,
      phrases: templates.map((template) => template.map((slot) => (slot.length === 1 ? slot[0]!.join(' ') : slot.map((tokens) => tokens.join(' '))))),
    })),
  }
}

function unpackTemplate(packed: PackedTemplate): PhraseTemplate {
  const split = (tokens: string) => (tokens === '' ? [] : tokens.split(' '))
  return packed.map((slot) => (typeof slot === 'string' ? [split(slot)] : slot.map(split)))
}

/** Every phrase of a pattern, expanded the first time something asks for them. */
function definePhrases<T extends object>(pattern: T, templates: readonly PhraseTemplate[]): T & { phrases: readonly CompiledPhrase[] } {
  return Object.defineProperty(pattern, 'phrases', {
    enumerable: true,
    configurable: true,
    get(this: T) {
      const phrases = templates.flatMap(expandTemplate).map((cased) => ({ tokens: cased.map(normalizeWord), cased }))
      Object.defineProperty(this, 'phrases', { value: phrases, enumerable: true, writable: false, configurable: false })
      return phrases
    },
  }) as T & { phrases: readonly CompiledPhrase[] }
}

/** Unpacks generated rule data; the expanded `phrases` list is only built when something reads it. */
export function unpackPhraseRule(packed: PackedPhraseRule): PhraseRule {
  return {
    ...packed,
    patterns: packed.patterns.map(({ phrases, ...pattern }) => {
      const templates = phrases.map(unpackTemplate)
      return definePhrases({ ...pattern, templates }, templates)
    }),
  }
}
