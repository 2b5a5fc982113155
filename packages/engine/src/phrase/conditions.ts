import type { Condition, Scope } from './types.js'
import { hasEntity } from './entities.js'
import { normalizeWord } from './tokenize-phrase.js'
import type { ParagraphTokens } from './tokens.js'

/** Where a match sits, for evaluating its context conditions. */
export interface MatchSite {
  paragraph: ParagraphTokens
  unitText: string
  paragraphRange: [number, number]
  /** Token indices, end exclusive. */
  start: number
  end: number
}

const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '—', '–'])

function scopeText(site: MatchSite, scope: Scope): string {
  const { tokens, sentences } = site.paragraph
  const first = tokens[site.start]!
  const last = tokens[site.end - 1]!
  const sentence = sentences[first.sentence]!
  switch (scope) {
    case 'sentence':
      return site.unitText.slice(sentence.start, sentence.end)
    case 'paragraph':
      return site.unitText.slice(site.paragraphRange[0], site.paragraphRange[1])
    case 'unit':
      return site.unitText
    case 'before':
      return site.unitText.slice(sentence.start, first.start)
    case 'after':
      return site.unitText.slice(last.end, sentence.end)
    case 'clause': {
      let from = site.start
      while (from > sentence.first && !CLAUSE_BREAK.has(tokens[from - 1]!.raw)) from--
      let to = site.end
      while (to < sentence.last && !CLAUSE_BREAK.has(tokens[to]!.raw)) to++
      return site.unitText.slice(tokens[from]!.start, tokens[to - 1]!.end)
    }
  }
}

const phraseRegexCache = new WeakMap<readonly string[], RegExp>()

function phraseRegex(phrases: readonly string[]): RegExp {
  let regex = phraseRegexCache.get(phrases)
  if (!regex) {
    const alternatives = phrases.map((p) =>
      normalizeWord(p)
        .trim()
        .split(/\s+/)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('\\s+'),
    )
      // Word boundaries only at word edges: a punctuation phrase (":") may follow a word directly.
      // "we can" must not match inside "we can't": a glued "'t" makes another word.
      .map((a) => `${/^[\p{L}\p{N}]/u.test(a) ? '(?<![\\p{L}\\p{N}])' : ''}${a}${/[\p{L}\p{N}]$/u.test(a) ? "(?![\\p{L}\\p{N}]|'t(?![\\p{L}\\p{N}]))" : ''}`)
    regex = new RegExp(`(?:${alternatives.join('|')})`, 'u')
    phraseRegexCache.set(phrases, regex)
  }
  return regex
}

function neighbour(site: MatchSite, direction: 1 | -1): string | undefined {
  const index = direction === 1 ? site.end : site.start - 1
  const token = site.paragraph.tokens[index]
  if (!token) return undefined
  const sentence = site.paragraph.tokens[site.start]!.sentence
  return token.sentence === sentence ? token.norm : undefined
}

export function conditionHolds(condition: Condition, site: MatchSite): boolean {
  if ('has' in condition) return hasEntity(condition.has, scopeText(site, condition.in ?? 'sentence'))
  if ('phrases' in condition) return phraseRegex(condition.phrases).test(normalizeWord(scopeText(site, condition.in ?? 'sentence')))
  if ('next' in condition) {
    const next = neighbour(site, 1)
    return next !== undefined && condition.next.some((w) => normalizeWord(w) === next)
  }
  if ('previous' in condition) {
    const previous = neighbour(site, -1)
    return previous !== undefined && condition.previous.some((w) => normalizeWord(w) === previous)
  }
  const { tokens, sentences } = site.paragraph
  const sentence = sentences[tokens[site.start]!.sentence]!
  const wordsBefore = tokens.slice(sentence.first, site.start).some((t) => t.kind === 'word' || t.kind === 'placeholder')
  const wordsAfter = tokens.slice(site.end, sentence.last).some((t) => t.kind === 'word' || t.kind === 'placeholder')
  if (condition.position === 'sentence-start') return !wordsBefore
  if (condition.position === 'sentence-end') return !wordsAfter
  return !wordsBefore && !wordsAfter
}
