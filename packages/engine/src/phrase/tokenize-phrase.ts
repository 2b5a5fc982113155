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
 * nest, and a phrase they spell twice is listed once: "(as|the (one|address))" spells "as",
 * "the one", "the address". The first group is the outermost loop. Parentheses that do not
 * balance are read as the earlier expansion read them: innermost pair first, the rest literal.
 */
export function expandAlternatives(phrase: string): string[] {
  const spelled = balanced(phrase) ? spellSequence(phrase, 0, false).choices : expandGroups(phrase)
  return [...new Set(spelled.map((choice) => choice.replace(/\s+/g, ' ').trim()))]
}

function balanced(phrase: string): boolean {
  let depth = 0
  for (const char of phrase) {
    if (char === '(') depth++
    else if (char === ')' && --depth < 0) return false
  }
  return depth === 0
}

/**
 * Spells a sequence of text and groups up to the `|` or `)` that ends it inside a group. A group
 * adds its alternatives, each spelled once, so a nested group (a word list inside a group) costs
 * what it spells, not the product of its levels.
 */
function spellSequence(phrase: string, start: number, inGroup: boolean): { choices: string[]; end: number } {
  let choices = ['']
  let i = start
  while (i < phrase.length) {
    const char = phrase[i]!
    if (inGroup && (char === '|' || char === ')')) break
    if (char === '(') {
      const group = spellGroup(phrase, i + 1)
      choices = choices.flatMap((prefix) => group.choices.map((choice) => prefix + choice))
      i = group.end
      continue
    }
    let text = i
    while (text < phrase.length && phrase[text] !== '(' && !(inGroup && (phrase[text] === '|' || phrase[text] === ')'))) text++
    const literal = phrase.slice(i, text)
    choices = choices.map((prefix) => prefix + literal)
    i = text
  }
  return { choices, end: i }
}

/** Spells the group opening before `start`; `end` is just after its `)`. */
function spellGroup(phrase: string, start: number): { choices: string[]; end: number } {
  const choices = new Set<string>()
  let i = start
  for (;;) {
    const alternative = spellSequence(phrase, i, true)
    for (const choice of alternative.choices) choices.add(choice)
    i = alternative.end
    if (phrase[i] === '|') i++
    else return { choices: [...choices], end: i + 1 }
  }
}

function expandGroups(phrase: string): string[] {
  const group = /\(([^()]*)\)/.exec(phrase)
  if (!group) return [phrase]
  const before = phrase.slice(0, group.index)
  const after = phrase.slice(group.index + group[0].length)
  return group[1]!.split('|').flatMap((choice) => expandGroups(before + choice + after))
}
