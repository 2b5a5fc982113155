/**
 * Gives a suggestion the letter case of the text it replaces: "Soon" → "By 14 March".
 * Capitals are copied only from several capitalised words ("AS SOON AS POSSIBLE").
 * Otherwise the replacement is ordinary text, capitalised only where it starts a sentence:
 * mid-sentence, a capital is an acronym's or a name's ("please reply ASAP" → "by [date]",
 * "there Friday-ish" → "by [date]", "the Persian Gulf" → "the Gulf").
 */
export function matchCase(suggestion: string, actual: string, startsSentence = true): string {
  const letters = actual.replace(/[^\p{L}]/gu, '')
  const words = actual.trim().split(/\s+/).length
  if (words > 1 && letters.length > 1 && letters === letters.toUpperCase()) return suggestion.toUpperCase()
  if (!startsSentence) return suggestion
  const first = actual.charAt(0)
  if (first !== first.toLowerCase()) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
  return suggestion
}

/** Whether `at` starts a sentence in `text`: only quotes, brackets or spaces since the last full stop or line break. */
export function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!
    // "Hi Anna,\nSoon …": a new line after a salutation starts the sentence.
    if (ch === '\n') return true
    if (/[\s"'“‘(\[*_]/.test(ch)) continue
    return /[.!?…]/.test(ch)
  }
  return true
}
