import type { Entity } from './types.js'

/**
 * Words of a placeholder's name that say what kind of value it stands for: `{{ship_date}}`
 * is a date, `{{slot_time}}` a time, `{{refund_amount}}` a sum of money. A template that says
 * "ships soon, on {{ship_date}}" is as concrete as one that says "on 14 March".
 * Ids and counts (`order_number`, `count`) are left out: "number" names an id as often as a quantity.
 */
const NAME_WORDS: Partial<Record<Entity, ReadonlySet<string>>> = {
  date: new Set(['date', 'dates', 'day', 'deadline', 'eta', 'due', 'expiry', 'expiration', 'expires', 'until']),
  time: new Set(['time', 'times', 'hour', 'slot', 'eta']),
  duration: new Set(['days', 'weeks', 'months', 'hours', 'duration', 'period']),
  weekday: new Set(['weekday']),
  money: new Set(['amount', 'price', 'total', 'cost', 'fee', 'balance', 'sum']),
}

/** The words of a placeholder's source: "{{order.shipDate}}" → order, ship, date. */
function nameWords(source: string): string[] {
  return source
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
}

/** Whether a placeholder (its source as written in the file) stands for a value of `entity`. */
export function placeholderStandsFor(entity: Entity, source: string): boolean {
  const words = NAME_WORDS[entity]
  return words !== undefined && nameWords(source).some((word) => words.has(word))
}
