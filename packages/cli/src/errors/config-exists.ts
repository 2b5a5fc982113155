import { UserError } from './user-error.js'

export function configExists(path: string): UserError {
  return new UserError(`${path} already exists; pass --force to overwrite it.`)
}
