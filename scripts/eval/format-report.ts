import type { EvalScore } from './score.js'

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
const pad = (s: string | number, n: number): string => String(s).padEnd(n)
const lpad = (s: string | number, n: number): string => String(s).padStart(n)

export interface ReportOptions {
  misses: boolean
  falsePositives: boolean
}

/** The human-readable report: category table, clean FP rate, rule table, then the cases to study. */
export function formatReport(result: EvalScore, options: ReportOptions): string {
  const lines: string[] = []
  lines.push(`${result.messages} messages, ${result.clean} all-clean`)
  lines.push('')
  lines.push(`${pad('category', 12)}${lpad('support', 8)}${lpad('TP', 5)}${lpad('FP', 5)}${lpad('FN', 5)}${lpad('P', 8)}${lpad('R', 8)}${lpad('F1', 8)}${lpad('cleanFP', 9)}${lpad('spans', 10)}${lpad('spanR', 8)}`)
  for (const c of result.categories) {
    lines.push(
      `${pad(c.category, 12)}${lpad(c.support, 8)}${lpad(c.tp, 5)}${lpad(c.fp, 5)}${lpad(c.fn, 5)}${lpad(pct(c.precision), 8)}${lpad(pct(c.recall), 8)}${lpad(pct(c.f1), 8)}${lpad(pct(c.cleanFpRate), 9)}${lpad(`${c.spansFound}/${c.spans}`, 10)}${lpad(pct(c.spanRecall), 8)}`,
    )
  }
  const m = result.micro
  lines.push(`${pad('micro', 12)}${lpad('', 23)}${lpad(pct(m.precision), 8)}${lpad(pct(m.recall), 8)}${lpad(pct(m.f1), 8)}${lpad('', 19)}${lpad(pct(m.spanRecall), 8)}`)
  lines.push('')
  lines.push(`false-positive rate on all-clean messages: ${pct(result.cleanFpRate)} (${Math.round(result.cleanFpRate * result.clean)}/${result.clean})`)
  lines.push('')
  lines.push(`${pad('rule', 36)}${pad('category', 12)}${lpad('TP', 5)}${lpad('FP', 5)}${lpad('info', 6)}${lpad('spanHits', 10)}`)
  for (const r of result.rules) lines.push(`${pad(r.ruleId, 36)}${pad(r.category, 12)}${lpad(r.tp, 5)}${lpad(r.fp, 5)}${lpad(r.info, 6)}${lpad(r.spanHits, 10)}`)
  if (result.rules.length === 0) lines.push('(no rule reported anything in these categories)')
  const other = Object.entries(result.unlabelled)
  if (other.length > 0) lines.push(`outside the four categories: ${other.map(([id, n]) => `${id} ${n}`).join(', ')}`)
  if (options.misses) {
    lines.push('', `misses (${result.misses.length} gold spans no finding of their category overlaps; * = label still predicted):`)
    for (const x of result.misses) lines.push(`  ${x.id} ${x.category}${x.labelPredicted ? '*' : ''}: "${x.quote}" — ${x.why}`)
  }
  if (options.falsePositives) {
    lines.push('', `false positives (${result.falsePositives.length} findings on messages not labelled with their category):`)
    for (const x of result.falsePositives) lines.push(`  ${x.id} ${x.category} ${x.ruleId} (${x.severity}): "${x.actual}" — ${x.message}`)
  }
  return lines.join('\n') + '\n'
}

/** The dev-set section of docs/quality.md. */
export function formatMarkdown(result: EvalScore): string[] {
  const lines = [
    `${result.messages} messages, ${result.clean} of them all-clean. A category is predicted when a finding of that category is reported at warning or error. Span recall: a labelled quote counts as found when a finding of its category overlaps it.`,
    '',
    '| category | support | TP | FP | FN | precision | recall | F1 | clean FP rate | span recall |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...result.categories.map((c) => `| ${c.category} | ${c.support} | ${c.tp} | ${c.fp} | ${c.fn} | ${pct(c.precision)} | ${pct(c.recall)} | ${pct(c.f1)} | ${pct(c.cleanFpRate)} | ${c.spansFound}/${c.spans} (${pct(c.spanRecall)}) |`),
    `| micro | | | | | ${pct(result.micro.precision)} | ${pct(result.micro.recall)} | ${pct(result.micro.f1)} | | ${pct(result.micro.spanRecall)} |`,
    '',
    `False-positive rate on all-clean messages: **${pct(result.cleanFpRate)}** (${Math.round(result.cleanFpRate * result.clean)} of ${result.clean}).`,
    '',
    '| rule | category | TP | FP | info | span hits |',
    '| --- | --- | --- | --- | --- | --- |',
    ...result.rules.map((r) => `| \`${r.ruleId}\` | ${r.category} | ${r.tp} | ${r.fp} | ${r.info} | ${r.spanHits} |`),
  ]
  const other = Object.entries(result.unlabelled)
  if (other.length > 0) lines.push('', `Findings outside the four labelled categories: ${other.map(([id, n]) => `\`${id}\` ${n}`).join(', ')}.`)
  return lines
}
