import { join } from 'node:path'
import { readCsv } from '../csv.js'
import { flags } from '../corpus-linter.js'
import { fixed, pct, quartiles, rocAuc, spearman } from '../stats.js'
import { table, type CorpusMeasure } from './corpus.js'

const DOMAINS = [
  { name: 'Wikipedia', file: 'wikipedia.annotated.csv', published: 'Ling. SVM 83.79% in-domain; human 86.72%' },
  { name: 'Stack Exchange', file: 'stack-exchange.annotated.csv', published: 'Ling. SVM 78.19% in-domain; human 80.89%' },
]

/**
 * Stanford politeness (Danescu-Niculescu-Mizil et al. 2013): top vs bottom quartile of
 * `Normalized Score` per domain; tactful predicts "impolite" when a politeness rule flags the request.
 */
export const stanfordPoliteness: CorpusMeasure = {
  id: 'stanford-politeness',
  files: DOMAINS.map((d) => d.file),
  measure(dir, { linter }) {
    const rows: (string | number)[][] = []
    const ruleRows = new Map<string, number[]>()
    const accuracies: string[] = []
    DOMAINS.forEach((domain, d) => {
      const data = readCsv(join(dir, domain.file))
      const scores = data.map((r) => Number(r['Normalized Score']))
      const [q1, q3] = quartiles(scores)
      const counts = data.map((r) => {
        const findings = linter.lint(r.Request ?? '').filter((f) => f.category === 'politeness' && flags(f))
        for (const f of new Set(findings.map((x) => x.ruleId))) {
          const perDomain = ruleRows.get(f) ?? [0, 0]
          perDomain[d]!++
          ruleRows.set(f, perDomain)
        }
        return findings.length
      })
      let correct = 0
      let n = 0
      let impoliteFlagged = 0
      let politeFlagged = 0
      const quartileScores: number[] = []
      const quartileImpolite: boolean[] = []
      data.forEach((_, i) => {
        const s = scores[i]!
        if (s > q1 && s < q3) return
        const impolite = s <= q1
        const predicted = counts[i]! > 0
        n++
        if (predicted === impolite) correct++
        if (impolite && predicted) impoliteFlagged++
        if (!impolite && predicted) politeFlagged++
        quartileScores.push(counts[i]!)
        quartileImpolite.push(impolite)
      })
      const accuracy = correct / n
      const auc = rocAuc(quartileScores, quartileImpolite)
      const rho = spearman(counts.map((c) => -c), scores)
      accuracies.push(`${domain.name} ${pct(accuracy)}`)
      rows.push([
        domain.name, data.length, `${q1.toFixed(4)} / ${q3.toFixed(4)}`, n, pct(accuracy), fixed(auc), fixed(rho),
        pct(impoliteFlagged / (n / 2)), pct(politeFlagged / (n / 2)), domain.published,
      ])
    })
    const markdown = [
      'Top vs bottom quartile of `Normalized Score` per domain (balanced; chance = 50%). Predicted impolite when at least one politeness rule reports a warning or error on the request. ROC-AUC uses the number of such findings as the score; Spearman ρ is over all rows (fewer findings ↔ more polite). A linter has no training step, so the fairest comparison is the paper\'s cross-domain accuracy, 67.53% (train Wikipedia, test Stack Exchange) to 75.43% (train Stack Exchange, test Wikipedia).',
      '',
      ...table(['domain', 'rows', 'Q1 / Q3', 'quartile rows', 'accuracy', 'ROC-AUC', 'Spearman ρ', 'impolite flagged', 'polite flagged', 'published'], rows),
      '',
      'Requests flagged per politeness rule (all rows):',
      '',
      ...table(['rule', 'Wikipedia', 'Stack Exchange'], [...ruleRows.entries()].sort().map(([id, [w, s]]) => [id, w!, s!])),
      '',
      'Caveat: these are requests between peers (editors, Q&A users), not agent replies; many impolite requests are direct questions, which tactful is not meant to flag.',
    ]
    return { id: this.id, title: 'Stanford politeness corpus', markdown, headline: `politeness quartile accuracy ${accuracies.join(', ')}` }
  },
}
