import type { Category, Fixable, Severity } from '../types/rule.js'
import type { ReportedSeverity } from '../types/message.js'
import type { Channel, UnitKind } from '../types/unit.js'

/** Things a context condition can look for in text. */
export type Entity =
  | 'date'
  | 'time'
  | 'timezone'
  | 'duration'
  | 'weekday'
  | 'number'
  | 'money'
  | 'url'
  | 'email'
  | 'question'

/**
 * Where a condition looks, relative to the match. `next-sentence` is the sentence after the match's in its
 * paragraph ("It ships soon. The slot is 14 March."), `previous-sentence` the one before it ("The slot is
 * 14 March at 10:00. Hopefully it suits you."); `rest-of-paragraph` runs from the match to the paragraph's end.
 */
export type Scope = 'sentence' | 'paragraph' | 'unit' | 'before' | 'after' | 'clause' | 'next-sentence' | 'previous-sentence' | 'rest-of-paragraph'

export type Condition =
  /** Any of the entities: `has: [date, weekday]`. */
  | { has: Entity | readonly Entity[]; in?: Scope }
  | { phrases: string[]; in?: Scope }
  | { next: string[] }
  | { previous: string[] }
  /** `clause-start`: no word between the match and the sentence start or the last , ; : ( — – ! ? before it. */
  | { position: 'sentence-start' | 'clause-start' | 'sentence-end' | 'alone' }
  /** Holds when any of the listed conditions holds: an OR group inside `when`. */
  | { any: readonly Condition[] }
  /** Holds when all of the listed conditions hold: an AND group inside `unless`. */
  | { all: readonly Condition[] }

export type ToggleOption = 'skip' | 'ignore'

/** Options every pattern may set; a rule's `defaults` apply to all its patterns. */
export interface PatternOptions {
  /** 'skip' (default): a negation just before the match ("will never ask") silences it. 'only': report only negated uses. */
  negation?: ToggleOption | 'only'
  /** 'skip' (default): words in quotes or reported speech are meant literally. */
  quotes?: ToggleOption
  /** 'skip' (default): capitalised words inside a name ("Crazy Deals Week") are not flagged. */
  properNouns?: ToggleOption
  /** Match the phrase's letter case exactly. */
  caseSensitive?: boolean
  /** Silent when any of these conditions holds. A pattern's list replaces the rule's defaults; the entry `defaults` keeps them. */
  unless?: Condition[]
  /** Reported only when all of these conditions hold. A pattern's list replaces the rule's defaults; the entry `defaults` keeps them. */
  when?: Condition[]
  channels?: Channel[]
  /** Channels the pattern skips, e.g. `template` where a template-only rule covers the same words. */
  notChannels?: Channel[]
  /** Region codes or groups (EU, GCC) the pattern applies to. Empty or absent: all. */
  regions?: string[]
  notRegions?: string[]
  /** Severity for this pattern; a ceiling under the configured severity. */
  severity?: ReportedSeverity
  /**
   * Severity by region code, group, `template` (no region given and a template, which goes to every market),
   * `unknown` (no region given) or `default`. First matching key in order wins.
   */
  regionSeverity?: Record<string, Severity>
}

export interface PatternSource extends PatternOptions {
  phrases: string[]
  suggest?: string[]
  note?: string
  /** Key into the rule's `messages`; defaults to `default`. */
  messageId?: string
}

export type PhraseRuleKind = 'avoid' | 'replace' | 'limit' | 'require'

/** Where a whole rule applies; a unit outside the scope is not checked at all. */
export interface RuleScope {
  channels?: Channel[]
  /** Region codes or groups; empty or absent: all. */
  regions?: string[]
  notRegions?: string[]
  /** Globs on the file path relative to the config (team phrase libraries). */
  files?: string[]
  /** The unit must contain one of these phrases, e.g. a refund reply mentions "refund". */
  ifContains?: string[]
}

/** Texts a rule must pass and fail; `tactful test-rules` runs them. */
export interface RuleExamples {
  pass?: string[]
  fail?: string[]
}

/** A phrase rule as written in YAML (`rules/src/<id>/rule.yaml`) or a team's phrase library. */
export interface PhraseRuleSource {
  id: string
  kind: PhraseRuleKind
  description: string
  category: Category
  languages?: string[]
  severity: ReportedSeverity
  fixable?: Fixable
  message: string
  messages?: Record<string, string>
  appliesTo?: UnitKind[]
  limit?: { max?: number; min?: number }
  scope?: RuleScope
  examples?: RuleExamples
  defaults?: PatternOptions
  patterns: PatternSource[]
  /** Named word lists a phrase or condition puts in as one group: `$nationality` for `(american|german|…)`. */
  words?: Record<string, string[]>
  experimental?: boolean
  /** Docs link; built-in rules get theirs from the id. */
  url?: string
}

/** One expanded phrase: its tokens ('*' matches any word). */
export interface CompiledPhrase {
  tokens: readonly string[]
  /** Original letter case, for case-sensitive patterns. */
  cased: readonly string[]
}

export interface CompiledPattern extends PatternOptions {
  phrases: readonly CompiledPhrase[]
  suggest: readonly string[]
  note?: string
  messageId: string
}
