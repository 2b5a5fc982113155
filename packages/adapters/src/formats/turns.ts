import type { LintUnit } from '@tactful/engine'

export interface Turn {
  unit: LintUnit
  /** The turn's text as written, for the next agent turn's `previousCustomerTurn`. */
  plain: string
  conversation?: string
}

/**
 * Gives the first agent turn after customer turns the customer's words
 * (consecutive customer turns joined), so a rule can ask for acknowledgement
 * after an angry message. A new conversation starts afresh.
 */
export function linkTurns(turns: readonly Turn[]): LintUnit[] {
  let pending: string[] = []
  let conversation: string | undefined
  return turns.map((turn) => {
    if (turn.conversation !== conversation) {
      pending = []
      conversation = turn.conversation
    }
    if (turn.unit.kind === 'customer-turn') {
      pending.push(turn.plain)
      return turn.unit
    }
    if (turn.unit.kind !== 'agent-turn' || pending.length === 0) return turn.unit
    const unit = { ...turn.unit, previousCustomerTurn: pending.join('\n') }
    pending = []
    return unit
  })
}
