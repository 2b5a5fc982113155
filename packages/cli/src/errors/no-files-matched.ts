import { UserError } from './user-error.js'

export function noFilesMatched(pattern: string): UserError {
  return new UserError(`No files matching "${pattern}" were found (or all of them are ignored by .tactfulignore or the config's ignores).`)
}
