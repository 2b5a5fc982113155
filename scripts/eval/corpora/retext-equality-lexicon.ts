import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { isPhraseRule, presets, rules } from '@tactful/core'
import { readCsv } from '../csv.js'
import { CorpusLinter } from '../corpus-linter.js'
import { pct } from '../stats.js'
import { table, type CorpusMeasure } from './corpus.js'

const normalize = (term: string): string => term.toLowerCase().replace(/[’']/g, "'").replace(/[^a-z0-9'*]+/g, ' ').trim()

/** Every expanded phrase of the phrase rules the `cultural` preset turns on, normalised. */
function culturalPhrases(): Set<string> {
  const preset = presets.get('cultural')
  const phrases = new Set<string>()
  for (const [id, setting] of Object.entries(preset?.rules ?? {})) {
    const rule = rules.get(id as never)
    if (!rule || !isPhraseRule(rule) || setting === 'off' || (Array.isArray(setting) && setting[0] === 'off')) continue
    for (const pattern of rule.patterns) for (const phrase of pattern.phrases) phrases.add(normalize(phrase.tokens.join(' ')))
  }
  return phrases
}

/** A neutral project-written carrier; used only to count coverage, never for an accuracy claim. */
const carrier = (term: string): string => `In the reply the agent wrote ${term} to the customer.`

/**
 * retext-equality (alex's lexicon): how much of it tactful's `cultural` preset covers,
 * as set overlap with the preset's phrase list and as flags on carrier sentences.
 */
export const retextEqualityLexicon: CorpusMeasure = {
  id: 'retext-equality-lexicon',
  files: ['inconsiderate_terms_en.csv'],
  measure(dir, { root }) {
    const terms = readCsv(join(dir, 'inconsiderate_terms_en.csv'))
    const phrases = culturalPhrases()
    const linter = new CorpusLinter({ extends: ['cultural'] })
    const perCategory = new Map<string, { terms: Set<string>; overlap: Set<string>; basic: number; carried: number }>()
    for (const row of terms) {
      const term = normalize(row.inconsiderate_term ?? '')
      if (!term) continue
      const c = perCategory.get(row.category!) ?? { terms: new Set(), overlap: new Set(), basic: 0, carried: 0 }
      perCategory.set(row.category!, c)
      if (c.terms.has(term)) continue
      c.terms.add(term)
      if (phrases.has(term)) c.overlap.add(term)
      if (row.type !== 'basic') continue
      c.basic++
      const text = carrier(row.inconsiderate_term!)
      const start = text.indexOf(row.inconsiderate_term!)
      const end = start + row.inconsiderate_term!.length
      const hit = linter.lint(text, { channel: 'email' }).some((f) => f.category === 'cultural' && f.start < end && f.end > start)
      if (hit) c.carried++
    }
    const all = [...perCategory.values()]
    const totalTerms = all.reduce((n, c) => n + c.terms.size, 0)
    const totalOverlap = all.reduce((n, c) => n + c.overlap.size, 0)
    const totalBasic = all.reduce((n, c) => n + c.basic, 0)
    const totalCarried = all.reduce((n, c) => n + c.carried, 0)
    // How often real agent replies contain a lexicon term: what flagging all of them would cost.
    let replyLine = ''
    const replies = join(root, 'twcs-customer-support-twitter', 'brand_replies.csv')
    if (existsSync(replies)) {
      const words = [...new Set(terms.filter((t) => t.type === 'basic').map((t) => normalize(t.inconsiderate_term ?? '')).filter(Boolean))]
      const pattern = new RegExp(`\\b(?:${words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\b`, 'i')
      const rows = readCsv(replies)
      const containing = rows.filter((r) => pattern.test(normalize(r.text ?? ''))).length
      replyLine = `Brand replies (TWCS) containing at least one of the lexicon's basic terms: ${containing}/${rows.length} (${pct(containing / rows.length)}); alex would flag each of them.`
    }
    const markdown = [
      `\`inconsiderate_terms_en.csv\`: ${totalTerms} distinct terms in ${perCategory.size} categories. Overlap = lexicon terms that are also an expanded phrase of a phrase rule in tactful's \`cultural\` preset (${phrases.size} phrases). Carrier coverage = \`basic\` terms flagged by a cultural rule inside one neutral project-written carrier sentence; it counts coverage only and is no accuracy claim. alex flags many common words (pronouns, \`master\`, \`crazy\`) that a support linter may leave alone; each cultural rule's docs say what it leaves out and why.`,
      '',
      ...table(['lexicon category', 'terms', 'also in tactful', 'overlap', 'basic terms', 'flagged in carrier', 'carrier coverage'], [...perCategory.entries()].sort().map(([name, c]) => [
        name, c.terms.size, c.overlap.size, pct(c.overlap.size / c.terms.size), c.basic, c.carried, pct(c.carried / Math.max(1, c.basic)),
      ])),
      `| all | ${totalTerms} | ${totalOverlap} | ${pct(totalOverlap / totalTerms)} | ${totalBasic} | ${totalCarried} | ${pct(totalCarried / Math.max(1, totalBasic))} |`,
      ...(replyLine ? ['', replyLine] : []),
    ]
    return { id: this.id, title: 'retext-equality lexicon coverage (cultural preset)', markdown, headline: `equality lexicon overlap ${pct(totalOverlap / totalTerms)}, carrier coverage ${pct(totalCarried / Math.max(1, totalBasic))}` }
  },
}
