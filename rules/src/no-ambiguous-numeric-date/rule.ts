import { defineRule } from '@tactful/engine'

type DateOrder = 'DMY' | 'MDY' | 'YMD'

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** d/m, d/m/y or d.m.y; not part of a longer number, version, ratio or URL. */
const NUMERIC_DATE = /(?<![\w/.:-])(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\w/]|\.\d)/g
/** Words that make a bare "05/06" a date rather than a fraction or a score. */
const DATE_CUE = /\b(?:on|by|until|till|til|before|after|from|since|dated|due|date|dates|expected|between|ships?|arrives?|delivery|deadline|valid|expires?|ends?|starts?)\s*:?\s*$/i

/**
 * "10/04/2569 … in the international calendar that is 10 April 2026", "03/04/2026 (3 April)": the same day and month
 * spelled with the month as a word nearby settles the reading.
 */
function spelledNearby(text: string, start: number, end: number, first: number, second: number): boolean {
  const window = text.slice(Math.max(0, start - 120), Math.min(text.length, end + 160))
  for (const [day, month] of [
    [first, second],
    [second, first],
  ] as const) {
    if (month < 1 || month > 12 || day < 1 || day > 31) continue
    const name = MONTHS[month - 1]!
    const abbr = name.slice(0, 3)
    const spelled = new RegExp(`\\b(?:${day}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${name}|${abbr})\\b|(?:${name}|${abbr})\\.?\\s+${day}(?:st|nd|rd|th)?\\b)`, 'i')
    if (spelled.test(window)) return true
  }
  return false
}

function spell(day: number, month: number, year: string | undefined): string {
  return `${day} ${MONTHS[month - 1]}${year ? ` ${year.length === 2 ? `20${year}` : year}` : ''}`
}

/**
 * Numeric dates such as 03/04/2026 read as 3 April in most of the world and
 * as March 4 in the US: cross-border replies spell the month. The region's
 * `dateOrder` fact says how this customer reads it.
 */
export default defineRule({
  meta: {
    id: 'no-ambiguous-numeric-date',
    description: 'Flag numeric dates such as 03/04/2026 that read differently by region',
    category: 'vagueness',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    messages: {
      ambiguous: '“{actual}” can be {first} or {second}; write the month as a word',
      ambiguousHere: '“{actual}” reads as {first} in {region}, but as {second} elsewhere; write the month as a word',
      foreignOrder: '“{actual}” is written day-first, but {region} reads dates month-first; write the month as a word',
    },
  },
  create(context) {
    return {
      'RootNode:exit'() {
        const text = context.text
        // Several regions that read dates differently give no single order: every reading is open.
        const orders = new Set(context.region.factsByRegion<DateOrder>('dateOrder'))
        const order = orders.size === 1 ? [...orders][0] : undefined
        const region = context.region.codes.join(', ')
        for (const match of text.matchAll(NUMERIC_DATE)) {
          const [actual, a, separator, b, year] = match
          const start = match.index
          const end = start + actual.length
          const first = Number(a)
          const second = Number(b)
          if (first < 1 || second < 1 || (first > 12 && second > 12) || first > 31 || second > 31) continue
          // A bare d/m pair is a date only when written like one ("05/06") or cued ("ship date: 5/6").
          if (!year) {
            if (separator !== '/') continue
            const padded = a!.length === 2 && b!.length === 2 && (a!.startsWith('0') || b!.startsWith('0'))
            if (!padded && !DATE_CUE.test(text.slice(Math.max(0, start - 30), start))) continue
          }
          if (context.isLiteral([start, end])) continue
          if (spelledNearby(text, start, end, first, second)) continue
          const dayFirst = spell(first, second, year)
          const monthFirst = spell(second, first, year)
          if (first <= 12 && second <= 12) {
            if (first === second) continue
            const readings = order === 'MDY' ? [monthFirst, dayFirst] : [dayFirst, monthFirst]
            context.report({
              range: [start, end],
              messageId: order ? 'ambiguousHere' : 'ambiguous',
              data: { actual, first: readings[0]!, second: readings[1]!, region },
              expected: readings,
              suggest: readings.map((r) => ({ message: `Write “${r}”`, fix: context.replace([start, end], r) })),
            })
          } else if (order === 'MDY' && first > 12) {
            // 13/03 is clear to a careful reader, but not the way a US customer writes dates.
            context.report({
              range: [start, end],
              messageId: 'foreignOrder',
              severity: 'info',
              data: { actual, region },
              expected: [dayFirst],
              suggest: [{ message: `Write “${dayFirst}”`, fix: context.replace([start, end], dayFirst) }],
            })
          }
        }
      },
    }
  },
})
