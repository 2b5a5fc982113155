import type { ParagraphTokens } from './tokens.js'

const NEGATORS = new Set(['not', 'never', 'no', 'cannot', 'without', 'nobody', 'nothing', 'neither', 'nor', 'hardly', 'none'])
// A new clause ends the negation's reach: "the courier couldn't deliver because you entered the wrong …".
const SCOPE_BREAK = new Set([',', ';', ':', '(', ')', '—', '–', 'but', 'however', 'although', 'though', 'because', 'since', 'unless', 'until', 'while', 'whereas', 'which', 'who'])
const LOOK_BACK = 4
// A subject with its verb starts a clause even without a comma: "if it won't print we'll probably send another".
const CLAUSE_SUBJECT = /^(?:i|we|you|they|he|she)['’](?:ll|d|re|ve|m)$/
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she'])
const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must'])

/** A negation shortly before the match, in the same clause: "we will never ask for your password". */
export function isNegated(paragraph: ParagraphTokens, start: number): boolean {
  const { tokens } = paragraph
  const sentence = tokens[start]!.sentence
  let words = 0
  for (let i = start - 1; i >= 0 && words < LOOK_BACK; i--) {
    const token = tokens[i]!
    if (token.sentence !== sentence || SCOPE_BREAK.has(token.norm)) return false
    if (token.kind !== 'word') continue
    words++
    // "why not our green hat?" suggests, it does not negate.
    if (token.norm === 'not' && tokens[i - 1]?.norm === 'why') return false
    if (NEGATORS.has(token.norm) || token.norm.endsWith("n't")) return true
    if (CLAUSE_SUBJECT.test(token.norm) || (SUBJECTS.has(token.norm) && MODALS.has(tokens[i + 1]?.norm ?? ''))) return false
  }
  return false
}

/** Words a title leaves in lower case: "Up in the Air", "Sooner or Later". */
const TITLE_MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'or', 'and', 'to', 'for', 'at', 'by', 'with', 'from', 'nor', 'but', 'as', 'into'])

function isCapitalised(raw: string): boolean {
  const first = raw.charAt(0)
  if (first === first.toLowerCase()) return false
  // ALL-CAPS words are shouting or acronyms, not names.
  return raw.length === 1 || raw.slice(1) !== raw.slice(1).toUpperCase()
}

/** Every word capitalised, or a title's small words in lower case between capitalised ones. */
function isTitleCased(raws: string[]): boolean {
  return raws.every((raw, i) => isCapitalised(raw) || (i > 0 && i < raws.length - 1 && TITLE_MINOR_WORDS.has(raw)))
}

/**
 * True when the matched words are part of a name ("Crazy Deals Week",
 * "Aloe Calm gel"): every matched word is capitalised, and the capitals are
 * not just those of a sentence start.
 */
export function isProperNoun(paragraph: ParagraphTokens, start: number, end: number, unitText = ''): boolean {
  const { tokens } = paragraph
  const words = tokens.slice(start, end).filter((t) => t.kind === 'word')
  const sentence = tokens[start]!.sentence
  const before = tokens[start - 1]
  const after = tokens[end]
  const capitalNeighbour = (t: typeof before) => t !== undefined && t.sentence === sentence && t.kind === 'word' && isCapitalised(t.raw)
  // "the book Signals in Theory": a match that opens with a title's small words goes on with the name before it.
  const leadingSmall = words.findIndex((t) => !TITLE_MINOR_WORDS.has(t.raw))
  if (leadingSmall > 0 && isTitleCased(words.slice(leadingSmall).map((t) => t.raw)) && capitalNeighbour(before) && !before!.initial) return true
  if (words.length === 0 || !isTitleCased(words.map((t) => t.raw))) return false
  if (words.length === 1 && words[0]!.raw === 'I') return false
  if (!tokens[start]!.initial) return true
  // At a sentence start the first capital proves nothing: ask for a name that goes on.
  const afterNext = tokens[end + 1]
  // "Sit Tight seatpost clamp": the sentence goes on in lower case, so the capital on
  // "Tight" was chosen; a sentence would say "Sit tight".
  const lowerNeighbour = words.every((t) => isCapitalised(t.raw)) && tokens[end - 1]!.kind === 'word' &&
    after !== undefined && after.sentence === sentence && after.kind === 'word' && /^\p{Ll}/u.test(after.raw)
  if (words.length > 1) return capitalNeighbour(after) || capitalNeighbour(afterNext) || lowerNeighbour
  if (!capitalNeighbour(after)) return false
  return capitalNeighbour(afterNext) || namedMidSentence(unitText, unitText.slice(tokens[start]!.start, after!.end))
}

/**
 * "Crazy Quilt cushion cover" opening a list item is a name when the same words stand
 * mid-sentence elsewhere in the text ("Our **Crazy Quilt** covers"), where capitals mean a name.
 */
function namedMidSentence(unitText: string, name: string): boolean {
  for (let at = unitText.indexOf(name); at !== -1; at = unitText.indexOf(name, at + 1)) {
    const before = unitText.slice(Math.max(0, at - 40), at).replace(/[\s*_"'“‘([]+$/u, '')
    if (/[\p{Ll}\p{N},]$/u.test(before)) return true
  }
  return false
}
