import { join } from 'node:path'
import { readCsv } from '../csv.js'
import { flags } from '../corpus-linter.js'
import { pct, prf } from '../stats.js'
import { table, type CorpusMeasure } from './corpus.js'

/** The test file keeps 5,054 of the official 7,400 certain sentences; FPs are scaled to the official balance. */
const FP_WEIGHT = 7400 / 5054

/** Undoes Penn Treebank tokenisation so the text reads as it was written. */
export function detokenize(text: string): string {
  return text
    .trim()
    .replace(/-LRB-/g, '(')
    .replace(/-RRB-/g, ')')
    .replace(/-LSB-/g, '[')
    .replace(/-RSB-/g, ']')
    .replace(/``\s*/g, '"')
    .replace(/\s*''/g, '"')
    .replace(/`\s*/g, "'")
    .replace(/\(\s+/g, '(')
    .replace(/\s+([),.;:!?%])/g, '$1')
    .replace(/\s+(n't|'s|'re|'ve|'ll|'d|'m)\b/g, '$1')
}

/** CoNLL-2010 Wikipedia weasel/hedge test sentences; a sentence counts as flagged on any vagueness finding. */
export const conllWikiWeasel: CorpusMeasure = {
  id: 'conll2010-wikiweasel',
  files: ['wikiweasel_test.csv'],
  measure(dir, { linter }) {
    const data = readCsv(join(dir, 'wikiweasel_test.csv'))
    let tp = 0
    let fp = 0
    let fn = 0
    const perRule = new Map<string, { tp: number; fp: number }>()
    for (const row of data) {
      const uncertain = row.label === '1'
      const findings = linter.lint(detokenize(row.text ?? '')).filter((f) => f.category === 'vagueness' && flags(f))
      const flagged = findings.length > 0
      if (flagged && uncertain) tp++
      else if (flagged) fp++
      else if (uncertain) fn++
      for (const id of new Set(findings.map((f) => f.ruleId))) {
        const r = perRule.get(id) ?? { tp: 0, fp: 0 }
        if (uncertain) r.tp++
        else r.fp++
        perRule.set(id, r)
      }
    }
    const s = prf(tp, fp, fn)
    const weightedP = tp + fp === 0 ? 0 : tp / (tp + fp * FP_WEIGHT)
    const weightedF1 = weightedP + s.recall === 0 ? 0 : (2 * weightedP * s.recall) / (weightedP + s.recall)
    const markdown = [
      `\`wikiweasel_test.csv\`: ${data.length} sentences, ${tp + fn} uncertain. A sentence is predicted uncertain when a vagueness rule reports a warning or error on it (PTB tokens undone first). Weighted precision scales false positives by 7400/5054 ≈ 1.464 to the official class balance. Best published F1 (closed track): 60.2 (P 72.0, R 51.7).`,
      '',
      ...table(['TP', 'FP', 'FN', 'precision', 'weighted precision', 'recall', 'F1', 'weighted F1'], [
        [tp, fp, fn, pct(s.precision), pct(weightedP), pct(s.recall), pct(s.f1), pct(weightedF1)],
      ]),
      '',
      ...table(['rule', 'uncertain sentences flagged', 'certain sentences flagged', 'precision'], [...perRule.entries()].sort().map(([id, r]) => [id, r.tp, r.fp, pct(r.tp / (r.tp + r.fp))])),
      '',
      'Wikipedia weasel annotation is broader than support-reply vagueness (unsupported attribution such as "some people say"), so recall here is a lower bound of what the vagueness rules aim at.',
    ]
    return { id: this.id, title: 'CoNLL-2010 Wikipedia weasel sentences (test)', markdown, headline: `weasel P ${pct(s.precision)} (weighted ${pct(weightedP)}) R ${pct(s.recall)} F1 ${pct(s.f1)}` }
  },
}
