import type { Paragraph } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { normalizeWord } from './tokenize-phrase.js'

export type TokenKind = 'word' | 'punctuation' | 'symbol' | 'placeholder'

/** A word or mark of a paragraph, flattened for the phrase matcher. Offsets are unit offsets. */
export interface Token {
  norm: string
  raw: string
  kind: TokenKind
  start: number
  end: number
  sentence: number
  /** In quotation marks, or reported speech ("you wrote that …"): meant literally. */
  literal: boolean
  /** First word of its sentence, line or list item. */
  initial: boolean
}

export interface SentenceSpan {
  start: number
  end: number
  /** Index of its first token. */
  first: number
  /** Index after its last token. */
  last: number
}

export interface ParagraphTokens {
  tokens: Token[]
  norms: string[]
  isWord: boolean[]
  sentences: SentenceSpan[]
}

const OPEN_QUOTES = new Set(['“', '‘', '«', '„', '「'])
const CLOSE_QUOTES = new Set(['”', '»', '“', '」'])
const REPORTING = new Set(['wrote', 'said', 'mentioned', 'asked', 'stated', 'told', 'write', 'say', 'requested', 'explained', 'noted'])
const PLACEHOLDER_NORM = '\u0000'
/** parse-english keeps a run of emoji ("😅😂", "😂😂😂") as one symbol; phrases name one emoji. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u
let graphemeSegmenter: Intl.Segmenter | undefined
const graphemes = (text: string) => (graphemeSegmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' })).segment(text)
/** Words that start the writer's own clause after a comma, ending a report of the customer's words. */
const COORDINATORS = new Set(['and', 'but', 'so', 'yet', 'however'])
/**
 * After "you asked that" these make "that" the thing asked, not the start of a report:
 * "You asked that before", "you wrote that twice", "you said that already."
 */
const AFTER_PRONOUN_THAT = new Set(['before', 'already', 'again', 'twice', 'earlier', 'yesterday', 'too', 'previously'])

/**
 * Flattens a paragraph into tokens, tracking quotes across its sentences.
 * With the unit's text a word is sliced from it instead of joined from its nodes.
 */
export function tokenizeParagraph(paragraph: Paragraph, unitText?: string): ParagraphTokens {
  const tokens: Token[] = []
  const sentences: SentenceSpan[] = []
  let inStraightQuote = false
  let inSingleQuote = false
  let curlyDepth = 0
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    const first = tokens.length
    let initial = true
    let reported = false
    // After ", and" ends a report, "that" picks it up again: "you wrote that it was late, and that it was damaged".
    let resumable = false
    // Set on the "that" that opened a report, until the next token says whether it was a pronoun.
    let reportJustOpened = false
    for (const child of sentence.children) {
      if (child.type === 'WhiteSpaceNode') {
        if (child.value.includes('\n')) initial = true
        continue
      }
      const start = child.position?.start.offset ?? 0
      const end = child.position?.end.offset ?? 0
      const raw = child.type === 'WordNode' ? (unitText === undefined ? toString(child) : unitText.slice(start, end)) : child.type === 'SourceNode' ? child.value : (child as { value: string }).value
      let kind: TokenKind
      if (child.type === 'WordNode') kind = 'word'
      else if (child.type === 'SourceNode') kind = 'placeholder'
      else if (child.type === 'PunctuationNode') kind = 'punctuation'
      else kind = 'symbol'

      if (kind === 'symbol' && raw.length > 2 && PICTOGRAPH.test(raw)) {
        const literal = inStraightQuote || inSingleQuote || curlyDepth > 0 || reported
        reportJustOpened = false
        // One token per emoji, a repeated one ("😂😂😂") kept whole so it is reported once.
        let at = start
        for (const { segment } of graphemes(raw)) {
          const last = tokens[tokens.length - 1]
          if (at > start && last && last.norm === normalizeWord(segment)) {
            last.end += segment.length
            last.raw += segment
          } else tokens.push({ norm: normalizeWord(segment), raw: segment, kind, start: at, end: at + segment.length, sentence: sentences.length, literal, initial: false })
          at += segment.length
        }
        continue
      }
      if (kind === 'punctuation' || kind === 'symbol') {
        const previous = tokens[tokens.length - 1]
        const attached = previous !== undefined && previous.end === start
        if (raw === '"') {
          // An inch mark glued to a number ('the 6\'2" board', '27" monitor') opens no quote; a closing quote may follow digits.
          if (inStraightQuote || !(attached && /\d$/.test(previous.raw))) inStraightQuote = !inStraightQuote
        } else if (raw === "'" || raw === '’') {
          // An apostrophe glued to a word ("customers'") is not a quote mark.
          if (inSingleQuote) inSingleQuote = false
          else if (!attached && raw === "'") inSingleQuote = true
        } else if (OPEN_QUOTES.has(raw) && !(raw === '“' && curlyDepth > 0)) {
          if (raw === '‘') inSingleQuote = true
          else curlyDepth++
        } else if (CLOSE_QUOTES.has(raw) && curlyDepth > 0) curlyDepth--
      }
      if (reportJustOpened) {
        reportJustOpened = false
        if (kind === 'punctuation' || AFTER_PRONOUN_THAT.has(raw.toLowerCase())) reported = false
      }
      const literal = inStraightQuote || inSingleQuote || curlyDepth > 0 || reported
      // parse-english glues a sentence's full stop to its last word when the text goes on in lower
      // case ("fault.\n\nyour"), taking it for an abbreviation; the word is still "fault".
      const word = kind === 'word' && raw.length > 1 && raw.endsWith('.') && raw.indexOf('.') === raw.length - 1 ? raw.slice(0, -1) : raw
      const norm = kind === 'placeholder' ? PLACEHOLDER_NORM : normalizeWord(word)
      tokens.push({ norm, raw: word, kind, start, end: end - (raw.length - word.length), sentence: sentences.length, literal, initial: initial && kind === 'word' })
      if (kind === 'word') {
        // "you wrote that …" / "you said: …" — what follows are the customer's words.
        const prev = tokens[tokens.length - 2]
        const prev2 = tokens[tokens.length - 3]
        if ((norm === 'that' || norm === ':') && prev && REPORTING.has(prev.norm) && prev2?.norm === 'you') {
          reported = true
          reportJustOpened = norm === 'that'
        }
        else if (norm === 'that' && resumable) reported = true
        resumable = false
        // "You mentioned that you broke the seal, and printers … cannot be returned": the agent speaks again.
        if (reported && COORDINATORS.has(norm) && prev?.raw === ',') {
          reported = false
          resumable = true
        }
        initial = false
      } else if (kind === 'punctuation' && raw === ';') {
        if (reported) resumable = true
        reported = false
      } else if (kind === 'punctuation' && (raw === ':' || raw === '-' || raw === '•')) {
        if (raw === ':' && tokens[tokens.length - 2] && REPORTING.has(tokens[tokens.length - 2]!.norm) && tokens[tokens.length - 3]?.norm === 'you') reported = true
        initial = true
      }
    }
    sentences.push({
      start: sentence.position?.start.offset ?? 0,
      end: sentence.position?.end.offset ?? 0,
      first,
      last: tokens.length,
    })
  }
  return {
    tokens,
    norms: tokens.map((t) => t.norm),
    isWord: tokens.map((t) => t.kind === 'word'),
    sentences,
  }
}
