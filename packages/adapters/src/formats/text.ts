import { UnitBuilder } from '../unit-builder.js'
import type { Draft, InnerFormat } from './inner.js'
import { plainTranscriptTurns } from './plain-transcript.js'

/**
 * Plain text: the range is one body unit, verbatim. A chat export ("[14:02] Customer: …",
 * "[14:03] Agent Priya: …") is read as its turns instead: agent turns are linted, and the
 * customer's words before each reach it as context, as in CSV and JSONL transcripts.
 */
export const readText: InnerFormat = (source, start, end) => {
  const turns = plainTranscriptTurns(source, start, end)
  if (!turns) return { drafts: [{ builder: new UnitBuilder(source).copy(start, end - start), kind: 'body' }], directives: [] }
  const drafts: Draft[] = []
  let customerWords: string[] = []
  for (const turn of turns) {
    const draft: Draft = { builder: new UnitBuilder(source).copy(turn.start, turn.end - turn.start), kind: turn.kind }
    if (turn.kind === 'customer-turn') customerWords.push(source.slice(turn.start, turn.end))
    else if (customerWords.length > 0) {
      draft.extra = { previousCustomerTurn: customerWords.join('\n') }
      customerWords = []
    }
    drafts.push(draft)
  }
  return { drafts, directives: [] }
}
