import { join } from 'node:path'
import { readCsv } from '../csv.js'
import { pct } from '../stats.js'
import type { CorpusMeasure } from './corpus.js'
import { RuleTally } from './rule-tally.js'

const FILE = 'Bitext_Sample_Customer_Support_Training_Dataset.csv'

/**
 * Bitext's agent-style responses: long, polite, instructional replies with `{{placeholders}}`,
 * the kind of canned text tactful lints most. How often each rule fires on them, and on what.
 */
export const bitextCustomerSupport: CorpusMeasure = {
  id: 'bitext-customer-support',
  files: [FILE],
  measure(dir, { linter }) {
    const rows = readCsv(join(dir, FILE))
    const tally = new RuleTally()
    for (const row of rows) tally.add(linter.lint(row.response ?? '', { format: 'handlebars', channel: 'email' }))
    const share = pct(tally.flaggedTexts / rows.length)
    const markdown = [
      `\`${FILE}\`: ${rows.length} responses (column \`response\`), linted as Handlebars e-mails with no region. They are polite how-to replies; many still say "as soon as possible", "apologize for any inconvenience" or "you need to", which the rules mean to flag. Responses with at least one warning or error: ${tally.flaggedTexts} (${share}).`,
      '',
      ...tally.markdown('responses'),
    ]
    return { id: this.id, title: 'Bitext customer-support responses', markdown, headline: `Bitext responses flagged ${share}` }
  },
}
