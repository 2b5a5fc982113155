import type { UnitKind } from '@tactful/engine'

/** A time stamp of a chat line: "[14:02]", "(09:20)", "09:15", "2026-03-18 09:41", "18/03/2026 9:41 PM". */
const STAMP = String.raw`(?:\[[^\]\n]{1,30}\]|\(?(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\)?)`

/**
 * A turn label opening a line of an exported chat: "[14:02] Customer:", "09:15 - Agent Yusuf:",
 * "Agent (Priya):", "Support:", and the names chat tools write: "(09:20) Beatriz Souza:",
 * "Jonas (Lumenhaus) 09:44:". Groups: 1 a stamp before the speaker, 2 the speaker's words (one to
 * three, the second and third capitalised), 3 what follows them in brackets, 4 a stamp after them.
 */
const TURN_LABEL = new RegExp(
  String.raw`^[ \t]*(?:(${STAMP})[ \t]*(?:[-–|][ \t]*)?)?(\p{L}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2})(?:[ \t]*\(([^()\n]{1,30})\))?(?:[ \t]+(${STAMP}))?[ \t]*:[ \t]*`,
  'u',
)

/**
 * Role words of a plain-text export. Stricter than the CSV role column: "Contact:" or "User:" in an
 * e-mail's signature or a how-to are labels of another kind, so only words that name a side of a
 * chat count.
 */
const AGENT_ROLE = /^(?:agent|support|staff|operator|assistant|rep|representative|advisor|adviser|bot|seller|merchant)$/i
const CUSTOMER_ROLE = /^(?:customer|client|visitor|buyer|shopper|guest)$/i
/** Words that make a speaker a team whatever comes first: "Customer Service", "Casa Jabuti Support", "Care Team". */
const TEAM_WORD = /^(?:service|care|team|desk|helpdesk|bot|support)$/i
const CAPITALISED = /^\p{Lu}/u

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

export interface PlainTurn {
  /** Offsets of the turn's words in the source, after its label; continuation lines included. */
  start: number
  end: number
  kind: Extract<UnitKind, 'agent-turn' | 'customer-turn'>
}

/** A labelled line before its side is settled: a named speaker's side is known only once all lines are read. */
interface LabelledLine {
  start: number
  end: number
  kind: PlainTurn['kind'] | undefined
  /** The speaker as written, for a line whose side its label does not say ("Katrin Vogel"). */
  speaker: string
  stamped: boolean
}

function roleOf(word: string): PlainTurn['kind'] | undefined {
  if (AGENT_ROLE.test(word)) return 'agent-turn'
  if (CUSTOMER_ROLE.test(word)) return 'customer-turn'
  return undefined
}

/**
 * The side a label names, 'named' for a person's name alone, or undefined when the label is no
 * speaker at all. A role in brackets says it ("Lumi (bot)", "Anna (customer)"), then the words
 * ("Agent Priya", "Jabuti Bot", "Customer (Priya)"); a name with a company in brackets is staff
 * ("Jonas (Lumenhaus)"), as chat tools label their agents.
 */
function sideOf(speaker: string, bracket: string | undefined, stamped: boolean): PlainTurn['kind'] | 'named' | undefined {
  const bracketRole = bracket === undefined ? undefined : roleOf(bracket.trim())
  if (bracketRole) return bracketRole
  const words = speaker.split(/[ \t]+/)
  if (words.length > 1 && words.some((w) => TEAM_WORD.test(w))) return 'agent-turn'
  const role = roleOf(words[0]!)
  if (role) return role
  // A name is a speaker only in a time-stamped line: "Order Number: 4412" and "Kind regards, Tom:" are not.
  if (!stamped || !CAPITALISED.test(speaker)) return undefined
  return bracket === undefined ? 'named' : 'agent-turn'
}

/**
 * The turns of a plain-text chat export in `source[start, end)`, or undefined when the text is not
 * one: it needs at least three labelled lines (two when each has its time stamp, or when the customer's
 * comes first and each turn has a few words), an agent's and a customer's among them. Lines
 * without a label continue the turn above; text before the first label (a title, a date) is not a turn.
 * A time-stamped line may name its speaker only: when the labels name one side (the agents, by role or
 * company, and a bot), the one other name is the other side.
 */
export function plainTranscriptTurns(source: string, start: number, end: number): PlainTurn[] | undefined {
  const lines: LabelledLine[] = []
  for (let lineStart = start; lineStart < end; ) {
    const newline = source.indexOf('\n', lineStart)
    const lineEnd = newline === -1 || newline > end ? end : newline
    const label = TURN_LABEL.exec(source.slice(lineStart, lineEnd))
    const stamped = label !== null && (label[1] !== undefined || label[4] !== undefined)
    const side = label ? sideOf(label[2]!, label[3], stamped) : undefined
    if (label && side) {
      lines.push({ start: lineStart + label[0].length, end: lineEnd, kind: side === 'named' ? undefined : side, speaker: label[2]!, stamped })
    } else if (lines.length > 0) lines[lines.length - 1]!.end = lineEnd
    lineStart = lineEnd + 1
  }
  const turns = settleNamedSpeakers(lines)
  const allStamped = lines.every((line) => line.stamped)
  const bothSides = turns.some((t) => t.kind === 'agent-turn') && turns.some((t) => t.kind === 'customer-turn')
  const complete = bothSides && (turns.length >= (allStamped ? MIN_STAMPED_TURNS : MIN_TURNS) || isBareExchange(source, turns))
  return complete ? turns.map((t) => ({ ...t, end: trimEnd(source, t.start, t.end) })) : undefined
}

/**
 * Gives named speakers their side: one name beside labels of one side only is the other side
 * ("Katrin Vogel" beside "Lumi (bot)" and "Jonas (Lumenhaus)" is the customer). With two names, or
 * both sides labelled already, a name could be either: its lines then continue the turn above, as
 * any unlabelled line does.
 */
function settleNamedSpeakers(lines: readonly LabelledLine[]): PlainTurn[] {
  const names = new Set(lines.filter((line) => line.kind === undefined).map((line) => line.speaker))
  const agents = lines.some((line) => line.kind === 'agent-turn')
  const customers = lines.some((line) => line.kind === 'customer-turn')
  const other: PlainTurn['kind'] | undefined = names.size !== 1 || agents === customers ? undefined : agents ? 'customer-turn' : 'agent-turn'
  const turns: PlainTurn[] = []
  for (const { start, end, kind } of lines) {
    const side = kind ?? other
    if (side) turns.push({ start, end, kind: side })
    else if (turns.length > 0) turns[turns.length - 1]!.end = end
  }
  return turns
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
