import type { PhraseRule } from './compile-phrase-rule.js'

export const WILDCARD = '*'

/** What sits at the end of a trie path: which rule and pattern own the phrase. */
export interface PhraseTarget {
  rule: PhraseRule
  patternIndex: number
  phraseIndex: number
}

export interface TrieNode {
  next: Map<string, TrieNode>
  targets: PhraseTarget[]
}

function node(): TrieNode {
  return { next: new Map(), targets: [] }
}

/** Builds one trie over the phrases of every enabled phrase rule, skipping accepted vocabulary. */
export function buildTrie(rules: readonly PhraseRule[], accepted: ReadonlySet<string>): TrieNode {
  const root = node()
  for (const rule of rules) {
    rule.patterns.forEach((pattern, patternIndex) => {
      pattern.phrases.forEach((phrase, phraseIndex) => {
        if (accepted.has(phrase.tokens.join(' '))) return
        let current = root
        for (const token of phrase.tokens) {
          let child = current.next.get(token)
          if (!child) current.next.set(token, (child = node()))
          current = child
        }
        current.targets.push({ rule, patternIndex, phraseIndex })
      })
    })
  }
  return root
}

export interface TrieHit {
  target: PhraseTarget
  /** Token indices, end exclusive. */
  start: number
  end: number
}

/** Finds every phrase starting at each token, in one left-to-right pass. */
export function matchTokens(root: TrieNode, tokens: readonly string[], isWord: readonly boolean[]): TrieHit[] {
  const hits: TrieHit[] = []
  for (let start = 0; start < tokens.length; start++) {
    if (!root.next.has(tokens[start]!)) continue
    walk(root, start, start)
  }
  return hits

  function walk(current: TrieNode, start: number, index: number): void {
    if (index >= tokens.length) return
    const exact = current.next.get(tokens[index]!)
    if (exact) {
      for (const target of exact.targets) hits.push({ target, start, end: index + 1 })
      walk(exact, start, index + 1)
    }
    const wild = isWord[index] ? current.next.get(WILDCARD) : undefined
    if (wild) {
      for (const target of wild.targets) hits.push({ target, start, end: index + 1 })
      walk(wild, start, index + 1)
    }
  }
}
