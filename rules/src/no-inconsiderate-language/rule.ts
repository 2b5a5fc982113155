import { compilePhraseRule, normalizeWord, type PatternSource } from '@tactful/engine'
import { patterns as equalityPatterns, type Pattern } from 'retext-equality/lib/en.js'
import { BINARY_DROP, BINARY_KEEP, CONTEXT_UNLESS, CONTEXT_WHEN, DROPPED_GROUPS } from './curation.js'

const dropped = new Set(DROPPED_GROUPS.flatMap((group) => group.ids))

/** "frontman, front man" is one key in the data holding two spellings. */
function spellings(key: string): string[] {
  return key.split(/,\s*/).map((s) => s.trim()).filter((s) => s !== '' && !s.includes('*'))
}

/**
 * retext-equality's curated patterns as one phrase rule: compiled once at load into tactful's
 * shared phrase matcher. Neither the retext plugin nor nlcst-search runs while linting.
 */
function toPatterns(source: readonly Pattern[]): PatternSource[] {
  const seen = new Set<string>()
  const result: PatternSource[] = []
  for (const entry of source) {
    if (dropped.has(entry.id)) continue
    let terms = Object.keys(entry.inconsiderate).flatMap(spellings)
    if (entry.type === 'or') terms = terms.filter((t) => BINARY_KEEP.test(t) && !BINARY_DROP.has(t))
    const phrases = terms.map((t) => normalizeWord(t)).filter((t) => !seen.has(t))
    if (phrases.length === 0) continue
    for (const p of phrases) seen.add(p)
    const suggest = Object.keys(entry.considerate ?? {})
      .flatMap(spellings)
      .filter((s) => !phrases.some((p) => ` ${normalizeWord(s)} `.includes(` ${p} `)))
      .slice(0, 3)
    if (suggest.length === 0) continue
    const unless = CONTEXT_UNLESS[entry.id]
    const when = CONTEXT_WHEN[entry.id]
    result.push({ phrases, suggest, ...(unless ? { unless: unless.map((c) => ({ next: [...c.next] })) } : {}), ...(when ? { when: when.map((c) => ({ phrases: [...c.phrases], in: c.in })) } : {}), ...(entry.note ? { note: entry.note } : {}) })
  }
  return result
}

export default compilePhraseRule({
  id: 'no-inconsiderate-language',
  kind: 'replace',
  description: 'Flag insensitive or exclusionary terms, from retext-equality curated for service text',
  category: 'cultural',
  severity: 'warning',
  message: '“{actual}” may read as insensitive or exclusionary; consider {expected}',
  defaults: { negation: 'ignore' },
  patterns: [
    ...toPatterns(equalityPatterns),
    // retext-equality spells "man hours" and "manhours"; service text writes the hyphen.
    {
      phrases: ['man-hour', 'man-hours'],
      suggest: ['staff hours', 'work hours'],
      note: '"Man-hours" counts every worker as a man; "staff hours" or "work hours" says the same for everyone.',
    },
    // A generic masculine in a rule for every customer: "each customer can update his delivery address".
    {
      phrases: [
        '(each|every|any) (customer|user|buyer|shopper|member|client|subscriber|cardholder|account holder|recipient|guest|visitor|applicant) (can|may|must|should|will|needs to|has to|is able to|is asked to|) (*|) his',
        '(each|every|any) (customer|user|buyer|shopper|member|client|subscriber|cardholder|account holder|recipient|guest|visitor|applicant) (can|may|must|should|will|needs to|has to|is able to|is asked to|) (*|) (him|himself)',
      ],
      suggest: ['their'],
      note: 'A rule for every customer written with "his" leaves out everyone else; "their" fits all.',
    },
    // Not in retext-equality: "Christian name" presumes the reader's religion when asking for a given name.
    {
      phrases: ['christian name', 'christian names'],
      suggest: ['first name', 'given name'],
      properNouns: 'ignore',
      note: '"Christian name" assumes the customer is Christian; "first name" or "given name" fits everyone.',
    },
  ],
})
