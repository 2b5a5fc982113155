/**
 * A mistake the user can fix (bad flag, missing path, broken config): printed
 * as one clear message, never with a stack trace, and exits 2.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UserError'
  }
}
