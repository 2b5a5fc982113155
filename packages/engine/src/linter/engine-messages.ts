import type { LintMessage, Point } from '../types/message.js'

const ENGINE_DOCS = 'https://tactful.dev/docs/engine-messages#'

/** A message the engine itself raises: an unreadable file, an unused directive. */
export function engineMessage(ruleId: string, text: string, start: Point, fatal: boolean, end: Point = start): LintMessage {
  const message: LintMessage = {
    ruleId,
    severity: fatal ? 'error' : 'info',
    message: text,
    position: { start, end },
    url: ENGINE_DOCS + ruleId.replace('tactful/', ''),
  }
  if (fatal) message.fatal = true
  return message
}
