/** A rule definition that cannot be used; `key` points at the offending field. */
export class RuleDefinitionError extends Error {
  constructor(
    message: string,
    readonly key: string,
  ) {
    super(key ? `${key}: ${message}` : message)
    this.name = 'RuleDefinitionError'
  }
}
