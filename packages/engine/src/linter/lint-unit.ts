import type { Node, Parent, Root, Sentence } from 'nlcst'
import type { Fix, LintTiming, ReportedSeverity } from '../types/message.js'
import type { NlcstType, ReportDescriptor, RuleContext, Visitor } from '../types/rule.js'
import type { Channel, LintUnit, UnitKind } from '../types/unit.js'
import type { RegionContext } from '../region/region-context.js'
import { lowerSeverity } from '../config/severity.js'
import { tokenizeParagraph, type ParagraphTokens, type SentenceSpan, type Token } from '../phrase/tokens.js'
import { normalizeWord } from '../phrase/tokenize-phrase.js'
import { reportLimits, runPhraseRules, type LimitCounts } from '../phrase/run-phrase-rules.js'
import { inScope } from '../phrase/rule-scope.js'
import type { CompiledRuleSet } from './compile-rule-set.js'
import type { RawReport } from './raw-report.js'
import { badReport, checkReport, isRangeWithin, rangeProblem } from './check-report.js'
import { ruleFailure } from '../rule/rule-error.js'
import { timeRule } from './lint-timing.js'
import { SortedRanges } from '../position/sorted-ranges.js'

const WORD_LEVEL = new Set<string>(['WordNode', 'TextNode', 'PunctuationNode', 'SymbolNode', 'WhiteSpaceNode', 'SourceNode'])
const DEFAULT_UNIT_KINDS: readonly UnitKind[] = ['subject', 'body', 'entry', 'agent-turn']

export interface UnitEnvironment {
  ruleSet: CompiledRuleSet
  language: string
  adapter: string
  region: RegionContext
  channel: Channel | undefined
  voice: 'formal' | 'friendly' | undefined
  complaint: boolean
  /** Length of the whole file's text: fixes are in file offsets. */
  fileLength: number
  /** The whole file's text, for what a placeholder says in it (`{{ship_date}}`); absent, placeholders are nameless. */
  fileText?: string
  /** The file path relative to the config, for rule scopes with file globs. */
  filePath?: string
  /** Maps a unit range to a file fix, escaping the text for the carrier format. */
  replace(unit: LintUnit, range: [number, number], text: string): Fix
  /** Where the time goes, when the caller asked (`timing: true`); absent, nothing is timed. */
  timing?: LintTiming
}

/** A visitor function and the rule it belongs to, so a throw can be pinned on that rule. */
interface Handler<N> {
  ruleId: string
  handle: (node: N, ancestors: readonly Parent[]) => void
}

function applies(meta: { languages: readonly string[]; appliesTo?: readonly UnitKind[] }, unit: LintUnit, language: string): boolean {
  return meta.languages.includes(language) && (meta.appliesTo ?? DEFAULT_UNIT_KINDS).includes(unit.kind)
}

/**
 * Runs every enabled rule over one unit in a single traversal and returns what
 * they reported. The unit comes as the trees of its parse chunks (one for any
 * ordinary text); each is walked and let go, so a long export never sits in
 * memory as one tree. The root handed to rules holds the current chunk.
 */
