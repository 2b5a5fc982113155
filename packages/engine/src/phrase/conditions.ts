import type { Condition, Scope } from './types.js'
import { hasEntity } from './entities.js'
import { placeholderStandsFor } from './placeholder-entities.js'
import { expandAlternatives, normalizeWord, tokenizePhrase } from './tokenize-phrase.js'
import type { ParagraphTokens, SentenceSpan } from './tokens.js'
import { WILDCARD } from './trie.js'

/** Where a match sits, for evaluating its context conditions. */
export interface MatchSite {
  paragraph: ParagraphTokens
  unitText: string
  paragraphRange: [number, number]
  /** Token indices, end exclusive. */
  start: number
  end: number
  /** The unit text normalised once (normalizeWord), for phrase conditions. */
  normalizedText(): string
  /** The placeholders inside [from, to) of the unit, as written in the file (`{{ship_date}}`). */
  placeholderSources?(from: number, to: number): string[]
  /** Answers of conditions `in: unit`, the same for every match of the unit: asked once, not per match. */
  unitAnswers?: Map<Condition, boolean>
}

const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '—', '–', '!', '?'])

/**
 * How far a condition looks from its match, in tokens each way. A sentence or
 * paragraph of prose is far shorter; a text with no full stops (a list, a
 * template of 1,000 lines) is one "sentence", and looking at all of it for
 * each of its matches made linting it quadratic.
 */
export const MAX_CONDITION_REACH = 250

/** Token indices [from, to) cut to the reach around the match. */
function withinReach(site: MatchSite, from: number, to: number): [number, number] {
  const low = Math.max(from, site.start - MAX_CONDITION_REACH)
  const high = Math.min(to, site.end + MAX_CONDITION_REACH)
  return low <= high ? [low, high] : [low, low]
}

/** Offsets [start, end) cut to the offsets of the tokens within reach. */
function offsetsWithinReach(site: MatchSite, start: number, end: number): [number, number] {
  const { tokens } = site.paragraph
  const first = site.start - MAX_CONDITION_REACH
  const last = site.end + MAX_CONDITION_REACH
  const low = first > 0 ? Math.max(start, tokens[first]!.start) : start
  const high = last < tokens.length ? Math.min(end, tokens[last - 1]!.end) : end
  return low <= high ? [low, high] : [low, low]
}

/** Where in the unit a condition looks: [start, end) offsets, within reach of the match but for `unit`. */
function scopeRange(site: MatchSite, scope: Scope): [number, number] {
  if (scope === 'unit') return [0, site.unitText.length]
  const [start, end] = fullScopeRange(site, scope)
  return offsetsWithinReach(site, start, end)
}

function fullScopeRange(site: MatchSite, scope: Exclude<Scope, 'unit'>): [number, number] {
  const { tokens, sentences } = site.paragraph
  const first = tokens[site.start]!
  const last = tokens[site.end - 1]!
  const sentence = sentences[first.sentence]!
  switch (scope) {
    case 'sentence':
      return [sentence.start, sentence.end]
    case 'paragraph':
      return site.paragraphRange
    case 'before':
      return [sentence.start, first.start]
    case 'after':
      return [last.end, sentence.end]
    case 'next-sentence': {
      const next = sentences[first.sentence + 1]
      return next ? [next.start, next.end] : [sentence.end, sentence.end]
    }
    case 'previous-sentence': {
      const previous = sentences[first.sentence - 1]
      return previous ? [previous.start, previous.end] : [sentence.start, sentence.start]
    }
    case 'rest-of-paragraph':
      return [last.end, site.paragraphRange[1]]
    case 'clause': {
      const [from, to] = clauseTokens(site, sentence)
      return [tokens[from]!.start, tokens[to - 1]!.end]
    }
  }
}

