import type { ReportedSeverity } from '../types/message.js'
import type { ResolvedConfig, RuleEntry } from '../types/config.js'
import type { Rule } from '../types/rule.js'
import { compilePhraseRule, type PhraseRule } from '../phrase/compile-phrase-rule.js'
import { buildTrie, type PhraseTrie } from '../phrase/trie.js'
import { normalizeWord, tokenizePhrase } from '../phrase/tokenize-phrase.js'
import { isPhraseRule, type AnyRule } from './any-rule.js'

export interface EnabledCodeRule {
  rule: Rule<any>
  entry: RuleEntry & { severity: ReportedSeverity }
}

/** Everything a config enables, compiled once and reused for every text. */
export interface CompiledRuleSet {
  codeRules: EnabledCodeRule[]
  phraseRules: PhraseRule[]
  limitRules: PhraseRule[]
  trie: PhraseTrie
  entries: Map<string, RuleEntry & { severity: ReportedSeverity }>
  acceptedWords: ReadonlySet<string>
}

export const VOCABULARY_RULE_ID = 'tactful/rejected-word'

/** A phrase rule built from config `vocabulary.reject`, so rejected words use the same matcher. */
function vocabularyRule(words: string[]): PhraseRule {
  return compilePhraseRule({
    id: VOCABULARY_RULE_ID,
    kind: 'avoid',
    description: 'Flag words the team rejected in its vocabulary',
    category: 'clarity',
    severity: 'warning',
    message: '“{actual}” is on the team’s list of rejected words',
    url: 'https://tactful.dev/docs/configuration#vocabulary',
    defaults: { negation: 'ignore' },
    patterns: [{ phrases: [...new Set(words.map((w) => normalizeWord(w).trim()))] }],
  })
}

export function compileRuleSet(config: ResolvedConfig, registry: ReadonlyMap<string, AnyRule>): CompiledRuleSet {
  const codeRules: EnabledCodeRule[] = []
  const phraseRules: PhraseRule[] = []
  const entries = new Map<string, RuleEntry & { severity: ReportedSeverity }>()
  for (const [id, entry] of config.rules) {
    if (entry.severity === 'off') continue
    const rule = registry.get(id)
    if (!rule) continue
    const enabled = entry as RuleEntry & { severity: ReportedSeverity }
    entries.set(id, enabled)
    if (isPhraseRule(rule)) phraseRules.push(rule)
    else codeRules.push({ rule, entry: enabled })
  }
  if (config.vocabulary.reject.length > 0) {
    const rule = vocabularyRule(config.vocabulary.reject)
    phraseRules.push(rule)
    entries.set(rule.meta.id, { severity: 'warning', options: undefined, origin: config.configFile ? { configFile: config.configFile } : {} })
  }
  const acceptedWords = new Set(config.vocabulary.accept.map((w) => tokenizePhrase(w).map(normalizeWord).join(' ')))
  return {
    codeRules,
    phraseRules,
    limitRules: phraseRules.filter((r) => r.phraseKind === 'limit' || r.phraseKind === 'require'),
    trie: buildTrie(phraseRules, acceptedWords),
    entries,
    acceptedWords,
  }
}

/** A cache key for a config's enabled rules, so overrides that change nothing share one compiled set. */
export function ruleSetKey(config: ResolvedConfig): string {
  const parts: string[] = []
  for (const [id, entry] of config.rules) if (entry.severity !== 'off') parts.push(`${id}=${entry.severity}:${JSON.stringify(entry.options ?? null)}`)
  parts.sort()
  return `${parts.join('|')}#${config.vocabulary.accept.join(',')}#${config.vocabulary.reject.join(',')}`
}
