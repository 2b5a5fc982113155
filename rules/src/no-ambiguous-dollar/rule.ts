import { defineRule, type Severity } from '@tactful/engine'
import { sentenceMatches } from '../_sentence-matches/sentence-matches.js'

/**
 * A bare "$" before an amount: no letters glued before it ("US$", "A$", "CA$") and no ISO code
 * after the amount ("$20 USD").
 */
const BARE_DOLLAR = /(?<![\p{L}$])\$\s?(?=(\d+(?:[.,]\d+)*))\1(?![\d.,]?\d|\s?(?:USD|AUD|CAD|NZD|SGD|HKD|TWD|MXN|ARS|CLP|COP|UYU|BRL|US dollars?|dollars? US)\b)/gu

/** Severity from the region model: USD regions are silent, every other known region is warned. */
function severityFor(currency: string | undefined, localDollar: boolean | undefined, known: boolean): Severity {
  if (!known) return 'info'
  if (currency === 'USD') return 'off'
  // Local dollars (AU, CA, SG, MX …) or another currency altogether: either way the reader must guess.
  void localDollar
  return 'warning'
}

export default defineRule({
  meta: {
    id: 'no-ambiguous-dollar',
    description: 'Flag a bare "$" where the customer may read it as another dollar or an unknown currency',
    category: 'cultural',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    messages: {
      localDollar: '“{actual}”: “$” is also the own currency sign of {region}; write the currency code, e.g. “US$” or “USD”',
      foreign: '“{actual}”: a bare “$” does not say which dollar; write the currency code, e.g. “US$” or “USD”',
    },
  },
  create(context) {
    const { region } = context
    // With several regions, any non-USD one needs the code: the result must not depend on their order.
    const currencies = region.factsByRegion<string>('currency')
    const dollars = region.factsByRegion<boolean>('dollar')
    const nonUsd = currencies.flatMap((currency, i) => (currency === 'USD' ? [] : [i]))
    const localDollar = nonUsd.some((i) => dollars[i] === true)
    const dollarRegions = nonUsd.filter((i) => dollars[i] === true).map((i) => region.codes[i]).join(', ')
    const severity = severityFor(nonUsd.length === 0 ? 'USD' : currencies[nonUsd[0]!], localDollar, region.known)
    return {
      SentenceNode(node) {
        if (severity === 'off') return
        for (const match of sentenceMatches(context, node, BARE_DOLLAR)) {
          const usd = `US${match.text}`
          context.report({
            range: match.range,
            messageId: localDollar ? 'localDollar' : 'foreign',
            data: { actual: match.text, region: dollarRegions },
            severity,
            expected: [usd],
            suggest: [{ message: `Replace with “${usd}”`, fix: context.replace(match.range, usd) }],
          })
        }
      },
    }
  },
})