/** The clause around the match, as token indices [from, to): between clause breaks, within reach. */
function clauseTokens(site: MatchSite, sentence: SentenceSpan): [number, number] {
  const { tokens } = site.paragraph
  const floor = Math.max(sentence.first, site.start - MAX_CONDITION_REACH)
  const ceiling = Math.min(sentence.last, site.end + MAX_CONDITION_REACH)
  let from = site.start
  while (from > floor && !CLAUSE_BREAK.has(tokens[from - 1]!.raw)) from--
  let to = site.end
  while (to < ceiling && !CLAUSE_BREAK.has(tokens[to]!.raw)) to++
  return [from, to]
}

/** The same scope as token indices [from, to) of the paragraph, within reach of the match; `unit` reaches past it. */
function scopeTokens(site: MatchSite, scope: Exclude<Scope, 'unit'>): [number, number] {
  const [from, to] = fullScopeTokens(site, scope)
  return withinReach(site, from, to)
}

function fullScopeTokens(site: MatchSite, scope: Exclude<Scope, 'unit'>): [number, number] {
  const { tokens, sentences } = site.paragraph
  const sentence = sentences[tokens[site.start]!.sentence]!
  switch (scope) {
    case 'sentence':
      return [sentence.first, sentence.last]
    case 'paragraph':
      return [0, tokens.length]
    case 'before':
      return [sentence.first, site.start]
    case 'after':
      return [site.end, sentence.last]
    case 'next-sentence': {
      const next = sentences[tokens[site.start]!.sentence + 1]
      return next ? [next.first, next.last] : [sentence.last, sentence.last]
    }
    case 'previous-sentence': {
      const previous = sentences[tokens[site.start]!.sentence - 1]
      return previous ? [previous.first, previous.last] : [sentence.first, sentence.first]
    }
    case 'rest-of-paragraph':
      return [site.end, tokens.length]
    case 'clause':
      return clauseTokens(site, sentence)
  }
}

/** A condition's phrases spelled out: `(a|b)` reads as in rule phrases ("keep your (card|pin) safe"). */
function spelledOut(phrases: readonly string[]): string[] {
  return phrases.flatMap((phrase) => (phrase.includes('(') ? expandAlternatives(phrase) : [phrase]))
}

const phraseIndexCache = new WeakMap<readonly string[], Map<string, string[][]>>()

/** `*` in a condition phrase stands for exactly one word, as in rule phrases. */
const ANY_WORD = '*'

/** A condition's phrases as token sequences by first token (`*` for a wildcard), built once, matched like rule phrases. */
function phraseIndex(phrases: readonly string[]): Map<string, string[][]> {
  let index = phraseIndexCache.get(phrases)
  if (!index) {
    index = new Map()
    for (const phrase of spelledOut(phrases)) {
      const tokens = tokenizePhrase(phrase).map(normalizeWord)
      if (tokens.length === 0) continue
      let list = index.get(tokens[0]!)
      if (!list) index.set(tokens[0]!, (list = []))
      list.push(tokens)
    }
    phraseIndexCache.set(phrases, index)
  }
  return index
}

/**
 * A condition phrase's last word also matches its contraction ("I hope you" in "I hope you're
 * well"), but not a negation ("we can" is not in "we can't"): conditions describe context, and
 * were written for text that says "you're" as often as "you are".
 */
function matchesWord(actual: string, expected: string, last: boolean): boolean {
  if (actual === expected) return true
  if (!last || actual.length <= expected.length + 1 || !actual.startsWith(expected) || actual[expected.length] !== "'") return false
  return actual.slice(expected.length + 1) !== 't'
}

function containsPhrase(paragraph: ParagraphTokens, from: number, to: number, index: Map<string, string[][]>): boolean {
  const { norms } = paragraph
  const wildFirst = index.get(ANY_WORD)
  for (let i = from; i < to; i++) {
    const word = norms[i]!
    const starting = index.get(word)
    if (starting !== undefined && anyFits(paragraph, starting, i, to, false)) return true
    if (wildFirst !== undefined && anyFits(paragraph, wildFirst, i, to, false)) return true
    // A one-word phrase may meet its contraction: "you" in "you're".
    const apostrophe = word.indexOf("'")
    if (apostrophe > 0) {
      const contracted = index.get(word.slice(0, apostrophe))
      if (contracted !== undefined && anyFits(paragraph, contracted, i, to, true)) return true
    }
  }
  return false
}

