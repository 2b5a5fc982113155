/**
 * Gives a suggestion the letter case of the text it replaces: "Soon" → "By 14 March".
 * Capitals are copied only from several capitalised words ("AS SOON AS POSSIBLE"):
 * a single capitalised word is an acronym ("ASAP"), and its replacement is ordinary text.
 */
export function matchCase(suggestion: string, actual: string): string {
  const letters = actual.replace(/[^\p{L}]/gu, '')
  const words = actual.trim().split(/\s+/).length
  if (words > 1 && letters.length > 1 && letters === letters.toUpperCase()) return suggestion.toUpperCase()
  const first = actual.charAt(0)
  if (first !== first.toLowerCase()) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
  return suggestion
}
