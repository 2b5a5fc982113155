import { describe, expect, it } from 'vitest'
import { compilePhraseRule, type PhraseRule } from './compile-phrase-rule.js'
import { packPhraseRule, unpackPhraseRule } from './pack-phrase-rule.js'
import { buildTrie, matchTokens, WILDCARD, type TrieHit } from './trie.js'
import type { PatternSource } from './types.js'

function rule(id: string, patterns: PatternSource[]): PhraseRule {
  return compilePhraseRule({ id, kind: 'avoid', description: 'x', category: 'clarity', severity: 'warning', message: 'x', patterns })
}

// The matcher reads normalised (lower-case) tokens.
const words = (text: string) => text.toLowerCase().split(' ')
const isWord = (tokens: string[]) => tokens.map((t) => /\p{L}/u.test(t))

/** Each hit as "rule#pattern: phrase @start-end", the phrase read from the pattern's expanded list. */
function describeHits(hits: TrieHit[]): string[] {
  return hits.map(({ target: { rule, patternIndex, phraseIndex }, start, end }) =>
    `${rule.meta.id}#${patternIndex}: ${rule.patterns[patternIndex]!.phrases[phraseIndex]!.cased.join(' ')} @${start}-${end}`)
}

function match(rules: PhraseRule[], text: string, accepted: string[] = []): string[] {
  const tokens = words(text)
  return describeHits(matchTokens(buildTrie(rules, new Set(accepted)), tokens, isWord(tokens)))
}

/** The trie as it was built before templates: every expanded phrase inserted up front. */
function eagerMatch(rules: PhraseRule[], tokens: string[]): TrieHit[] {
  type Node = { next: Map<string, Node>; targets: TrieHit['target'][] }
  const root: Node = { next: new Map(), targets: [] }
  for (const r of rules) {
    r.patterns.forEach((pattern, patternIndex) => pattern.phrases.forEach((phrase, phraseIndex) => {
      let current = root
      for (const token of phrase.tokens) {
        let child = current.next.get(token)
        if (!child) current.next.set(token, (child = { next: new Map(), targets: [] }))
        current = child
      }
      current.targets.push({ rule: r, patternIndex, phraseIndex })
    }))
  }
  const hits: TrieHit[] = []
  const flags = isWord(tokens)
  const walk = (current: Node, start: number, index: number): void => {
    if (index >= tokens.length) return
    for (const child of [current.next.get(tokens[index]!), flags[index] ? current.next.get(WILDCARD) : undefined]) {
      if (!child) continue
      for (const target of child.targets) hits.push({ target, start, end: index + 1 })
      walk(child, start, index + 1)
    }
  }
  for (let start = 0; start < tokens.length; start++) walk(root, start, start)
  return hits
}

