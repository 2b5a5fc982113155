/**
 * Splits a phrase as written in a rule into the tokens the matcher compares:
 * words, and punctuation as tokens of their own. Apostrophes are normalised
 * so "we’ll" and "we'll" are the same word. Tokens are cut as the text's parser
 * (parse-english) cuts them: an elision is one word with its apostrophe ("'em",
 * "'cause", "'tis", "'90s", "'n'"), and so is a name joined by "&" ("AT&T", "J&T");
 * a phrase cut otherwise could never meet its text.
 */
const TOKEN =
  /(?<![\p{L}\p{N}])['’](?:s|ll|re|ve|d|m)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])['’](?:[Tt](?:were|was|is)|[Cc]ause|[Ee][mr]|[Ii]m|\d\ds?|[Nn]['’])(?![\p{L}\p{N}])|[\p{L}\p{N}*]+(?:['’&-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu

/**
 * A contraction written apart from its word, as groups spell it: "it ('s| is)" gives "it 's", and
 * "(will|'ll) follow" gives "'ll follow". It is one token, "'s", which the matcher meets in a text
 * word that ends with it ("it's", "what's"): text never writes "it 's".
 */
export const CONTRACTION = /^'(?:s|ll|re|ve|d|m)$/

export function normalizeWord(word: string): string {
  // Most words hold no curly apostrophe: a plain search is cheaper than a regular expression.
  const apostrophes = word.includes('’') ? word.replaceAll('’', "'") : word
  // A soft hyphen (HTML `&shy;`, hyphenation hints in e-mail templates) is invisible: "Ca&shy;lm down" reads "Calm down".
  return (apostrophes.includes('\u00AD') ? apostrophes.replaceAll('\u00AD', '') : apostrophes).toLowerCase()
}

export function tokenizePhrase(phrase: string): string[] {
  return phrase.match(TOKEN) ?? []
}

/**
 * Expands `(a|b|)` groups into every alternative; an empty alternative drops the group. Groups
 * nest, innermost first, and a phrase they spell twice is listed once: "(as|the (one|address))"
 * spells "as", "the one", "the address".
 */
export function expandAlternatives(phrase: string): string[] {
  return [...new Set(expandGroups(phrase))]
}

function expandGroups(phrase: string): string[] {
  const group = /\(([^()]*)\)/.exec(phrase)
  if (!group) return [phrase.replace(/\s+/g, ' ').trim()]
  const before = phrase.slice(0, group.index)
  const after = phrase.slice(group.index + group[0].length)
  return group[1]!.split('|').flatMap((choice) => expandGroups(before + choice + after))
}
