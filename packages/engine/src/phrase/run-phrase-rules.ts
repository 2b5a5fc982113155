import type { Fix, ReportedSeverity } from '../types/message.js'
import type { Channel } from '../types/unit.js'
import type { RegionContext } from '../region/region-context.js'
import { lowerSeverity } from '../config/severity.js'
import type { PhraseRule } from './compile-phrase-rule.js'
import { conditionHolds, type MatchSite } from './conditions.js'
import { isNegated, isProperNoun } from './exceptions.js'
import { matchTokens, type PhraseTrie, type TrieHit } from './trie.js'
import type { ParagraphTokens } from './tokens.js'
import type { CompiledPattern, Condition } from './types.js'
import type { RawReport } from '../linter/raw-report.js'
import { matchCase, startsSentence } from './match-case.js'

export interface PhraseRunContext {
  trie: PhraseTrie
  unitText: string
  /** The unit text through normalizeWord, computed once per unit. */
  normalizedText(): string
  /** The unit's placeholders inside [from, to), as written in the file. */
  placeholderSources?(from: number, to: number): string[]
  /** Answers of the unit's `in: unit` conditions, kept for its other matches. */
  unitAnswers?: Map<Condition, boolean>
  region: RegionContext
  channel: Channel | undefined
  severityOf(rule: PhraseRule): ReportedSeverity
  replace(range: [number, number], text: string): Fix
  report(report: RawReport): void
}

/** Per-unit counts for `limit` rules, reported when the unit ends. */
export type LimitCounts = Map<PhraseRule, Array<{ range: [number, number]; pattern: CompiledPattern; severity: ReportedSeverity }>>

function patternApplies(pattern: CompiledPattern, ctx: PhraseRunContext): boolean {
  if (pattern.channels && (!ctx.channel || !pattern.channels.includes(ctx.channel))) return false
  if (pattern.notChannels && ctx.channel && pattern.notChannels.includes(ctx.channel)) return false
  if (pattern.regions && pattern.regions.length > 0 && !pattern.regions.some((r) => ctx.region.is(r))) return false
  if (pattern.notRegions && pattern.notRegions.some((r) => ctx.region.is(r))) return false
  return true
}

function patternSeverity(pattern: CompiledPattern, ceiling: ReportedSeverity, region: RegionContext, channel: Channel | undefined): ReportedSeverity | 'off' {
  let severity: ReportedSeverity | 'off' = pattern.severity ? lowerSeverity(ceiling, pattern.severity) : ceiling
  if (pattern.regionSeverity) {
    for (const [key, value] of Object.entries(pattern.regionSeverity)) {
      const matches = key === 'default' || (key === 'unknown' ? !region.known : key === 'template' ? !region.known && channel === 'template' : region.is(key))
      if (matches) {
        severity = lowerSeverity(severity, value)
        break
      }
    }
  }
  return severity
}

/** Keeps the longest hit where hits of one rule overlap, so one problem gives one message. */
function longestPerRule(hits: TrieHit[]): TrieHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const lastEnd = new Map<PhraseRule, number>()
  return hits.filter((hit) => {
    const end = lastEnd.get(hit.target.rule) ?? -1
    if (hit.start < end) return false
    lastEnd.set(hit.target.rule, hit.end)
    return true
  })
}

// Plain loops rather than some/every with a closure: they run for every match, and the CLI turns off V8's inlining.
function quoted(tokens: ParagraphTokens['tokens'], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (tokens[i]!.literal) return true
  return false
}

function allHold(conditions: readonly Condition[], site: MatchSite): boolean {
  for (const condition of conditions) if (!conditionHolds(condition, site)) return false
  return true
}

function anyHolds(conditions: readonly Condition[], site: MatchSite): boolean {
  for (const condition of conditions) if (conditionHolds(condition, site)) return true
  return false
}