/** Whether one of `phrases` (only one-word ones, with `oneWord`) starts at token `i` and ends by `to`. Plain loops: this runs for every token in scope of every match. */
function anyFits(paragraph: ParagraphTokens, phrases: readonly string[][], i: number, to: number, oneWord: boolean): boolean {
  const { norms, isWord } = paragraph
  for (const phrase of phrases) {
    if ((oneWord && phrase.length !== 1) || i + phrase.length > to) continue
    const last = phrase.length - 1
    let k = 0
    for (; k <= last; k++) {
      const token = phrase[k]!
      if (token === ANY_WORD ? !isWord[i + k] : !matchesWord(norms[i + k]!, token, k === last)) break
    }
    if (k > last) return true
  }
  return false
}

/** The scope's text normalised; sliced from the unit's normalised text while its offsets agree. */
function normalizedScopeText(site: MatchSite, scope: Scope): string {
  const [start, end] = scopeRange(site, scope)
  const normalized = site.normalizedText()
  return normalized.length === site.unitText.length ? normalized.slice(start, end) : normalizeWord(site.unitText.slice(start, end))
}

const phraseRegexCache = new WeakMap<readonly string[], RegExp>()

/** One regex for a condition's phrases, compiled once; it runs on normalised text. */
function phraseRegex(phrases: readonly string[]): RegExp {
  let regex = phraseRegexCache.get(phrases)
  if (!regex) {
    const alternatives = spelledOut(phrases).map((p) =>
      normalizeWord(p)
        .trim()
        .split(/\s+/)
        .map((w) => (w === ANY_WORD ? "[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*" : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('\\s+'),
    )
    // Word boundaries only at word edges: a punctuation phrase (":") may follow a word directly.
    // "we can" must not match inside "we can't": a glued "'t" makes another word. The phrases that
    // are words at both edges (nearly all) share one pair of boundaries, so a position inside a
    // word fails once instead of once per phrase.
    const startsWord = (a: string) => /^[\p{L}\p{N}]/u.test(a)
    const endsWord = (a: string) => /[\p{L}\p{N}]$/u.test(a)
    const before = '(?<![\\p{L}\\p{N}])'
    const after = "(?![\\p{L}\\p{N}]|'t(?![\\p{L}\\p{N}]))"
    const words: string[] = []
    const others: string[] = []
    for (const a of alternatives) {
      if (startsWord(a) && endsWord(a)) words.push(a)
      else others.push(`${startsWord(a) ? before : ''}${a}${endsWord(a) ? after : ''}`)
    }
    if (words.length > 0) others.unshift(`${before}(?:${words.join('|')})${after}`)
    regex = new RegExp(`(?:${others.join('|')})`, 'u')
    phraseRegexCache.set(phrases, regex)
  }
  return regex
}

/** A `next`/`previous` list, normalised: its one-word entries, and its entries of several tokens ("in case", "-free"). */
interface NeighbourWords {
  single: ReadonlySet<string>
  longer: ReadonlyArray<readonly string[]>
}

const neighbourWordsCache = new WeakMap<readonly string[], NeighbourWords>()

/** Built once per list; a group spells its choices, as in a phrase: `(are|were) aware`. */
function neighbourWords(words: readonly string[]): NeighbourWords {
  let compiled = neighbourWordsCache.get(words)
  if (!compiled) {
    const single = new Set<string>()
    const longer: string[][] = []
    for (const entry of words) {
      for (const choice of expandAlternatives(entry)) {
        // As written, it may be one token of the text ("...", "{{"); split as a phrase, it may be several ("-free", "in case").
        if (!/\s/.test(choice)) single.add(normalizeWord(choice))
        const tokens = tokenizePhrase(choice).map(normalizeWord)
        if (tokens.length === 1) single.add(tokens[0]!)
        else if (tokens.length > 1) longer.push(tokens)
      }
    }
    neighbourWordsCache.set(words, (compiled = { single, longer }))
  }
  return compiled
}

/**
 * Whether the tokens right after (1) or right before (-1) the match, in its sentence, are one
 * of the entries. In an entry of several words `*` is any one word, as in a phrase: `no *`.
 */
function neighbourIs(site: MatchSite, words: readonly string[], direction: 1 | -1): boolean {
  const { tokens } = site.paragraph
  const sentence = tokens[site.start]!.sentence
  const norm = (i: number): string | undefined => (tokens[i]?.sentence === sentence ? tokens[i]!.norm : undefined)
  const { single, longer } = neighbourWords(words)
  const nearest = direction === 1 ? norm(site.end) : norm(site.start - 1)
  if (nearest === undefined) return false
  if (single.has(nearest)) return true
  return longer.some((entry) => {
    const from = direction === 1 ? site.end : site.start - entry.length
    return entry.every((word, k) => (word === WILDCARD ? norm(from + k) !== undefined && site.paragraph.isWord[from + k] === true : norm(from + k) === word))
  })
}

export function conditionHolds(condition: Condition, site: MatchSite): boolean {
  if ('any' in condition) {
    for (const c of condition.any) if (conditionHolds(c, site)) return true
    return false
  }
  if ('all' in condition) {
    for (const c of condition.all) if (!conditionHolds(c, site)) return false
    return true
  }
  if (('has' in condition || 'phrases' in condition) && condition.in === 'unit' && site.unitAnswers) {
    let answer = site.unitAnswers.get(condition)
    if (answer === undefined) site.unitAnswers.set(condition, (answer = evaluate(condition, site)))
    return answer
  }
  return evaluate(condition, site)
}

/** A condition that is no group. */
type LeafCondition = Exclude<Condition, { any: readonly Condition[] } | { all: readonly Condition[] }>

function evaluate(condition: LeafCondition, site: MatchSite): boolean {
  if ('has' in condition) {
    const scope = condition.in ?? 'sentence'
    const [start, end] = scopeRange(site, scope)
    const entities = typeof condition.has === 'string' ? [condition.has] : condition.has
    const text = site.unitText.slice(start, end)
    if (entities.some((entity) => hasEntity(entity, text))) return true
    // A placeholder named for the value ("soon, on {{ship_date}}") is as concrete as the value, where
    // the match is; across the whole unit it dates nothing, as each send fills in another value.
    if (scope === 'unit' || !site.placeholderSources) return false
    const sources = site.placeholderSources(start, end)
    return sources.some((source) => entities.some((entity) => placeholderStandsFor(entity, source)))
  }
  if ('phrases' in condition) {
    const scope = condition.in ?? 'sentence'
    // The unit reaches past this paragraph's tokens: searched as normalised text instead.
    if (scope === 'unit') return phraseRegex(condition.phrases).test(normalizedScopeText(site, scope))
    const [from, to] = scopeTokens(site, scope)
    return containsPhrase(site.paragraph, from, to, phraseIndex(condition.phrases))
  }
  if ('next' in condition) return neighbourIs(site, condition.next, 1)
  if ('previous' in condition) return neighbourIs(site, condition.previous, -1)
  const { tokens, sentences } = site.paragraph
  const sentence = sentences[tokens[site.start]!.sentence]!
  if (condition.position === 'clause-start') {
    for (let i = site.start - 1; i >= sentence.first && !CLAUSE_BREAK.has(tokens[i]!.raw); i--) {
      if (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'placeholder') return false
    }
    return true
  }
  const isWordLike = (i: number) => tokens[i]!.kind === 'word' || tokens[i]!.kind === 'placeholder'
  // Each scan stops at the first word, so a long sentence costs no more than a short one.
  const wordsBefore = () => {
    for (let i = site.start - 1; i >= sentence.first; i--) if (isWordLike(i)) return true
    return false
  }
  const wordsAfter = () => {
    for (let i = site.end; i < sentence.last; i++) if (isWordLike(i)) return true
    return false
  }
  if (condition.position === 'sentence-start') return !wordsBefore()
  if (condition.position === 'sentence-end') return !wordsAfter()
  return !wordsBefore() && !wordsAfter()
}
