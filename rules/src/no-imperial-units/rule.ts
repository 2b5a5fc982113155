import { defineRule, type Severity } from '@tactful/engine'
import { sentenceMatches } from '../_sentence-matches/sentence-matches.js'
import { IMPERIAL_UNITS, METRIC_NEARBY, type ImperialUnit } from './units.js'

const NUMBER = '\\d+(?:[.,]\\d+)?(?:\\s?(?:½|¼|¾))?'
const UNIT_RES = IMPERIAL_UNITS.map((unit) => ({
  unit,
  regex: new RegExp(`(?<![\\p{L}\\d.,])(${NUMBER})(?:\\s?-?\\s?)${unit.pattern}(?![\\p{L}])`, 'giu'),
}))

/**
 * Any amount with any unit: one test rules out a sentence before the per-unit regexes run.
 * Without the `u` flag (the pattern needs no Unicode classes), it compiles in half the time.
 */
const ANY_AMOUNT = new RegExp(`${NUMBER}(?:\\s?-?\\s?)(?:${IMPERIAL_UNITS.map((unit) => unit.pattern).join('|')})`, 'i')

/**
 * Sizes the whole world gives in inches: screens ("27-inch monitor"), wheels and rims, tyres,
 * pipe threads, records, drone propellers. Converting them would confuse rather than help.
 */
const INCH_SIZED = /\b(?:screens?|monitors?|displays?|tvs?|televisions?|laptops?|notebooks?|tablets?|ipads?|phones?|smartphones?|wheels?|rims?|tyres?|tires?|bikes?|bicycles?|macbooks?|chromebooks?|e-readers?|kindles?|pipes?|threads?|vinyl|records?|singles?|lps?|eps?|reissues?|pressings?|sleeves?|subwoofers?|woofers?|speakers?|propellers?|props)\b/i

/** The sized thing right after the measure ("27-inch monitor") or just before it ("the wheel is 16 inches"). */
function isInchSized(text: string, [start, end]: [number, number]): boolean {
  return INCH_SIZED.test(text.slice(end, end + 25)) || INCH_SIZED.test(text.slice(Math.max(0, start - 25), start))
}

/** The feet of a feet-and-inches length, glued to its inches: the "6'" of "6'2\"". */
const FEET_BEFORE = /(?<!\d)(\d{1,2})['′]$/

function feetAndInches(feet: number, inches: number): string | undefined {
  return Number.isFinite(inches) ? `${Math.round(feet * 30.48 + inches * 2.54)} cm` : undefined
}

function metricEquivalent(unit: ImperialUnit, amount: string): string | undefined {
  const value = Number(amount.replace(',', '.'))
  if (!Number.isFinite(value)) return undefined
  if (unit.name === 'fahrenheit') return `${Math.round(((value - 32) * 5) / 9)} °C`
  const metric = value * unit.factor
  const rounded = metric >= 100 ? Math.round(metric) : Math.round(metric * 10) / 10
  return `${rounded} ${unit.metric}`
}

/**
 * Imperial units to customers in metric regions. A code rule: it needs the region's
 * `measurement` and `customaryImperial` facts, and the amount to suggest a metric equivalent.
 */
export default defineRule({
  meta: {
    id: 'no-imperial-units',
    description: 'Flag imperial units without a metric equivalent in messages to metric regions',
    category: 'cultural',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    messages: {
      imperial: '“{actual}” is an imperial measure; customers in {region} use metric units, so add the metric value, e.g. “{actual} ({metric})”',
    },
  },
  create(context) {
    const { region } = context
    // With several regions, every metric one must know the unit: "5 lbs" to US and DE customers needs kilograms.
    const measurements = region.factsByRegion<string>('measurement')
    const customarySets = region.factsByRegion<string[]>('customaryImperial')
    const metric = measurements.flatMap((m, i) => (m === 'metric' ? [new Set(customarySets[i] ?? [])] : []))
    const metricRegions = region.codes.filter((_, i) => measurements[i] === 'metric').join(', ') || 'most markets'
    const customary = new Set(metric[0] ?? [])
    for (const other of metric.slice(1)) for (const unit of customary) if (!other.has(unit)) customary.delete(unit)
    const severity: Severity = !region.known ? 'info' : metric.length > 0 ? 'warning' : 'off'
    return {
      SentenceNode(node) {
        if (severity === 'off') return
        const [start, end] = context.rangeOf(node)
        if (!ANY_AMOUNT.test(context.text.slice(start, end))) return
        for (const { unit, regex } of UNIT_RES) {
          if (customary.has(unit.name)) continue
          for (const match of sentenceMatches(context, node, regex)) {
            if (METRIC_NEARBY.test(match.sentence)) continue
            if (unit.name === 'inch' && isInchSized(context.text, match.range)) continue
            // "a size 42 foot": a shoe size, not a length.
            if (unit.name === 'foot' && /\bsize\s*$/i.test(context.text.slice(Math.max(0, match.range[0] - 8), match.range[0]))) continue
            // "6'2\"" is one length in feet and inches: report it whole, with its whole metric value.
            const feet = unit.name === 'inch' ? FEET_BEFORE.exec(context.text.slice(Math.max(0, match.range[0] - 4), match.range[0])) : null
            const range: [number, number] = feet ? [match.range[0] - feet[0].length, match.range[1]] : match.range
            const metric = feet ? feetAndInches(Number(feet[1]), Number(match.groups[1]!.replace(',', '.'))) : metricEquivalent(unit, match.groups[1]!)
            if (!metric) continue
            const actual = context.text.slice(...range)
            const text = `${actual} (${metric})`
            context.report({
              range,
              messageId: 'imperial',
              data: { actual, metric, region: metricRegions },
              severity,
              expected: [text],
              suggest: [{ message: `Add the metric value: “${text}”`, fix: context.replace(range, text) }],
            })
          }
        }
      },
    }
  },
})