export function lintUnit(unit: LintUnit, trees: Iterable<Root>, env: UnitEnvironment): RawReport[] {
  const reports: RawReport[] = []
  const { ruleSet, timing } = env
  const replace = (range: [number, number], text: string) => env.replace(unit, range, text)
  // Indexed on first use: most units have none, and most that have some are never asked.
  let masked: SortedRanges | undefined
  const maskedRanges = () => (masked ??= new SortedRanges(unit.placeholders))
  // Quoted tokens in text order, so a lookup is a binary search.
  const literalRanges: Array<[number, number]> = []
  const isLiteral = (target: Node | readonly [number, number]) => {
    if (walkState === 'pending') walkTrees()
    const [start, end] = Array.isArray(target) ? target : rangeOf(target as Node)
    let low = 0
    let high = literalRanges.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (literalRanges[mid]![1] <= start) low = mid + 1
      else high = mid
    }
    return low < literalRanges.length && literalRanges[low]![0] < end
  }
  const unitInfo = { kind: unit.kind, ...(unit.key !== undefined ? { key: unit.key } : {}), ...(unit.previousCustomerTurn !== undefined ? { previousCustomerTurn: unit.previousCustomerTurn } : {}), ...(unit.templateTags ? { templateTags: unit.templateTags } : {}), language: env.language, adapter: env.adapter }

  const handlers = new Map<string, Array<Handler<never>>>()
  const exits: Array<{ ruleId: string; exit: (root: Root) => void }> = []
  for (const { rule, entry } of ruleSet.codeRules) {
    if (!applies(rule.meta, unit, env.language)) continue
    const meta = rule.meta
    const context: RuleContext<unknown> = {
      id: meta.id,
      options: entry.options as never,
      unit: unitInfo,
      text: unit.text,
      region: env.region,
      channel: env.channel,
      voice: env.voice,
      complaint: env.complaint,
      acceptedWords: ruleSet.acceptedWords,
      report(descriptor: ReportDescriptor) {
        checkReport(meta, descriptor, unit.text.length, env.fileLength)
        const severity = descriptor.severity ? lowerSeverity(entry.severity, descriptor.severity) : entry.severity
        if (severity === 'off') return
        const range = descriptor.range ?? rangeOf(descriptor.node)
        const report: RawReport = { meta, range, messageId: descriptor.messageId, data: descriptor.data ?? {}, severity }
        if (descriptor.fix) report.fix = descriptor.fix
        if (descriptor.suggest?.length) {
          report.suggest = descriptor.suggest.map((s) => ({
            message: s.message ?? render(meta.messages[s.messageId ?? ''] ?? s.messageId ?? 'Apply suggestion', s.data ?? {}),
            fix: s.fix,
          }))
        }
        if (descriptor.expected) report.expected = descriptor.expected
        if (descriptor.note) report.note = descriptor.note
        reports.push(report)
      },
      isLiteral,
      // A node stands for a placeholder when the parser kept it as source; a range, when it lies in a masked one.
      isPlaceholder: (target: Node | readonly [number, number]) =>
        'type' in target ? target.type === 'SourceNode' : maskedRanges().covers(target[0], target[1]),
      rangeOf,
      tokensOf,
      // toFile would clamp a bad unit range into some other fix: refuse it instead.
      replace(range: [number, number], text: string) {
        if (!isRangeWithin(range, unit.text.length)) throw badReport(meta.id, rangeProblem('replace range', range, unit.text.length))
        return replace(range, text)
      },
    }
    const visitor: Visitor = timing ? timeRule(timing, meta.id, () => runAs(meta.id, () => rule.create(context))) : runAs(meta.id, () => rule.create(context))
    for (const [type, untimed] of Object.entries(visitor)) {
      // Timed only when asked: a wrapper per handler call is not free.
      const handle = timing ? (...args: unknown[]) => timeRule(timing, meta.id, () => (untimed as (...a: unknown[]) => void)(...args)) : untimed
      if (type === 'RootNode:exit') exits.push({ ruleId: meta.id, exit: handle as (root: Root) => void })
      else {
        let list = handlers.get(type)
        if (!list) handlers.set(type, (list = []))
        list.push({ ruleId: meta.id, handle: handle as never })
      }
    }
  }

  const scopeSubject = { unitText: unit.text, channel: env.channel, region: env.region, filePath: env.filePath }
  const phraseRules = ruleSet.phraseRules.filter((r) => applies(r.meta, unit, env.language) && inScope(r, scopeSubject))
  const applicablePhraseMetas = new Set<unknown>(phraseRules.map((r) => r.meta))
  const runPhrases = phraseRules.length > 0
  const limits: LimitCounts = new Map()
  let normalizedText: string | undefined
  const phraseContext = {
    trie: ruleSet.trie,
    unitText: unit.text,
    normalizedText: () => (normalizedText ??= normalizeWord(unit.text)),
    ...(env.fileText !== undefined && unit.placeholders.length > 0 ? { placeholderSources: placeholderSourcesOf(unit, maskedRanges, env.fileText) } : {}),
    unitAnswers: new Map(),
    region: env.region,
    channel: env.channel,
    severityOf: (rule: { meta: { id: string } }): ReportedSeverity => ruleSet.entries.get(rule.meta.id)?.severity ?? 'warning',
    replace,
    report: (report: RawReport) => {
      if (applicablePhraseMetas.has(report.meta)) reports.push(report)
    },
  }

  const ancestors: Parent[] = []
  // Words and marks are walked only when some rule visits them; most rules read tokensOf(sentence).
  const visitWords = [...handlers.keys()].some((type) => WORD_LEVEL.has(type))
  // Each sentence's tokens, sliced from its paragraph's on first request.
  const sentenceTokens = new WeakMap<Sentence, { paragraph: ParagraphTokens; span: SentenceSpan; tokens?: readonly Token[] }>()
  const rootHandlers = handlers.get('RootNode') ?? []
  let walkState: 'pending' | 'walking' | 'done' = 'pending'
  let root: Root | undefined
  // Parsing is most of the cost. A unit that no handler or phrase walks (a template's
  // raw source, read for its tags) is parsed only if an exit handler asks for its tree.
  const exitRoot = handlers.size > 0 || runPhrases ? walkTrees() : lazyRoot(walkTrees)
  for (const { ruleId, exit } of exits) runAs(ruleId, () => exit(exitRoot))
  if (runPhrases) {
    const start = timing ? performance.now() : 0
    reportLimits(limits, phraseRules.filter((r) => r.limit !== undefined), unit.text, phraseContext)
    if (timing) timing.phrases += performance.now() - start
  }
  return reports

  function walkTrees(): Root {
    if (walkState !== 'pending') return root!
    walkState = 'walking'
    for (const tree of trees) {
      if (!root) {
        root = tree
        dispatch(rootHandlers, root as never, ancestors)
      } else root.children = tree.children
      ancestors.push(root)
      for (const child of tree.children) visit(child)
      ancestors.pop()
    }
    root ??= { type: 'RootNode', children: [] }
    walkState = 'done'
    return root
  }

  function tokensOf(sentence: Sentence): readonly Token[] {
    const known = sentenceTokens.get(sentence)
    if (known) return (known.tokens ??= known.paragraph.tokens.slice(known.span.first, known.span.last))
    // Not met in a walked paragraph (a rule's own node): tokenised on its own.
    return tokenizeParagraph({ type: 'ParagraphNode', children: [sentence] }, unit.text).tokens
  }

  function visit(node: Node): void {
    if (node.type === 'ParagraphNode') {
      const paragraph = tokenizeParagraph(node as never, unit.text)
      let index = 0
      for (const child of (node as Parent).children) {
        if (child.type === 'SentenceNode') sentenceTokens.set(child as Sentence, { paragraph, span: paragraph.sentences[index++]! })
      }
      for (const token of paragraph.tokens) if (token.literal) literalRanges.push([token.start, token.end])
      if (runPhrases) {
        const start = timing ? performance.now() : 0
        runPhraseRules(paragraph, rangeOf(node), phraseContext, limits)
        if (timing) timing.phrases += performance.now() - start
      }
    }
    const list = handlers.get(node.type as NlcstType)
    if (list) dispatch(list, node as never, ancestors)
    if (node.type === 'SentenceNode' && !visitWords) return
    if ('children' in node) {
      ancestors.push(node as Parent)
      for (const child of (node as Parent).children) visit(child)
      ancestors.pop()
    }
  }
}

