/** Average ranks (1-based), ties sharing the mean of their positions. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value)
  const result = new Array<number>(values.length)
  for (let i = 0; i < order.length; ) {
    let j = i
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++
    const rank = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) result[order[k]!.index] = rank
    i = j + 1
  }
  return result
}

/** ROC-AUC of `scores` for the positive class (Mann–Whitney U; ties count one half). */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  const r = ranks(scores)
  let rankSum = 0
  let pos = 0
  positive.forEach((isPositive, i) => {
    if (isPositive) {
      rankSum += r[i]!
      pos++
    }
  })
  const neg = scores.length - pos
  if (pos === 0 || neg === 0) return NaN
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg)
}

/** Spearman's ρ: the Pearson correlation of the two rank vectors. */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const ra = ranks(a)
  const rb = ranks(b)
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length
  const ma = mean(ra)
  const mb = mean(rb)
  let cov = 0
  let va = 0
  let vb = 0
  for (let i = 0; i < ra.length; i++) {
    cov += (ra[i]! - ma) * (rb[i]! - mb)
    va += (ra[i]! - ma) ** 2
    vb += (rb[i]! - mb) ** 2
  }
  return va === 0 || vb === 0 ? NaN : cov / Math.sqrt(va * vb)
}

export interface Prf {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  return { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) }
}

/** Quartile cut-offs the way Python's `statistics.quantiles(data, n=4)` computes them (exclusive method). */
export function quartiles(values: readonly number[]): [q1: number, q3: number] {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number): number => {
    const m = sorted.length + 1
    const j = Math.floor((m * p) / 4)
    const delta = m * p - j * 4
    const lo = sorted[Math.max(0, Math.min(sorted.length - 1, j - 1))]!
    const hi = sorted[Math.max(0, Math.min(sorted.length - 1, j))]!
    return lo + ((hi - lo) * delta) / 4
  }
  return [at(1), at(3)]
}

export const pct = (x: number, digits = 1): string => (Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(digits)}%`)

export const fixed = (x: number, digits = 3): string => (Number.isNaN(x) ? 'n/a' : x.toFixed(digits))
