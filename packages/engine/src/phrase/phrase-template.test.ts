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
})
