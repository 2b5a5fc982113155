import { UserError } from './user-error.js'

/**
 * `tactful init` found a config already. `other`: it is not the file init writes, so --force cannot
 * help: one of the two would be read and the other ignored.
 */
export function configExists(path: string, other = false): UserError {
  if (other) return new UserError(`${path} already configures tactful here; edit it, or remove it before running "tactful init".`)
  return new UserError(`${path} already exists; pass --force to overwrite it.`)
}