describe('the phrase trie', () => {
  it('gives every phrase its own path: "(a|b) c" and "a d" never make "b d"', () => {
    const rules = [rule('one', [{ phrases: ['(a|b) c'] }]), rule('two', [{ phrases: ['a d'] }])]
    expect(match(rules, 'b d')).toEqual([])
    expect(match(rules, 'a d b c a c')).toEqual(['two#0: a d @0-2', 'one#0: b c @2-4', 'one#0: a c @4-6'])
  })

  it('points each hit at the phrase it matched, across templates, optional slots and patterns', () => {
    const rules = [rule('r', [{ phrases: ['x y', '(we|I) apologi(s|z)e (again|)'] }, { phrases: ['(so|very) sorry'], caseSensitive: true }])]
    expect(match(rules, 'I apologize again so sorry')).toEqual([
      'r#0: I apologize @0-2',
      'r#0: I apologize again @0-3',
      'r#1: so sorry @3-5',
    ])
  })

  it('lists the exact word before the wildcard, and targets in rule order', () => {
    const rules = [rule('first', [{ phrases: ['a * c'] }, { phrases: ['a b c'] }]), rule('second', [{ phrases: ['a (b|x) c'] }])]
    expect(match(rules, 'a b c')).toEqual(['first#1: a b c @0-3', 'second#0: a b c @0-3', 'first#0: a * c @0-3'])
    expect(match(rules, 'a , c')).toEqual([])
  })

  it('skips accepted vocabulary phrase by phrase', () => {
    const rules = [rule('r', [{ phrases: ['(quick|fast) (fix|win)'] }])]
    expect(match(rules, 'quick fix fast fix', ['fast fix'])).toEqual(['r#0: quick fix @0-2'])
  })

  it('builds only the nodes the text reaches, the root one first word at a time', () => {
    const trie = buildTrie([rule('r', [{ phrases: ['(a|b) c d', 'e f'] }])], new Set())
    expect(trie.first.size).toBe(0)
    matchTokens(trie, ['b', 'c'], [true, true])
    // The wildcard is looked up once per text; no phrase starts with "*" or "c".
    expect([...trie.first].map(([word, child]) => [word, child !== null])).toEqual([['*', false], ['b', true], ['c', false]])
    expect(trie.first.has('a')).toBe(false)
    expect(trie.first.get('b')!.next!.get('c')!.next).toBeUndefined()
  })

  it('finds what an eagerly built trie finds, in the same order', () => {
    const rules = [
      rule('a', [{ phrases: ['(the|a) (quick|slow|) (fox|dog)', 'the * dog (runs|)'] }, { phrases: ['quick fox (jumps|leaps) (over|)'] }]),
      rule('b', [{ phrases: ['(fox|dog) (jumps|runs|) * (over|the)', 'the fox'] }]),
      rule('c', [{ phrases: ['(a|the) * (fox|dog)', 'over the (lazy|) dog'] }]),
    ]
    const vocabulary = ['the', 'a', 'quick', 'slow', 'fox', 'dog', 'jumps', 'runs', 'leaps', 'over', 'lazy', ',']
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let round = 0; round < 200; round++) {
      const tokens = Array.from({ length: 12 }, () => vocabulary[Math.floor(random() * vocabulary.length)]!)
      const lazy = matchTokens(buildTrie(rules, new Set()), tokens, isWord(tokens))
      expect(describeHits(lazy)).toEqual(describeHits(eagerMatch(rules, tokens)))
    }
  })

  it('finds the same from packed templates as from the compiled ones, accepted vocabulary included', () => {
    const rules = [
      rule('a', [{ phrases: ['(the|a) (quick|slow|) (fox|dog)', 'the * dog (runs|)'] }, { phrases: ['quick fox (jumps|leaps) (over|)'] }]),
      rule('b', [{ phrases: ['(fox|dog) (jumps|runs|) * (over|the)', '(|the) fox'] }]),
    ]
    const packed = rules.map((r) => unpackPhraseRule(JSON.parse(JSON.stringify(packPhraseRule(r)))))
    const vocabulary = ['the', 'a', 'quick', 'slow', 'fox', 'dog', 'jumps', 'runs', 'leaps', 'over', 'lazy']
    let seed = 11
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let round = 0; round < 200; round++) {
      const tokens = Array.from({ length: 10 }, () => vocabulary[Math.floor(random() * vocabulary.length)]!)
      const accepted = new Set(['the fox', 'a quick dog'])
      const fromPacked = describeHits(matchTokens(buildTrie(packed, accepted), tokens, isWord(tokens)))
      expect(fromPacked).toEqual(describeHits(matchTokens(buildTrie(rules, accepted), tokens, isWord(tokens))))
    }
    // The matcher reads the packed slots and leaves the templates packed.
    const fresh = unpackPhraseRule(packPhraseRule(rules[0]!))
    const tokens = words('the quick fox jumps over a dog')
    expect(matchTokens(buildTrie([fresh], new Set()), tokens, isWord(tokens)).length).toBe(4)
    expect(Object.getOwnPropertyDescriptor(fresh.patterns[0]!, 'templates')!.get).toBeTypeOf('function')
  })
})

describe('the root, from a first-word index read from JSON', () => {
  it('finds no phrase for a word an object inherits ("constructor", "toString")', () => {
    const packed = unpackPhraseRule(JSON.parse(JSON.stringify(packPhraseRule(rule('r', [{ phrases: ['the constructor', 'call back'] }])))))
    expect(match([packed], 'constructor tostring hasownproperty the constructor')).toEqual(['r#0: the constructor @3-5'])
  })
})

describe('contractions a group spells apart', () => {
  const ridiculous = rule('r', [{ phrases: ["(this|it) (is|'s) getting ridiculous"] }])
  const later = rule('l', [{ phrases: ["(will|'ll) follow later"] }])

  it('reads "it\'s" in text as "it" and "\'s" of a phrase', () => {
    expect(match([ridiculous], "honestly it's getting ridiculous")).toEqual(["r#0: it 's getting ridiculous @1-4"])
    expect(match([ridiculous], 'honestly it is getting ridiculous')).toEqual(['r#0: it is getting ridiculous @1-5'])
  })

  it('lets a phrase start inside a contracted word: "\'ll follow later" in "it\'ll follow later"', () => {
    expect(match([later], "it'll follow later")).toEqual(["l#0: 'll follow later @0-3"])
    expect(match([later], 'it will follow later')).toEqual(['l#0: will follow later @1-4'])
  })

  it('cuts elisions and "&" names as the text parser does: "\'em", "\'cause", "J&T"', () => {
    const elided = rule('e', [{ phrases: ["use 'em or lose 'em", "'cause", 'j&t express'] }])
    expect(match([elided], "use 'em or lose 'em")).toEqual(["e#0: use 'em or lose 'em @0-5"])
    expect(match([elided], "'cause j&t express lost it")).toEqual(["e#0: 'cause @0-1", 'e#0: j&t express @1-3'])
  })

  it('keeps a possessive apostrophe a mark of its own: "packers\' negligence"', () => {
    const packers = rule('p', [{ phrases: ["our packers' negligence"] }])
    expect(match([packers], "our packers ' negligence")).toEqual(["p#0: our packers ' negligence @0-4"])
  })
})