/** Runs every enabled phrase rule over one paragraph with one trie walk. */
export function runPhraseRules(paragraph: ParagraphTokens, paragraphRange: [number, number], ctx: PhraseRunContext, limits: LimitCounts): void {
  const hits = matchTokens(ctx.trie, paragraph.norms, paragraph.isWord)
  if (hits.length === 0) return
  const accepted: TrieHit[] = []
  for (const hit of hits) {
    const { rule, patternIndex, phraseIndex } = hit.target
    const pattern = rule.patterns[patternIndex]!
    if (!patternApplies(pattern, ctx)) continue
    const tokens = paragraph.tokens
    if (pattern.caseSensitive) {
      const cased = pattern.phrases[phraseIndex]!.cased
      // A contraction matched inside a word ("it's" for "it 's") has no cased token of its own to compare.
      if (cased.length !== hit.end - hit.start) continue
      if (!cased.every((word, i) => word === '*' || word === tokens[hit.start + i]!.raw)) continue
    }
    if ((pattern.quotes ?? 'skip') === 'skip' && quoted(tokens, hit.start, hit.end)) continue
    const negation = pattern.negation ?? 'skip'
    if (negation !== 'ignore') {
      const negated = isNegated(paragraph, hit.start)
      if (negation === 'skip' ? negated : !negated) continue
    }
    if ((pattern.properNouns ?? 'skip') === 'skip' && isProperNoun(paragraph, hit.start, hit.end, ctx.unitText)) continue
    if (pattern.when || pattern.unless) {
      const site: MatchSite = { paragraph, unitText: ctx.unitText, normalizedText: ctx.normalizedText, paragraphRange, start: hit.start, end: hit.end }
      if (ctx.placeholderSources) site.placeholderSources = ctx.placeholderSources
      if (ctx.unitAnswers) site.unitAnswers = ctx.unitAnswers
      if (pattern.when && !allHold(pattern.when, site)) continue
      if (pattern.unless && anyHolds(pattern.unless, site)) continue
    }
    accepted.push(hit)
  }

  for (const hit of longestPerRule(accepted)) {
    const { rule, patternIndex } = hit.target
    const pattern = rule.patterns[patternIndex]!
    const severity = patternSeverity(pattern, ctx.severityOf(rule), ctx.region, ctx.channel)
    if (severity === 'off') continue
    const range: [number, number] = [paragraph.tokens[hit.start]!.start, paragraph.tokens[hit.end - 1]!.end]
    if (rule.phraseKind === 'limit' || rule.phraseKind === 'require') {
      let list = limits.get(rule)
      if (!list) limits.set(rule, (list = []))
      list.push({ range, pattern, severity })
      continue
    }
    ctx.report(buildReport(rule, pattern, range, severity, ctx))
  }
}

function buildReport(rule: PhraseRule, pattern: CompiledPattern, range: [number, number], severity: ReportedSeverity, ctx: PhraseRunContext): RawReport {
  const actual = ctx.unitText.slice(range[0], range[1])
  const atStart = startsSentence(ctx.unitText, range[0])
  const expected = pattern.suggest.map((s) => matchCase(s, actual, atStart))
  // `{region}` in a message names the markets whose law or culture decided ("DE, US"), not "this region".
  const region = ctx.region.codes.length > 0 ? ctx.region.codes.join(', ') : 'many markets'
  const report: RawReport = { meta: rule.meta, range, messageId: pattern.messageId, data: { region }, severity }
  if (expected.length > 0) {
    report.expected = expected
    const fixes = expected.map((text) => ctx.replace(range, text))
    if (rule.meta.fixable === 'fix') report.fix = fixes[0]!
    report.suggest = fixes.map((fix, i) => ({ message: `Replace with “${expected[i]}”`, fix }))
  }
  if (pattern.note) report.note = pattern.note
  return report
}

/** Reports `limit` rules once the whole unit was seen: each match past `max`, or one message when fewer than `min`. */
export function reportLimits(
  limits: LimitCounts,
  limitRules: readonly PhraseRule[],
  unitText: string,
  ctx: Pick<PhraseRunContext, 'report' | 'severityOf'>,
): void {
  for (const rule of limitRules) {
    const found = limits.get(rule) ?? []
    const { max, min } = rule.limit ?? {}
    if (max !== undefined && found.length > max) {
      for (const extra of found.slice(max)) {
        ctx.report({ meta: rule.meta, range: extra.range, messageId: extra.pattern.messageId, data: { count: String(found.length), max: String(max) }, severity: extra.severity })
      }
    }
    if (min !== undefined && found.length < min && unitText.trim() !== '') {
      // Nothing to point at: mark the first line, where a reader starts.
      const start = unitText.search(/\S/)
      const lineEnd = unitText.indexOf('\n', start)
      const end = (lineEnd === -1 ? unitText.length : lineEnd)
      const range: [number, number] = [start, unitText.slice(0, end).trimEnd().length]
      ctx.report({ meta: rule.meta, range, messageId: rule.patterns[0]!.messageId, data: { count: String(found.length), min: String(min) }, severity: ctx.severityOf(rule) })
    }
  }
}
