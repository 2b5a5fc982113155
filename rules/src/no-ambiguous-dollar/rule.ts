import { defineRule, type Severity } from '@tactful/engine'
import { sentenceMatches } from '../_sentence-matches/sentence-matches.js'

/**
 * A bare "$" before an amount: no letters glued before it ("US$", "A$", "CA$") and no ISO code
 * after the amount ("$20 USD").
 */
const BARE_DOLLAR = /(?<![\p{L}$])\$\s?(?=(\d+(?:[.,]\d+)*))\1(?![\d.,]?\d|\s?(?:USD|AUD|CAD|NZD|SGD|HKD|TWD|MXN|ARS|CLP|COP|UYU|BRL|US dollars?|dollars? US)\b)/gu

/**
 * Severity from the region model: silent in USD regions; a warning where "$" is not the local sign
 * (DE, AE: the reader must guess which dollar); a hint where it is (AU, CA, NZ …), because a reader
 * there takes "$" for the local dollar, which is right for a local shop and wrong only for a foreign one.
 */
function severityFor(onlyUsd: boolean, onlyLocalDollars: boolean, known: boolean): Severity {
  if (!known) return 'info'
  if (onlyUsd) return 'off'
  return onlyLocalDollars ? 'info' : 'warning'
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
    // One local-dollar market alone: "$" reads as its dollar. Beside the US or another dollar market, the same "$" reads two ways.
    const onlyLocalDollars = currencies.length === 1 && nonUsd.length === 1 && dollars[nonUsd[0]!] === true
    const severity = severityFor(nonUsd.length === 0, onlyLocalDollars, region.known)
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
