import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { readCsv } from '../csv.js'
import { flags, type Finding } from '../corpus-linter.js'
import { pct } from '../stats.js'
import { table, type CorpusMeasure } from './corpus.js'

/** Matches longer than this are shown by length only: the doc quotes rule triggers, never corpus sentences. */
const MAX_QUOTED_WORDS = 6
const TOP = 20

function phraseOf(f: Finding): string {
  const words = f.actual.trim().split(/\s+/)
  return words.length <= MAX_QUOTED_WORDS ? `“${f.actual.trim().toLowerCase()}”` : `‹${words.length} words›`
}

/** Real brand replies on Twitter: how often each rule fires, and on what, to find rules that cry wolf. */
export const twcsCustomerSupport: CorpusMeasure = {
  id: 'twcs-customer-support-twitter',
  files: ['brand_replies.csv'],
  measure(dir, { linter }) {
    const replies = readCsv(join(dir, 'brand_replies.csv'))
    const perRule = new Map<string, { replies: number; flaggedReplies: number; phrases: Map<string, number> }>()
    let anyFlag = 0
    let politenessFlag = 0
    const latencies: number[] = []
    for (const row of replies) {
      const started = performance.now()
      const findings = linter.lint(row.text ?? '')
      latencies.push(performance.now() - started)
      if (findings.some(flags)) anyFlag++
      if (findings.some((f) => f.category === 'politeness' && flags(f))) politenessFlag++
      for (const f of findings) {
        const r = perRule.get(f.ruleId) ?? { replies: 0, flaggedReplies: 0, phrases: new Map() }
        r.phrases.set(phraseOf(f), (r.phrases.get(phraseOf(f)) ?? 0) + 1)
        perRule.set(f.ruleId, r)
      }
      for (const id of new Set(findings.map((f) => f.ruleId))) perRule.get(id)!.replies++
      for (const id of new Set(findings.filter(flags).map((f) => f.ruleId))) perRule.get(id)!.flaggedReplies++
    }
    // Sanity check of direction: customers' own tweets should be flagged for politeness more often.
    let inboundLine = ''
    const sample = join(dir, 'twcs_sample5000_seed42.csv')
    if (existsSync(sample)) {
      const inbound = readCsv(sample).filter((r) => r.inbound === 'True')
      const rude = inbound.filter((r) => linter.lint(r.text ?? '').some((f) => f.category === 'politeness' && flags(f))).length
      inboundLine = `Direction check: customer tweets (inbound, ${inbound.length}) flagged by a politeness rule: ${pct(rude / inbound.length)}, against ${pct(politenessFlag / replies.length)} of brand replies.`
    }
    latencies.sort((a, b) => a - b)
    const at = (q: number): string => `${latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(2)} ms`
    const total = latencies.reduce((a, b) => a + b, 0) / 1000
    const throughput = `In-process speed (one linter, warm after the first reply): ${(replies.length / total).toFixed(0)} replies/s, latency p50 ${at(0.5)}, p99 ${at(0.99)}, max ${at(1)}.`
    const rules = [...perRule.entries()].sort((a, b) => b[1].replies - a[1].replies)
    const markdown = [
      `\`brand_replies.csv\`: ${replies.length} replies written by 100 brands' support agents, mostly polite and specific, so most should pass. Replies with at least one warning or error: ${anyFlag} (${pct(anyFlag / replies.length)}).`,
      ...(inboundLine ? ['', inboundLine] : []),
      '',
      throughput,
      '',
      ...table(['rule', 'replies with a finding', 'share', 'at warning/error', 'top phrases (count)'], rules.map(([id, r]) => [
        id, r.replies, pct(r.replies / replies.length), r.flaggedReplies,
        [...r.phrases.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP).map(([p, n]) => `${p} ${n}`).join(', '),
      ])),
      '',
      `Phrases are the matched text, lower-cased; matches longer than ${MAX_QUOTED_WORDS} words are shown as their length so no reply is reproduced here.`,
    ]
    return { id: this.id, title: 'Customer Support on Twitter: brand replies', markdown, headline: `TWCS brand replies flagged ${pct(anyFlag / replies.length)}` }
  },
}
