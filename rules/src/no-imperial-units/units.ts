/** Imperial and US customary units as written after an amount, with the metric unit to add. */
export interface ImperialUnit {
  /** Name used by the region fact `customaryImperial` (rules/data/regions.yaml). */
  name: string
  /** Regex source for the unit as written after a number. */
  pattern: string
  metric: string
  /** Factor from this unit to the metric unit, for the suggested equivalent. */
  factor: number
}

export const IMPERIAL_UNITS: readonly ImperialUnit[] = [
  { name: 'inch', pattern: '(?:inch(?:es)?|in\\.|″|")', metric: 'cm', factor: 2.54 },
  { name: 'foot', pattern: "(?:feet|foot|ft|′)", metric: 'm', factor: 0.3048 },
  { name: 'yard', pattern: '(?:yards?|yds?)', metric: 'm', factor: 0.9144 },
  { name: 'mile', pattern: '(?:miles?|mi\\.)', metric: 'km', factor: 1.609 },
  { name: 'mph', pattern: 'mph', metric: 'km/h', factor: 1.609 },
  { name: 'pound', pattern: '(?:lbs?|(?<=-)pounds?)', metric: 'kg', factor: 0.4536 },
  { name: 'ounce', pattern: '(?:fl\\.? ?oz|oz|ounces?)', metric: 'g', factor: 28.35 },
  { name: 'gallon', pattern: '(?:gallons?|gal)', metric: 'L', factor: 3.785 },
  { name: 'pint', pattern: 'pints?', metric: 'ml', factor: 473 },
  { name: 'quart', pattern: '(?:quarts?|qt)', metric: 'L', factor: 0.946 },
  { name: 'stone', pattern: 'stones?', metric: 'kg', factor: 6.35 },
  { name: 'fahrenheit', pattern: '(?:°\\s?F|degrees? Fahrenheit|F°)', metric: '°C', factor: NaN },
]

/** A metric amount nearby means the writer already converted: "12 in (30 cm)". */
export const METRIC_NEARBY = /\d\s?(?:mm|cm|m|km|km\/h|kg|g|mg|ml|l|L|°\s?C|litres?|liters?|metres?|meters?|centimet(?:re|er)s?|kilo(?:gram)?s?)(?![\p{L}])/u
