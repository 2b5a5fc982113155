import { UserError } from './user-error.js'

export function noFilesMatched(pattern: string): UserError {
  return new UserError(`No files matching "${pattern}" were found.`)
}
