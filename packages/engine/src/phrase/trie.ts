import type { PhraseRule } from './compile-phrase-rule.js'
import { firstWordIndex, slotAlternativeCounts, slotStrides, type FirstWordIndex } from './first-words.js'
import { unpackSlot, type PackedSlot, type PhraseSlot } from './phrase-template.js'
import { CONTRACTION, normalizeWord } from './tokenize-phrase.js'

export const WILDCARD = '*'

/** What sits at the end of a trie path: which rule and pattern own the phrase. */
export interface PhraseTarget {
  rule: PhraseRule
  patternIndex: number
  phraseIndex: number
}

/**
 * The trie over every phrase of the enabled rules. It is built lazily from the
 * rules' templates: the root's child for a word when text first holds the word
 * (from each rule's first-word index), a node's children the first time the
 * matcher steps past it. The tens of thousands of phrases the templates spell
 * are never listed, only the paths text reaches. Each phrase still has a path
 * of its own, so two templates never mix ("(a|b) c" and "a d" do not make "b d").
 */
export interface PhraseTrie {
  /** The root's children by normalised first token, each built when text first holds the token; null: no phrase starts with it. */
  readonly first: Map<string, TrieNode | null>
  /** The enabled rules, in order, with their first-word indexes. */
  readonly sources: readonly TrieSource[]
  readonly accepted: ReadonlySet<string>
}

/** One rule as the trie reads it. */
interface TrieSource {
  rule: PhraseRule
  index: FirstWordIndex
  /** Template entries by template number across the rule's patterns, made when text first reaches the template. */
  entries: Array<TemplateEntry | undefined>
  /** The number of each pattern's first template, counted when text first reaches the rule. */
  patternStarts: number[] | undefined
  /** Each pattern's first phrase index per template, counted when text first reaches one of its templates. */
  firstPhrases: Array<number[] | undefined>
}

/** One node of the trie below its root. */
export interface TrieNode {
  /** Children by normalised token ('*' for the wildcard); undefined until first visited. */
  next: Map<string, TrieNode> | undefined
  /** The wildcard child, kept beside the map when the children are built: one lookup fewer per word. */
  wild: TrieNode | undefined
  /** Phrases that end here. */
  targets: PhraseTarget[]
  /** Phrases that go on from here, until the children are built. */
  pending: Cursor[] | undefined
}

/** One template of one pattern, with what it takes to number its phrases. */
interface TemplateEntry {
  rule: PhraseRule
  patternIndex: number
  /** The template's slots; a generated rule's are unpacked from `packed` when the matcher first reaches them. */
  slots: Array<PhraseSlot | undefined>
  packed: readonly PackedSlot[] | undefined
  /** Whether each packed slot has an empty alternative, worked out once: a phrase reaches a slot once per alternative before it. */
  optional: Array<boolean | undefined>
  /** Index of the template's first phrase in the pattern's `phrases`. */
  firstPhrase: number
  /** How far the phrase index moves per alternative of each slot (mixed radix, first slot outermost). */
  strides: number[]
  accepted: ReadonlySet<string>
}

/**
 * A phrase in progress: its next token is template[slot][alternative][token],
 * or, with alternative -1, any alternative of `slot` (not yet spelled out, so
 * a node holds one cursor per template however many alternatives follow).
 */
interface Cursor {
  entry: TemplateEntry
  slot: number
  alternative: number
  token: number
  /** The phrase index, counting the alternatives chosen so far. */
  phraseIndex: number
}

const NO_CHILDREN: Map<string, TrieNode> = new Map()

function node(): TrieNode {
  return { next: undefined, wild: undefined, targets: [], pending: [] }
}

function slotAt(entry: TemplateEntry, slot: number): PhraseSlot {
  return (entry.slots[slot] ??= unpackSlot(entry.packed![slot]!))
}

/** The normalised text of the phrase a finished cursor spelled, decoded from its index. */
function phraseText(entry: TemplateEntry, phraseIndex: number): string {
  let rest = phraseIndex - entry.firstPhrase
  const words: string[] = []
  for (let i = 0; i < entry.slots.length; i++) {
    const choice = Math.floor(rest / entry.strides[i]!)
    rest -= choice * entry.strides[i]!
    for (const token of slotAt(entry, i)[choice]!) words.push(normalizeWord(token))
  }
  return words.join(' ')
}

/**
 * A phrase reached `slot` at node `at`: it ends here once every slot is done,
 * else it waits for the node's children; an empty alternative also lets it
 * skip the slot. Phrases that end are known at once, as the matcher reports
 * a node's targets before it steps past it.
 */
