/** Numbers as support teams write them in periods: "7", "seven", "fourteen". */
const WORDS: Record<string, number> = {
  // "within a week of delivery", "an hour after arrival": the article counts one.
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
  'forty-five': 45, sixty: 60, ninety: 90,
  // "covered for half a year": half of the unit that follows.
  'half a': 0.5, 'half an': 0.5,
}

/** Regex source for a count, digits or a number word. */
export const COUNT = `(\\d{1,3}|${Object.keys(WORDS).join('|')})`

export function parseCount(text: string): number {
  const lower = text.toLowerCase()
  return WORDS[lower] ?? Number.parseInt(lower, 10)
}

/** Calendar days in a period; working days count as 7/5 of a day, hours as 1/24, a month as a twelfth of a year (so 24 months are the 2 years they are). */
export function toDays(count: number, unit: string): number {
  const u = unit.toLowerCase()
  if (u.startsWith('hour')) return count / 24
  if (u.startsWith('week')) return count * 7
  if (u.startsWith('month')) return (count * 365) / 12
  if (u.startsWith('year')) return count * 365
  if (/business|working/.test(u)) return Math.ceil((count * 7) / 5)
  return count
}
