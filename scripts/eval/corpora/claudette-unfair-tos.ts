import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readCsv } from '../csv.js'
import { flags } from '../corpus-linter.js'
import { pct, prf } from '../stats.js'
import { table, type CorpusMeasure } from './corpus.js'

const CATEGORY_NAMES: Record<string, string> = {
  a: 'arbitration', ch: 'unilateral change', cr: 'content removal', j: 'jurisdiction', law: 'choice of law',
  ltd: 'limitation of liability', ter: 'unilateral termination', use: 'contract by using', pinc: 'privacy policy by reference',
}

/** Regions the ToS sentences are read for: unknown (templates) and an EU customer (legal rules are strictest there). */
const REGIONS: (string | undefined)[] = [undefined, 'DE']

/** CLAUDETTE 2021: recall of the legal rules per unfair category, and flag rate on fair sentences. */
export const claudetteUnfairTos: CorpusMeasure = {
  id: 'claudette-unfair-tos',
  files: ['claudette2021_en_sentences.csv'],
  measure(dir, { linter }) {
    const data = readCsv(join(dir, 'claudette2021_en_sentences.csv'))
    const markdown: string[] = [
      `\`claudette2021_en_sentences.csv\`: ${data.length} sentences of 50 Terms of Service, ${data.filter((r) => r.unfair === '1').length} potentially or clearly unfair. A sentence is flagged when a legal rule reports a warning or error on it. tactful's legal rules target agent replies (guarantees, refund statements, sensitive data), not contract clauses, so low recall is expected; the flag rate on fair sentences is the figure that matters (it must stay low). CLAUDETTE itself (trained on ToS) reaches F1 ≈ 0.81.`,
      '',
    ]
    const headlines: string[] = []
    for (const region of REGIONS) {
      const perCategory = new Map<string, { n: number; flagged: number }>()
      const perRule = new Map<string, { unfair: number; fair: number }>()
      let tp = 0
      let fp = 0
      let fn = 0
      let fair = 0
      const perDoc = new Map<string, { unfair: number; unfairFlagged: number; fair: number; fairFlagged: number }>()
      for (const row of data) {
        const unfair = row.unfair === '1'
        const findings = linter.lint(row.text ?? '', { region, channel: 'email' }).filter((f) => f.category === 'legal' && flags(f))
        const flagged = findings.length > 0
        if (!unfair) fair++
        const doc = perDoc.get(row.doc!) ?? { unfair: 0, unfairFlagged: 0, fair: 0, fairFlagged: 0 }
        perDoc.set(row.doc!, doc)
        if (unfair) {
          doc.unfair++
          if (flagged) doc.unfairFlagged++
        } else {
          doc.fair++
          if (flagged) doc.fairFlagged++
        }
        if (flagged && unfair) tp++
        else if (flagged) fp++
        else if (unfair) fn++
        for (const code of new Set((row.unfair_categories ?? '').split(/\s+/).filter(Boolean))) {
          const c = perCategory.get(code) ?? { n: 0, flagged: 0 }
          c.n++
          if (flagged) c.flagged++
          perCategory.set(code, c)
        }
        for (const id of new Set(findings.map((f) => f.ruleId))) {
          const r = perRule.get(id) ?? { unfair: 0, fair: 0 }
          if (unfair) r.unfair++
          else r.fair++
          perRule.set(id, r)
        }
      }
      const s = prf(tp, fp, fn)
      const label = region ?? 'unknown'
      headlines.push(`CLAUDETTE (${label}) recall ${pct(s.recall)}, fair flag rate ${pct(fp / fair, 2)}`)
      markdown.push(
        `Region ${region ? `\`${region}\`` : 'unknown'}: precision ${pct(s.precision)}, recall ${pct(s.recall)}, F1 ${pct(s.f1)}; fair sentences flagged ${fp}/${fair} (${pct(fp / fair, 2)}).`,
        '',
        ...table(['unfair category', 'sentences', 'flagged', 'recall'], [...perCategory.entries()].sort().map(([code, c]) => [`${code} (${CATEGORY_NAMES[code] ?? code})`, c.n, c.flagged, pct(c.flagged / c.n)])),
        '',
      )
      const folds = foldRows(dir, perDoc)
      if (folds.length > 0) markdown.push('Variation between the five document folds (10 ToS each):', '', ...table(['fold', 'documents', 'recall', 'fair flag rate'], folds), '')
      if (perRule.size > 0) {
        markdown.push(...table(['legal rule', 'unfair sentences flagged', 'fair sentences flagged'], [...perRule.entries()].sort().map(([id, r]) => [id, r.unfair, r.fair])), '')
      }
    }
    return { id: this.id, title: 'CLAUDETTE 2021 Terms of Service sentences', markdown, headline: headlines.join('; ') }
  },
}

/** Recall and fair flag rate per test fold (`folds/LIST_TEST_<n>.txt`), to show how much they vary between documents. */
function foldRows(dir: string, perDoc: Map<string, { unfair: number; unfairFlagged: number; fair: number; fairFlagged: number }>): (string | number)[][] {
  const rows: (string | number)[][] = []
  for (let fold = 0; ; fold++) {
    const list = join(dir, 'folds', `LIST_TEST_${fold}.txt`)
    if (!existsSync(list)) break
    const docs = readFileSync(list, 'utf8').split('\n').map((l) => l.trim().replace(/\.txt$/, '')).filter(Boolean)
    const sum = { unfair: 0, unfairFlagged: 0, fair: 0, fairFlagged: 0 }
    for (const name of docs) {
      const d = perDoc.get(name)
      if (!d) continue
      sum.unfair += d.unfair
      sum.unfairFlagged += d.unfairFlagged
      sum.fair += d.fair
      sum.fairFlagged += d.fairFlagged
    }
    rows.push([fold, docs.length, pct(sum.unfairFlagged / sum.unfair), pct(sum.fairFlagged / sum.fair, 2)])
  }
  return rows
}