function enterSlot(entry: TemplateEntry, slot: number, phraseIndex: number, at: TrieNode): void {
  if (slot === entry.slots.length) {
    if (entry.accepted.size === 0 || !entry.accepted.has(phraseText(entry, phraseIndex))) {
      at.targets.push({ rule: entry.rule, patternIndex: entry.patternIndex, phraseIndex })
    }
    return
  }
  at.pending!.push({ entry, slot, alternative: -1, token: 0, phraseIndex })
  // Most slots have no empty alternative: a packed one is not unpacked to say so.
  const packed = entry.packed?.[slot]
  if (packed !== undefined && entry.slots[slot] === undefined && !(entry.optional[slot] ??= hasEmptyAlternative(packed))) return
  const alternatives = slotAt(entry, slot)
  for (let alternative = 0; alternative < alternatives.length; alternative++) {
    if (alternatives[alternative]!.length === 0) enterSlot(entry, slot + 1, phraseIndex + alternative * entry.strides[slot]!, at)
  }
}

/** An empty alternative packs as nothing between two "|" or at either end ("for the delay|"). */
function hasEmptyAlternative(packed: PackedSlot): boolean {
  return packed === '' || packed.startsWith('|') || packed.endsWith('|') || packed.includes('||')
}

/** Moves a phrase past one token into its child among `children`. */
function step(entry: TemplateEntry, slot: number, alternative: number, token: number, phraseIndex: number, children: Map<string, TrieNode>): void {
  const tokens = slotAt(entry, slot)[alternative]!
  const key = normalizeWord(tokens[token]!)
  let child = children.get(key)
  if (!child) children.set(key, (child = node()))
  advance(entry, slot, alternative, tokens.length, token, phraseIndex, child)
}

/** A phrase reached `child` with token `token` of its alternative, which has `length` tokens. */
function advance(entry: TemplateEntry, slot: number, alternative: number, length: number, token: number, phraseIndex: number, child: TrieNode): void {
  if (token + 1 < length) child.pending!.push({ entry, slot, alternative, token: token + 1, phraseIndex })
  else enterSlot(entry, slot + 1, phraseIndex, child)
}

/**
 * Builds a node's children from the phrases going through it. Cursors keep
 * the order of rules, patterns and phrases, so targets end up in the order
 * an eagerly built trie gives them.
 */
function children(current: TrieNode): Map<string, TrieNode> {
  if (current.next) return current.next
  const pending = current.pending!
  current.pending = undefined
  if (pending.length === 0) return (current.next = NO_CHILDREN)
  const next = new Map<string, TrieNode>()
  for (const { entry, slot, alternative, token, phraseIndex } of pending) {
    if (alternative >= 0) {
      step(entry, slot, alternative, token, phraseIndex, next)
      continue
    }
    const alternatives = slotAt(entry, slot)
    for (let choice = 0; choice < alternatives.length; choice++) {
      if (alternatives[choice]!.length > 0) step(entry, slot, choice, 0, phraseIndex + choice * entry.strides[slot]!, next)
    }
  }
  current.wild = next.get(WILDCARD)
  return (current.next = next)
}

/**
 * Builds one trie over the phrases of every enabled phrase rule, skipping accepted vocabulary.
 * Generated rules bring their first-word index; a rule compiled at run time (a config's own,
 * the rejected vocabulary) has its index made here.
 */
export function buildTrie(rules: readonly PhraseRule[], accepted: ReadonlySet<string>): PhraseTrie {
  return {
    first: new Map(),
    sources: rules.map((rule) => ({ rule, index: rule.firstWords ?? firstWordIndex(rule), entries: [], patternStarts: undefined, firstPhrases: [] })),
    accepted,
  }
}

/** The root's child for a first token: every rule's phrases starting with it, in the order of rules, patterns and phrases. */
function rootChild(trie: PhraseTrie, key: string): TrieNode | undefined {
  const known = trie.first.get(key)
  if (known !== undefined) return known ?? undefined
  const child = node()
  for (const source of trie.sources) {
    // Own keys only: an index read from JSON inherits "constructor" and the like.
    if (!Object.hasOwn(source.index, key)) continue
    const run = source.index[key]!
    // Two numbers for a first slot's alternative, four for a later slot's (see `FirstWordIndex`).
    for (let i = 0; i < run.length; ) {
      const code = run[i]!
      const later = code < 0
      const entry = templateEntry(source, trie.accepted, later ? -1 - code : code)
      const slot = later ? run[i + 1]! : 0
      const alternative = later ? run[i + 2]! : run[i + 1]!
      const offset = later ? run[i + 3]! : 0
      i += later ? 4 : 2
      const phraseIndex = entry.firstPhrase + offset + alternative * entry.strides[slot]!
      advance(entry, slot, alternative, slotAt(entry, slot)[alternative]!.length, 0, phraseIndex, child)
    }
  }
  const found = child.targets.length > 0 || child.pending!.length > 0
  trie.first.set(key, found ? child : null)
  return found ? child : undefined
}

