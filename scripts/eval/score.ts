import type { LintMessage } from '@tactful/core'
import { LABELLED, type EvalRecord, type GoldSpan, type Labelled } from './dataset.js'

/** Only warnings and errors count as a prediction; `info` is advice, not a flag. */
export function isPrediction(message: LintMessage): boolean {
  return message.severity === 'warning' || message.severity === 'error'
}

export interface Linted {
  record: EvalRecord
  messages: LintMessage[]
}

export interface CategoryScore {
  category: Labelled
  support: number
  tp: number
  fp: number
  fn: number
  tn: number
  precision: number
  recall: number
  f1: number
  /** Share of all-clean messages where this category was predicted. */
  cleanFpRate: number
  spans: number
  spansFound: number
  spanRecall: number
}

export interface RuleScore {
  ruleId: string
  category: string
  /** Warning/error findings on messages whose label for the rule's category is 1 … */
  tp: number
  /** … and on messages where it is 0. */
  fp: number
  /** Findings at `info`, not counted as predictions. */
  info: number
  /** Gold spans of the rule's category that one of its findings overlaps. */
  spanHits: number
}

export interface Miss {
  id: string
  category: Labelled
  quote: string
  why: string
  /** Whether the message-level label was still predicted (by a finding elsewhere in the text). */
  labelPredicted: boolean
}

export interface FalsePositive {
  id: string
  category: string
  ruleId: string
  severity: string
  actual: string
  message: string
}

export interface EvalScore {
  messages: number
  clean: number
  /** Share of all-clean messages with at least one prediction in the four categories. */
  cleanFpRate: number
  categories: CategoryScore[]
  micro: { precision: number; recall: number; f1: number; spanRecall: number }
  rules: RuleScore[]
  misses: Miss[]
  falsePositives: FalsePositive[]
  /** Findings without one of the four labelled categories (structure, clarity, engine messages). */
  unlabelled: Record<string, number>
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b)
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

function overlaps(message: LintMessage, span: GoldSpan): boolean {
  const start = message.position.start.offset
  const end = Math.max(message.position.end.offset, start + 1)
  return start < span.range[1] && span.range[0] < end
}

function isLabelled(category: string | undefined): category is Labelled {
  return (LABELLED as readonly string[]).includes(category ?? '')
}

function actualText(record: EvalRecord, message: LintMessage): string {
  return message.actual ?? record.text.slice(message.position.start.offset, message.position.end.offset)
}

export function score(linted: Linted[]): EvalScore {
  const categories = new Map<Labelled, CategoryScore>(LABELLED.map((category) => [category, {
    category, support: 0, tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0, f1: 0, cleanFpRate: 0, spans: 0, spansFound: 0, spanRecall: 0,
  }]))
  const rules = new Map<string, RuleScore>()
  const misses: Miss[] = []
  const falsePositives: FalsePositive[] = []
  const unlabelled: Record<string, number> = {}
  const cleanHits = new Map<Labelled, number>(LABELLED.map((c) => [c, 0]))
  let clean = 0
  let cleanFlagged = 0

  for (const { record, messages } of linted) {
    const predictions = messages.filter(isPrediction)
    const predicted = new Set(predictions.map((m) => m.category).filter(isLabelled))
    const isClean = LABELLED.every((c) => record.labels[c] === 0)
    if (isClean) {
      clean++
      if (predicted.size > 0) cleanFlagged++
      for (const c of predicted) cleanHits.set(c, cleanHits.get(c)! + 1)
    }
    for (const c of LABELLED) {
      const s = categories.get(c)!
      const gold = record.labels[c] === 1
      if (gold) s.support++
      if (gold && predicted.has(c)) s.tp++
      else if (gold) s.fn++
      else if (predicted.has(c)) s.fp++
      else s.tn++
    }
    for (const span of record.spans) {
      const s = categories.get(span.category)!
      s.spans++
      const found = predictions.some((m) => m.category === span.category && overlaps(m, span))
      if (found) s.spansFound++
      else misses.push({ id: record.id, category: span.category, quote: span.quote, why: span.why, labelPredicted: predicted.has(span.category) })
    }
    for (const m of messages) {
      if (!isLabelled(m.category)) {
        unlabelled[m.ruleId] = (unlabelled[m.ruleId] ?? 0) + 1
        continue
      }
      let rule = rules.get(m.ruleId)
      if (!rule) rules.set(m.ruleId, (rule = { ruleId: m.ruleId, category: m.category, tp: 0, fp: 0, info: 0, spanHits: 0 }))
      if (!isPrediction(m)) {
        rule.info++
        continue
      }
      if (record.labels[m.category] === 1) rule.tp++
      else {
        rule.fp++
        falsePositives.push({ id: record.id, category: m.category, ruleId: m.ruleId, severity: m.severity, actual: actualText(record, m), message: m.message })
      }
    }
    for (const rule of rules.values()) {
      const own = predictions.filter((m) => m.ruleId === rule.ruleId)
      if (own.length === 0) continue
      rule.spanHits += record.spans.filter((span) => span.category === rule.category && own.some((m) => overlaps(m, span))).length
    }
  }

  for (const s of categories.values()) {
    s.precision = ratio(s.tp, s.tp + s.fp)
    s.recall = ratio(s.tp, s.tp + s.fn)
    s.f1 = f1(s.precision, s.recall)
    s.cleanFpRate = ratio(cleanHits.get(s.category)!, clean)
    s.spanRecall = ratio(s.spansFound, s.spans)
  }
  const all = [...categories.values()]
  const sum = (key: 'tp' | 'fp' | 'fn' | 'spans' | 'spansFound'): number => all.reduce((n, s) => n + s[key], 0)
  const microP = ratio(sum('tp'), sum('tp') + sum('fp'))
  const microR = ratio(sum('tp'), sum('tp') + sum('fn'))
  return {
    messages: linted.length,
    clean,
    cleanFpRate: ratio(cleanFlagged, clean),
    categories: all,
    micro: { precision: microP, recall: microR, f1: f1(microP, microR), spanRecall: ratio(sum('spansFound'), sum('spans')) },
    rules: [...rules.values()].sort((a, b) => a.category.localeCompare(b.category) || a.ruleId.localeCompare(b.ruleId)),
    misses,
    falsePositives,
    unlabelled,
  }
}
