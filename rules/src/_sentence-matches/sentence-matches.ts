import type { NodeTypes, RuleContext } from '@tactful/engine'

type Sentence = NodeTypes['SentenceNode']

/** A regex match inside a sentence, in unit offsets. */
export interface SentenceMatch {
  range: [number, number]
  text: string
  /** The whole sentence's text, for context checks. */
  sentence: string
  groups: RegExpExecArray
}

/**
 * Runs a global regex over one sentence and returns the matches that are the writer's own
 * words: matches touching quoted or reported speech ("you wrote 'Merry Christmas'") are dropped.
 * For code rules whose decision needs more than a phrase list (region facts, numbers, the
 * customer's previous turn).
 */
export function sentenceMatches(context: RuleContext<unknown>, node: Sentence, pattern: RegExp): SentenceMatch[] {
  const [start, end] = context.rangeOf(node)
  const sentence = context.text.slice(start, end)
  const found: SentenceMatch[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    if (m[0] === '') {
      pattern.lastIndex++
      continue
    }
    const range: [number, number] = [start + m.index, start + m.index + m[0].length]
    if (context.isLiteral(range)) continue
    found.push({ range, text: m[0], sentence, groups: m })
  }
  return found
}