/** The entry of a template, numbered across its rule's patterns. */
function templateEntry(source: TrieSource, accepted: ReadonlySet<string>, number: number): TemplateEntry {
  const made = source.entries[number]
  if (made) return made
  const { rule } = source
  const starts = (source.patternStarts ??= patternStarts(rule))
  let patternIndex = 0
  while (patternIndex + 1 < starts.length && starts[patternIndex + 1]! <= number) patternIndex++
  const template = number - starts[patternIndex]!
  const pattern = rule.patterns[patternIndex]!
  // A generated rule's templates are read slot by slot from their packed form, never unpacked whole.
  const packed = pattern.packedTemplates?.[template]
  const slots = packed ? new Array<PhraseSlot | undefined>(packed.length) : [...pattern.templates[template]!]
  const strides = slotStrides(slotAlternativeCounts(pattern, template))
  const firstPhrase = (source.firstPhrases[patternIndex] ??= firstPhrases(rule, patternIndex))[template]!
  return (source.entries[number] = { rule, patternIndex, slots, packed, optional: [], firstPhrase, strides, accepted })
}

/** The number of each pattern's first template, counting templates across the rule's patterns. */
function patternStarts(rule: PhraseRule): number[] {
  let start = 0
  return rule.patterns.map((pattern) => {
    const at = start
    start += (pattern.packedTemplates ?? pattern.templates).length
    return at
  })
}

/** The index of each template's first phrase in its pattern's `phrases`: the phrase counts of the templates before it. */
function firstPhrases(rule: PhraseRule, patternIndex: number): number[] {
  const pattern = rule.patterns[patternIndex]!
  const templates = pattern.packedTemplates ?? pattern.templates
  const counts = templates.map((_, template) => slotAlternativeCounts(pattern, template).reduce((count, alternatives) => count * alternatives, 1))
  let first = 0
  return counts.map((count) => {
    const at = first
    first += count
    return at
  })
}

export interface TrieHit {
  target: PhraseTarget
  /** Token indices, end exclusive. */
  start: number
  end: number
}

/**
 * Finds every phrase starting at each token, in one left-to-right pass. Most of a run's
 * calls come before V8 has optimised this code, so each step does as little as it can:
 * one map lookup per word, the wildcard child read from its node.
 */
export function matchTokens(trie: PhraseTrie, tokens: readonly string[], isWord: readonly boolean[]): TrieHit[] {
  const hits: TrieHit[] = []
  const rootWild = rootChild(trie, WILDCARD)
  const first = trie.first
  // Where each contracted word splits ("it's" at 2), or -1: a phrase may spell it apart ("it 's", "'s").
  const splits = contractionSplits(tokens)
  for (let start = 0; start < tokens.length; start++) {
    // The root's children are looked up here first: one map lookup per word, a call only for a word not met before.
    const token = tokens[start]!
    const known = first.get(token)
    const exact = known === undefined ? rootChild(trie, token) : known
    if (exact) enter(exact, start, start)
    if (rootWild && isWord[start]) enter(rootWild, start, start)
    if (splits !== undefined && splits[start]! > 0) {
      const at = splits[start]!
      // "'ll follow later" starts inside "it'll"; "it 's getting" reads "it's" as two steps.
      const suffix = rootChild(trie, token.slice(at))
      if (suffix) enter(suffix, start, start)
      const word = rootChild(trie, token.slice(0, at))
      if (word) enterContraction(word, start, start)
    }
  }
  return hits

  /** The phrase starting at `start` reached `node` with token `index`. */
  function enter(node: TrieNode, start: number, index: number): void {
    const targets = node.targets
    for (let i = 0; i < targets.length; i++) hits.push({ target: targets[i]!, start, end: index + 1 })
    const next = index + 1
    if (next >= tokens.length) return
    const below = node.next ?? children(node)
    if (below.size === 0) return
    const exact = below.get(tokens[next]!)
    if (exact) enter(exact, start, next)
    const wild = node.wild
    if (wild && isWord[next]) enter(wild, start, next)
    if (splits !== undefined && splits[next]! > 0) enterSplit(below, start, next)
  }

  /** Token `index` is a contracted word: its word, then its contraction, from the children `below`. */
  function enterSplit(below: Map<string, TrieNode>, start: number, index: number): void {
    const word = below.get(tokens[index]!.slice(0, splits![index]!))
    if (word) enterContraction(word, start, index)
  }

  /** The word of contracted token `index` reached `word`: on to its contraction. */
  function enterContraction(word: TrieNode, start: number, index: number): void {
    const contraction = (word.next ?? children(word)).get(tokens[index]!.slice(splits![index]!))
    if (contraction) enter(contraction, start, index)
  }
}

/** For each token, where its contraction starts ("we'll" → 2), or -1; undefined when no token has one. */
function contractionSplits(tokens: readonly string[]): Int32Array | undefined {
  let splits: Int32Array | undefined
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const at = token.lastIndexOf("'")
    if (at <= 0 || !CONTRACTION.test(token.slice(at))) continue
    if (!splits) splits = new Int32Array(tokens.length).fill(-1)
    splits[i] = at
  }
  return splits
}
