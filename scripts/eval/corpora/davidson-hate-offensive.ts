import { join } from 'node:path'
import { readCsv } from '../csv.js'
import { flags } from '../corpus-linter.js'
import { fixed, pct, rocAuc } from '../stats.js'
import { table, type CorpusMeasure } from './corpus.js'

const CLASSES = ['hate speech', 'offensive language', 'neither']

/** Davidson et al. 2017 tweets: how the politeness and cultural rules respond to clearly offensive text. */
export const davidsonHateOffensive: CorpusMeasure = {
  id: 'davidson-hate-offensive',
  files: ['labeled_data.csv'],
  measure(dir, { linter }) {
    const data = readCsv(join(dir, 'labeled_data.csv'))
    const perClass = CLASSES.map(() => ({ n: 0, flagged: 0, politeness: 0, cultural: 0 }))
    const scores: number[] = []
    const offensive: boolean[] = []
    const perRule = new Map<string, number[]>()
    for (const row of data) {
      const cls = Number(row.class)
      const findings = linter.lint(row.tweet ?? '').filter((f) => (f.category === 'politeness' || f.category === 'cultural') && flags(f))
      const c = perClass[cls]!
      c.n++
      if (findings.length > 0) c.flagged++
      if (findings.some((f) => f.category === 'politeness')) c.politeness++
      if (findings.some((f) => f.category === 'cultural')) c.cultural++
      for (const id of new Set(findings.map((f) => f.ruleId))) {
        const counts = perRule.get(id) ?? [0, 0, 0]
        counts[cls]!++
        perRule.set(id, counts)
      }
      scores.push(findings.length)
      offensive.push(cls !== 2)
    }
    const auc = rocAuc(scores, offensive)
    const markdown = [
      `\`labeled_data.csv\`: ${data.length} tweets. Flag = at least one politeness or cultural finding at warning or error. It should be high for hate speech, lower for offensive language and low for "neither". ROC-AUC (offensive or hateful vs neither, finding count as score): ${fixed(auc)}. tactful is not a hate-speech classifier; the paper's classifier reaches hate-class recall 0.61.`,
      '',
      ...table(['class', 'tweets', 'flagged', 'rate', 'politeness', 'cultural'], perClass.map((c, i) => [CLASSES[i]!, c.n, c.flagged, pct(c.flagged / c.n), pct(c.politeness / c.n), pct(c.cultural / c.n)])),
      '',
      ...(perRule.size === 0
        ? ['No politeness or cultural rule flagged any tweet.']
        : table(['rule', ...CLASSES.map((c) => `${c} flagged`)], [...perRule.entries()].sort().map(([id, counts]) => [id, ...counts.map((n, i) => pct(n / perClass[i]!.n))]))),
    ]
    return { id: this.id, title: 'Davidson et al. offensive tweets', markdown, headline: `Davidson flag rate hate ${pct(perClass[0]!.flagged / perClass[0]!.n)} / offensive ${pct(perClass[1]!.flagged / perClass[1]!.n)} / neither ${pct(perClass[2]!.flagged / perClass[2]!.n)}` }
  },
}
