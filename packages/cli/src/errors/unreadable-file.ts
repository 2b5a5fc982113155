import { UserError } from './user-error.js'

/** A path that exists but cannot be read (permissions, a socket). */
export function unreadableFile(path: string, reason: string): UserError {
  return new UserError(`Cannot read ${path}: ${reason}`)
}
