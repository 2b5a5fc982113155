import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { readCsv } from '../csv.js'
import { flags } from '../corpus-linter.js'
import { pct } from '../stats.js'
import type { CorpusMeasure } from './corpus.js'
import { RuleTally } from './rule-tally.js'

/** Real brand replies on Twitter: how often each rule fires, and on what, to find rules that cry wolf. */
export const twcsCustomerSupport: CorpusMeasure = {
  id: 'twcs-customer-support-twitter',
  files: ['brand_replies.csv'],
  measure(dir, { linter }) {
    const replies = readCsv(join(dir, 'brand_replies.csv'))
    const tally = new RuleTally()
    let politenessFlag = 0
    const latencies: number[] = []
    for (const row of replies) {
      const started = performance.now()
      const findings = linter.lint(row.text ?? '')
      latencies.push(performance.now() - started)
      tally.add(findings)
      if (findings.some((f) => f.category === 'politeness' && flags(f))) politenessFlag++
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
    const anyFlag = tally.flaggedTexts
    const markdown = [
      `\`brand_replies.csv\`: ${replies.length} replies written by 100 brands' support agents, mostly polite and specific, so most should pass. Replies with at least one warning or error: ${anyFlag} (${pct(anyFlag / replies.length)}).`,
      ...(inboundLine ? ['', inboundLine] : []),
      '',
      throughput,
      '',
      ...tally.markdown('replies'),
    ]
    return { id: this.id, title: 'Customer Support on Twitter: brand replies', markdown, headline: `TWCS brand replies flagged ${pct(anyFlag / replies.length)}` }
  },
}
