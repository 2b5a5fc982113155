/**
 * Gives a suggestion the letter case of the text it replaces: "Soon" → "By 14 March".
 * Capitals are copied only from several capitalised words ("AS SOON AS POSSIBLE"):
 * a single capitalised word is an acronym ("ASAP"), and its replacement is ordinary text,
 * capitalised only where it starts a sentence ("please reply ASAP" → "please reply by [date]").
 */
export function matchCase(suggestion: string, actual: string, startsSentence = true): string {
  const letters = actual.replace(/[^\p{L}]/gu, '')
  const words = actual.trim().split(/\s+/).length
  if (words > 1 && letters.length > 1 && letters === letters.toUpperCase()) return suggestion.toUpperCase()
  const acronym = words === 1 && letters.length > 1 && letters === letters.toUpperCase()
  if (acronym && !startsSentence) return suggestion
  const first = actual.charAt(0)
  if (first !== first.toLowerCase()) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
  return suggestion
}

/** Whether `at` starts a sentence in `text`: only white space, quotes or brackets since the last full stop. */
export function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!
    if (/[\s"'“‘(\[*_]/.test(ch)) continue
    return /[.!?…]/.test(ch)
  }
  return true
}
