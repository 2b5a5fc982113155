import type { UnitKind } from '@tactful/engine'

export const ROLE_FIELDS = ['role', 'speaker', 'author', 'sender', 'from', 'author_type', 'sender_type', 'participant']
export const TEXT_FIELDS = ['text', 'message', 'body', 'content', 'utterance', 'comment', 'reply']
export const CONVERSATION_FIELDS = ['conversation_id', 'conversation', 'ticket_id', 'ticket', 'thread_id', 'thread', 'session_id', 'chat_id']

const AGENT = /^(agent|support|staff|operator|assistant|rep|representative|advisor|admin|bot|human_agent|seller|merchant)$/i
const CUSTOMER = /^(customer|user|client|visitor|buyer|end[-_ ]?user|requester|shopper|contact|guest)$/i

/** The unit kind of a turn by its role, or null for roles that are not linted (system notes). */
export function turnKind(role: string): UnitKind | null {
  const value = role.trim()
  if (AGENT.test(value)) return 'agent-turn'
  if (CUSTOMER.test(value)) return 'customer-turn'
  return null
}

/** Index of the first header that names one of `fields`, case-insensitively. */
export function findField(headers: readonly string[], fields: readonly string[]): number {
  const lower = headers.map((h) => h.trim().toLowerCase())
  for (const field of fields) {
    const index = lower.indexOf(field)
    if (index !== -1) return index
  }
  return -1
}
