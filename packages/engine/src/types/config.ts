import type { Severity } from './rule.js'
import type { Channel } from './unit.js'

export type RuleSetting = Severity | [Severity] | [Severity, unknown]

export interface ConfigOverride {
  /** Globs matched against the file path relative to the config file. */
  files?: string[]
  /** Catalogue key paths (`macros[*].body`) this override applies to. */
  keys?: string[]
  rules?: Record<string, RuleSetting>
  region?: string | string[]
  channel?: Channel
  language?: string
  voice?: 'formal' | 'friendly'
  complaint?: boolean
}

/** The configuration a user writes (`.tactfulrc`, `tactful.config.js`, `package.json#tactful`). */
export interface TactfulConfig {
  extends?: string[]
  rules?: Record<string, RuleSetting>
  region?: string | string[]
  channel?: Channel
  language?: string
  voice?: 'formal' | 'friendly'
  complaint?: boolean
  overrides?: ConfigOverride[]
  ignores?: string[]
  vocabulary?: { accept?: string[]; reject?: string[] }
  /** Report directives that suppressed nothing: `true` (a warning), or the severity to report them at. */
  reportUnusedDirectives?: boolean | Severity
  /** Extra phrase-library files (issue: team phrase libraries); resolved by the config loader. */
  phraseLibraries?: string[]
  /** Map a glob to an adapter id, for files whose extension does not tell. */
  adapters?: Record<string, string>
}

export interface RuleEntry {
  severity: Severity
  options: unknown
  origin: { preset?: string; configFile?: string }
}

/** A config after `extends` were expanded and every rule and option validated. */
export interface ResolvedConfig {
  rules: Map<string, RuleEntry>
  region: string[]
  channel?: Channel
  language: string
  voice?: 'formal' | 'friendly'
  complaint?: boolean
  overrides: ResolvedOverride[]
  ignores: string[]
  vocabulary: { accept: string[]; reject: string[] }
  reportUnusedDirectives: Severity
  adapters: Record<string, string>
  configFile?: string
}

export interface ResolvedOverride {
  files?: string[]
  keys?: string[]
  rules: Map<string, RuleEntry>
  region?: string[]
  channel?: Channel
  language?: string
  voice?: 'formal' | 'friendly'
  complaint?: boolean
}
