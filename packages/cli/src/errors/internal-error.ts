/** A bug in tactful, not the user's mistake: one line and a plea to report; the stack only with TACTFUL_DEBUG=1. */
export function internalError(error: unknown, debug: boolean): string {
  const message = error instanceof Error ? error.message : String(error)
  const head = `tactful: internal error: ${message.split('\n')[0]}\nThis is a bug in tactful; please report it at https://tactful.dev/issues (set TACTFUL_DEBUG=1 for details).`
  return debug && error instanceof Error && error.stack ? `${head}\n${stackWithCauses(error)}` : head
}

/** The stack and those of its causes: a rule's own stack sits under the engine's wrapper. */
export function stackWithCauses(error: Error): string {
  let text = error.stack ?? error.message
  for (let cause = error.cause; cause instanceof Error; cause = cause.cause) text += `\nCaused by: ${cause.stack ?? cause.message}`
  return text
}
