import type { UnitKind } from '@tactful/engine'

/**
 * A turn label opening a line of an exported chat: "[14:02] Customer:", "09:15 - Agent Yusuf:",
 * "Agent (Priya):", "Support:". Group 1 is the role word; a name after it (one or two capitalised
 * words) or in brackets is part of the label.
 */
const TURN_LABEL =
  /^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|\(?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\)?[ \t]*(?:[-–|][ \t]*)?)?([A-Za-z][A-Za-z-]*)(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2}(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:[ \t]*/u

/**
 * Role words of a plain-text export. Stricter than the CSV role column: "Contact:" or "User:" in an
 * e-mail's signature or a how-to are labels of another kind, so only words that name a side of a
 * chat count.
 */
const AGENT_ROLE = /^(?:agent|support|staff|operator|assistant|rep|representative|advisor|adviser|bot|seller|merchant)$/i
const CUSTOMER_ROLE = /^(?:customer|client|visitor|buyer|shopper|guest)$/i

/**
 * Fewer labelled lines than this are a reply that mentions a role, not a transcript ("Customer: Anna
 * Berg" over "Agent: Tom" heads an order summary); two time-stamped ones ("[11:40] Customer (Priya): …",
 * "[11:41] Agent (Rohan): …") are an exchange.
 */
const MIN_TURNS = 3
const MIN_STAMPED_TURNS = 2
/**
 * Two unstamped turns are an exchange too when the customer's comes first and both say something ("Customer: this is
 * insane, three weeks and nothing." then "Agent (Wei): I'm sorry, …"), not a name or a yes.
 */
const MIN_WORDS_OF_A_BARE_EXCHANGE = 3
const WORD = /\p{L}+/gu
/** A label that starts with its time stamp: "[11:40]", "09:15 -", "(14:02)". */
const STAMPED = /^[ \t]*(?:\[|\(?\d)/

export interface PlainTurn {
  /** Offsets of the turn's words in the source, after its label; continuation lines included. */
  start: number
  end: number
  kind: Extract<UnitKind, 'agent-turn' | 'customer-turn'>
}

function roleOf(word: string): PlainTurn['kind'] | undefined {
  if (AGENT_ROLE.test(word)) return 'agent-turn'
  if (CUSTOMER_ROLE.test(word)) return 'customer-turn'
  return undefined
}

/**
 * The turns of a plain-text chat export in `source[start, end)`, or undefined when the text is not
 * one: it needs at least three labelled lines (two when each has its time stamp, or when the customer's
 * comes first and each turn has a few words), an agent's and a customer's among them. Lines
 * without a label continue the turn above; text before the first label (a title, a date) is not a turn.
 */
export function plainTranscriptTurns(source: string, start: number, end: number): PlainTurn[] | undefined {
  const turns: PlainTurn[] = []
  let allStamped = true
  for (let lineStart = start; lineStart < end; ) {
    const newline = source.indexOf('\n', lineStart)
    const lineEnd = newline === -1 || newline > end ? end : newline
    const label = TURN_LABEL.exec(source.slice(lineStart, lineEnd))
    const kind = label ? roleOf(label[1]!) : undefined
    if (label && kind) {
      if (!STAMPED.test(label[0])) allStamped = false
      turns.push({ start: lineStart + label[0].length, end: lineEnd, kind })
    } else if (turns.length > 0) turns[turns.length - 1]!.end = lineEnd
    lineStart = lineEnd + 1
  }
  const bothSides = turns.some((t) => t.kind === 'agent-turn') && turns.some((t) => t.kind === 'customer-turn')
  const complete = bothSides && (turns.length >= (allStamped ? MIN_STAMPED_TURNS : MIN_TURNS) || isBareExchange(source, turns))
  return complete ? turns.map((t) => ({ ...t, end: trimEnd(source, t.start, t.end) })) : undefined
}

function isBareExchange(source: string, turns: readonly PlainTurn[]): boolean {
  return (
    turns.length === MIN_STAMPED_TURNS &&
    turns[0]!.kind === 'customer-turn' &&
    turns.every((t) => (source.slice(t.start, t.end).match(WORD)?.length ?? 0) >= MIN_WORDS_OF_A_BARE_EXCHANGE)
  )
}

function trimEnd(source: string, start: number, end: number): number {
  while (end > start && /\s/.test(source[end - 1]!)) end--
  return end
}
