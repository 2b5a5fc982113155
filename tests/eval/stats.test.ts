import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../scripts/eval/csv.js'
import { quartiles, rocAuc, spearman, prf } from '../../scripts/eval/stats.js'
import { detokenize } from '../../scripts/eval/corpora/conll2010-wikiweasel.js'

describe('parseCsv', () => {
  it('keeps commas, doubled quotes and newlines inside quoted fields', () => {
    expect(parseCsv('text,label\n"Hello, ""Ana""\nsecond line",1\r\nplain,0\n')).toEqual([
      { text: 'Hello, "Ana"\nsecond line', label: '1' },
      { text: 'plain', label: '0' },
    ])
  })
  it('reads other delimiters and a missing trailing newline', () => {
    expect(parseCsv('a\tb\n1\t2', '\t')).toEqual([{ a: '1', b: '2' }])
  })
})

describe('stats', () => {
  it('computes quartiles like Python statistics.quantiles(n=4)', () => {
    expect(quartiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([2.75, 8.25])
  })
  it('computes ROC-AUC with ties counting one half', () => {
    expect(rocAuc([3, 2, 1, 0], [true, true, false, false])).toBe(1)
    expect(rocAuc([1, 1, 1, 1], [true, false, true, false])).toBe(0.5)
    expect(rocAuc([0, 1, 0], [true, false, false])).toBe(0.25)
  })
  it('computes Spearman rho from ranks', () => {
    expect(spearman([1, 2, 3], [10, 20, 30])).toBe(1)
    expect(spearman([1, 2, 3], [3, 2, 1])).toBe(-1)
  })
  it('computes precision, recall and F1', () => {
    expect(prf(3, 1, 3)).toEqual({ tp: 3, fp: 1, fn: 3, precision: 0.75, recall: 0.5, f1: 0.6 })
  })
})

describe('detokenize', () => {
  it('undoes Penn Treebank tokens', () => {
    expect(detokenize("Some -LRB- not all -RRB- critics say it is `` bad '' , and it does n't work .\n")).toBe('Some (not all) critics say it is "bad", and it doesn\'t work.')
  })
})
