import type { Node, Parent, Root, Sentence, Word, Paragraph, Punctuation, Symbol as SymbolNode, WhiteSpace, Source, Text } from 'nlcst'
import type { Token } from '../phrase/tokens.js'
import type { Fix, ReportedSeverity } from './message.js'
import type { Channel, LintUnit, UnitKind } from './unit.js'
import type { RegionContext } from '../region/region-context.js'

export type Severity = 'off' | ReportedSeverity
export type Category = 'politeness' | 'vagueness' | 'cultural' | 'legal' | 'structure' | 'clarity'
export const CATEGORIES: readonly Category[] = ['politeness', 'vagueness', 'cultural', 'legal', 'structure', 'clarity']
export type Fixable = false | 'fix' | 'suggestion'

/** A tiny JSON Schema subset the engine validates rule options against. */
export interface OptionSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean'
  properties?: Record<string, OptionSchema>
  additionalProperties?: boolean
  items?: OptionSchema
  enum?: readonly (string | number | boolean)[]
  minimum?: number
  maximum?: number
  description?: string
}

export interface RuleMeta<O = unknown> {
  id: string
  description: string
  category: Category
  languages: readonly string[]
  defaultSeverity: ReportedSeverity
  fixable: Fixable
  appliesTo?: readonly UnitKind[]
  messages: Record<string, string>
  options?: { schema: OptionSchema; defaults: O }
  docsUrl: string
  deprecated?: { since: string; replacedBy?: string[] }
  experimental?: boolean
  /** Which presets enable this rule; filled in by the presets package for docs, never by hand. */
  presets?: readonly string[]
}

export interface NodeTypes {
  RootNode: Root
  ParagraphNode: Paragraph
  SentenceNode: Sentence
  WordNode: Word
  PunctuationNode: Punctuation
  SymbolNode: SymbolNode
  WhiteSpaceNode: WhiteSpace
  SourceNode: Source
  TextNode: Text
}
export type NlcstType = keyof NodeTypes

export type Visitor = {
  [T in NlcstType]?: (node: NodeTypes[T], ancestors: readonly Parent[]) => void
} & { 'RootNode:exit'?: (root: Root) => void }

export interface SuggestDescriptor {
  messageId?: string
  /** Rendered description; used when no messageId is given. */
  message?: string
  data?: Record<string, string>
  fix: Fix
}

export interface ReportDescriptor {
  node?: Node
  /** Unit offsets, end exclusive. Takes precedence over `node`. */
  range?: [number, number]
  messageId: string
  data?: Record<string, string>
  /** Lowers the configured severity (the config is a ceiling); 'off' stays silent. */
  severity?: Severity
  fix?: Fix
  suggest?: SuggestDescriptor[]
  expected?: string[]
  note?: string
}

export interface RuleContext<O = unknown> {
  readonly id: string
  readonly options: Readonly<O>
  readonly unit: Readonly<Pick<LintUnit, 'kind' | 'key' | 'previousCustomerTurn' | 'templateTags'>> & { language: string; adapter: string }
  /** The unit's masked text; offsets in nodes refer to it. */
  readonly text: string
  readonly region: RegionContext
  readonly channel: Channel | undefined
  readonly voice: 'formal' | 'friendly' | undefined
  /** True when the reply answers a complaint (config, front matter or the customer's previous turn). */
  readonly complaint: boolean
  /** Words the team accepts (config `vocabulary.accept`), lowercased. */
  readonly acceptedWords: ReadonlySet<string>
  report(descriptor: ReportDescriptor): void
  /** A word in quotes is meant literally ("the word 'sorry'"): rules skip it. Takes a node or a unit range (a regex match). */
  isLiteral(target: Node | readonly [number, number]): boolean
  /** True when the node, or the unit range (a regex match), stands for a masked placeholder. */
  isPlaceholder(target: Node | readonly [number, number]): boolean
  /** Unit-offset range of a node. */
  rangeOf(node: Node): [number, number]
  /**
   * The sentence's words and marks as the phrase matcher sees them, made once per
   * paragraph: normalised form, raw text, kind, quote state, offsets. Cheaper than
   * slicing and lower-casing each word in every rule.
   */
  tokensOf(sentence: NodeTypes['SentenceNode']): readonly Token[]
  /** Builds a fix that replaces a unit range, already mapped to the original file. */
  replace(range: [number, number], text: string): Fix
}

export interface Rule<O = unknown> {
  meta: RuleMeta<O>
  create(context: RuleContext<O>): Visitor
}

export type { Node, Parent, Root }
