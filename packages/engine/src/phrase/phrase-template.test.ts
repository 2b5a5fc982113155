import { describe, expect, it } from 'vitest'
import { expandTemplate, phraseTemplate, spellNormalized } from './phrase-template.js'
import { expandAlternatives, normalizeWord, tokenizePhrase } from './tokenize-phrase.js'

/** What the matcher used to index: every alternative expanded, then tokenised. */
const expandedFirst = (phrase: string) => expandAlternatives(phrase).map(tokenizePhrase)

describe('phraseTemplate', () => {
  it('keeps groups as slots and runs of fixed words as one slot', () => {
    expect(phraseTemplate('you know how (things|it) (are|is) in your country')).toEqual([
      [['you', 'know', 'how']], [['things'], ['it']], [['are'], ['is']], [['in', 'your', 'country']],
    ])
  })

  it('reads a group inside a word, multi-word and empty alternatives, and punctuation', () => {
    expect(phraseTemplate("(we|I) apologi(s|z)e, (for any inconvenience caused|) !")).toEqual([
      [['we'], ['I']], [['apologise', ','], ['apologize', ',']], [['for', 'any', 'inconvenience', 'caused'], []], [['!']],
    ])
  })

  it.each([
    'within * (business|working|) days',
    '(as|being) (a|an) (latin american|south african|greek) (,|you)',
    "(we'll|we will) (get back|revert)(|.) to you",
    'apologi(s|z)e(d|) for the (delay|wait)',
    '(a (b|c)|d) e',
    '(as|the (one|address)) you typed',
    '((x|y) z|w)  (q|)',
    'a (b c',
    'a) (b|c)',
    '()',
    'hello, (world|you)!',
  ])('spells the same phrases in the same order as expanding first: %s', (phrase) => {
    expect(expandTemplate(phraseTemplate(phrase))).toEqual(expandedFirst(phrase))
    expect(spellNormalized(phraseTemplate(phrase))).toEqual(expandedFirst(phrase).map((tokens) => tokens.map(normalizeWord).join(' ')))
  })
})

describe('spellNormalized', () => {
  it('spells each phrase as its normalised tokens joined by spaces, skipping empty alternatives', () => {
    expect(spellNormalized(phraseTemplate('We’ll (Ship|send|) it'))).toEqual(["we'll ship it", "we'll send it", "we'll it"])
    expect(spellNormalized(phraseTemplate('(a|)'))).toEqual(['a', ''])
  })
})

describe('nested groups', () => {
  it('spell each phrase once, although the inner group copies the outer choices', () => {
    expect(expandAlternatives('(as|the (one|address)) you typed')).toEqual(['as you typed', 'the one you typed', 'the address you typed'])
    expect(expandTemplate(phraseTemplate('(as|the (one|address)) you typed'))).toEqual([['as', 'you', 'typed'], ['the', 'one', 'you', 'typed'], ['the', 'address', 'you', 'typed']])
  })

  it('spell groups of groups (word lists put into a group) as their union, first group outermost', () => {
    expect(expandAlternatives('((german|swiss)|(brit|dane)|jew) (are|is) (late|early)')).toEqual([
      'german are late', 'german are early', 'german is late', 'german is early',
      'swiss are late', 'swiss are early', 'swiss is late', 'swiss is early',
      'brit are late', 'brit are early', 'brit is late', 'brit is early',
      'dane are late', 'dane are early', 'dane is late', 'dane is early',
      'jew are late', 'jew are early', 'jew is late', 'jew is early',
    ])
    const list = Array.from({ length: 300 }, (_, i) => `w${i}`).join('|')
    expect(expandAlternatives(`((${list})|(${list.replaceAll('w', 'v')})) ((${list.replaceAll('w', 'x')})|y)`)).toHaveLength(600 * 301)
  })

  it('read parentheses that do not balance as before: the innermost pair, the rest literal', () => {
    expect(expandAlternatives('a (b|c')).toEqual(['a (b|c'])
    expect(expandAlternatives('a (b|c)) d')).toEqual(['a b) d', 'a c) d'])
    expect(expandAlternatives('top|level (x|y)')).toEqual(['top|level x', 'top|level y'])
  })
})
