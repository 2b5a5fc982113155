import { HOLIDAYS } from './holidays.js'

/**
 * Any greeting, theme or imagery of any holiday, as the rule reads a sentence: in lower case, since a
 * case-insensitive Unicode pattern this size took V8 some 70 ms to compile at its first test, against 7 ms.
 * rules/scripts/compile.ts works out the literals one of which each holds (generated/prefilters.ts).
 */
export const prefilterSources: readonly string[] = HOLIDAYS.flatMap((holiday) => [...holiday.greetings, ...holiday.themes, ...(holiday.imagery ?? [])]).map((source) => {
  // Lower-casing a pattern keeps its meaning only without escapes whose case is their meaning (\S, \W, \P{…}).
  if (/\\[A-Z]/.test(source)) throw new Error(`no-presumptuous-holiday-greeting: write "${source}" without an upper-case escape`)
  return source.toLowerCase()
})
