import { expandAlternatives, normalizeWord, tokenizePhrase } from './tokenize-phrase.js'

/** One slot of a phrase: its alternatives, each a list of cased tokens (empty: the slot is optional). */
export type PhraseSlot = readonly (readonly string[])[]

/**
 * A phrase as written, tokenised but not expanded: a row of slots.
 * "(we|I) apologi(s|z)e" is [[["we"], ["I"]], [["apologise"], ["apologize"]]].
 * Its phrases are the slots' cross product with the first slot outermost,
 * which is the order `expandAlternatives` lists them in. Built-in rules keep
 * their phrases in this form: a few hundred alternatives instead of the tens
 * of thousands of phrases they spell out.
 */
export type PhraseTemplate = readonly PhraseSlot[]

/**
 * A slot as generated code stores it: one string, its alternatives joined by "|" and their tokens
 * by " " ("we|I", "for the delay|"). A few thousand strings cost JSON.parse and the garbage
 * collector a fraction of the hundred thousand small arrays they stand for, and the matcher reads
 * each slot back only when text first reaches it.
 */
export type PackedSlot = string

/** Packs a slot; tokens never hold whitespace, and a "|" is pattern syntax, so both are free to separate. */
export function packSlot(slot: PhraseSlot): PackedSlot {
  return slot
    .map((alternative) => {
      const bad = alternative.find((token) => token === '' || /[\s|]/.test(token))
      if (bad !== undefined) throw new Error(`cannot pack the phrase token "${bad}"`)
      return alternative.join(' ')
    })
    .join('|')
}

export function unpackSlot(packed: PackedSlot): PhraseSlot {
  return packed.split('|').map((alternative) => (alternative === '' ? [] : alternative.split(' ')))
}

/** How many alternatives a packed slot holds, without unpacking it. */
export function packedAlternatives(packed: PackedSlot): number {
  let count = 1
  for (let at = packed.indexOf('|'); at !== -1; at = packed.indexOf('|', at + 1)) count++
  return count
}

const SPACE = /\s/

/** Splits at whitespace outside parentheses; undefined when they do not balance. */
function chunks(phrase: string): string[] | undefined {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i <= phrase.length; i++) {
    const char = phrase[i]
    if (char === '(') depth++
    else if (char === ')' && --depth < 0) return undefined
    else if (depth === 0 && (char === undefined || SPACE.test(char))) {
      if (i > start) parts.push(phrase.slice(start, i))
      start = i + 1
    }
  }
  return depth === 0 ? parts : undefined
}

/**
 * Compiles a phrase as written into its template. Each whitespace-separated
 * chunk ("apologi(s|z)e", "(this may have caused|)") is expanded and tokenised
 * on its own: tokens never span whitespace, so this spells the same phrases as
 * expanding the whole phrase first. Unbalanced parentheses keep the phrase as
 * one chunk, exactly as `expandAlternatives` reads it.
 */
export function phraseTemplate(phrase: string): PhraseTemplate {
  if (!phrase.includes('(')) {
    const tokens = tokenizePhrase(phrase)
    return tokens.length > 0 ? [[tokens]] : []
  }
  const slots: Array<Array<readonly string[]>> = []
  let fixed: string[] | undefined
  for (const chunk of chunks(phrase) ?? [phrase]) {
    const alternatives = expandAlternatives(chunk).map(tokenizePhrase)
    if (alternatives.length > 1) {
      slots.push(alternatives)
      fixed = undefined
    } else if (alternatives[0]!.length > 0) {
      // Consecutive fixed words share one slot: fewer steps, same phrases.
      if (fixed) fixed.push(...alternatives[0]!)
      else slots.push([(fixed = [...alternatives[0]!])])
    }
  }
  return slots
}

/** Every phrase a template spells (cased tokens), in `expandAlternatives` order. */
export function expandTemplate(template: PhraseTemplate): string[][] {
  let phrases: string[][] = [[]]
  for (const slot of template) {
    const next: string[][] = []
    for (const prefix of phrases) for (const alternative of slot) next.push([...prefix, ...alternative])
    phrases = next
  }
  return phrases
}

/**
 * Every phrase a template spells, normalised, its tokens joined by spaces, in
 * `expandTemplate` order. The duplicate checks compare these strings: a rule
 * that spells hundreds of thousands of phrases is checked without building a
 * token list for each.
 */
export function spellNormalized(template: PhraseTemplate): string[] {
  let phrases = ['']
  for (const slot of template) {
    const words = slot.map((alternative) => alternative.map(normalizeWord).join(' '))
    const next: string[] = []
    for (const prefix of phrases) {
      for (const word of words) next.push(word === '' ? prefix : prefix === '' ? word : `${prefix} ${word}`)
    }
    phrases = next
  }
  return phrases
}