/** Calls every handler on a node: one try for the lot, and a throw comes out naming its rule. */
function dispatch<N>(list: ReadonlyArray<Handler<N>>, node: N, ancestors: readonly Parent[]): void {
  let i = 0
  try {
    for (; i < list.length; i++) list[i]!.handle(node, ancestors)
  } catch (error) {
    throw ruleFailure(list[i]!.ruleId, error)
  }
}

/** Runs a rule's own code outside the walk (create, exit handlers), naming the rule if it throws. */
function runAs<T>(ruleId: string, run: () => T): T {
  try {
    return run()
  } catch (error) {
    throw ruleFailure(ruleId, error)
  }
}

/**
 * A root whose tree is parsed and walked the first time a handler touches it;
 * from then on it is a plain object holding the parsed root's fields.
 */
function lazyRoot(load: () => Root): Root {
  const root = { type: 'RootNode' } as Root
  const keys = ['children', 'position', 'data'] as const
  const materialize = () => {
    const loaded = load()
    for (const key of keys) {
      if (key in loaded) Object.defineProperty(root, key, { value: loaded[key], writable: true, enumerable: true, configurable: true })
      else delete root[key]
    }
  }
  for (const key of keys) {
    Object.defineProperty(root, key, {
      enumerable: true,
      configurable: true,
      get: () => (materialize(), root[key]),
      set: (value: unknown) => {
        materialize()
        Object.assign(root, { [key]: value })
      },
    })
  }
  return root
}

/** The unit's placeholders inside a range, read back from the file: the unit holds only their stand-ins. */
function placeholderSourcesOf(unit: LintUnit, masked: () => SortedRanges, fileText: string): (from: number, to: number) => string[] {
  return (from, to) =>
    masked()
      .within(from, to)
      .map(([start, end]) => fileText.slice(unit.offsetMap.toFile(start, 'start'), unit.offsetMap.toFile(end, 'end')))
}

function rangeOf(node: Node | undefined): [number, number] {
  return [node?.position?.start.offset ?? 0, node?.position?.end.offset ?? 0]
}

/** Fills a message template: {actual}, {expected} and any data the rule gave. */
export function render(template: string, data: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole)
}
