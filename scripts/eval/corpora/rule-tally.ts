import { flags, type Finding } from '../corpus-linter.js'
import { pct } from '../stats.js'
import { table } from './corpus.js'

/** Matches longer than this are shown by length only: the doc quotes rule triggers, never corpus sentences. */
const MAX_QUOTED_WORDS = 6
const TOP = 20

function phraseOf(f: Finding): string {
  const words = f.actual.trim().split(/\s+/)
  return words.length <= MAX_QUOTED_WORDS ? `“${f.actual.trim().toLowerCase()}”` : `‹${words.length} words›`
}

interface RuleCounts {
  texts: number
  flaggedTexts: number
  phrases: Map<string, number>
}

/**
 * How often each rule fires over a corpus of texts that should mostly pass, and on what:
 * the table that shows which rules cry wolf on real replies.
 */
export class RuleTally {
  private readonly perRule = new Map<string, RuleCounts>()
  texts = 0
  flaggedTexts = 0

  /** Adds one text's findings; true when at least one is a warning or error. */
  add(findings: readonly Finding[]): boolean {
    this.texts++
    for (const f of findings) {
      const counts = this.perRule.get(f.ruleId) ?? { texts: 0, flaggedTexts: 0, phrases: new Map<string, number>() }
      counts.phrases.set(phraseOf(f), (counts.phrases.get(phraseOf(f)) ?? 0) + 1)
      this.perRule.set(f.ruleId, counts)
    }
    for (const id of new Set(findings.map((f) => f.ruleId))) this.perRule.get(id)!.texts++
    for (const id of new Set(findings.filter(flags).map((f) => f.ruleId))) this.perRule.get(id)!.flaggedTexts++
    const flagged = findings.some(flags)
    if (flagged) this.flaggedTexts++
    return flagged
  }

  /** The per-rule table, most frequent rule first; `noun` names a text ("replies", "responses"). */
  markdown(noun: string): string[] {
    const rules = [...this.perRule.entries()].sort((a, b) => b[1].texts - a[1].texts || a[0].localeCompare(b[0]))
    return [
      ...table(['rule', `${noun} with a finding`, 'share', 'at warning/error', 'top phrases (count)'], rules.map(([id, r]) => [
        id, r.texts, pct(r.texts / this.texts), r.flaggedTexts,
        [...r.phrases.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP).map(([p, n]) => `${p} ${n}`).join(', '),
      ])),
      '',
      `Phrases are the matched text, lower-cased; matches longer than ${MAX_QUOTED_WORDS} words are shown as their length so no ${noun.replace(/s$/, '')} is reproduced here.`,
    ]
  }
}
