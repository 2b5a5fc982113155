import { UserError } from './user-error.js'

/** A path or glob the user named whose every file is ignored: said, as ESLint does, rather than a silent exit 0. */
export function allFilesIgnored(pattern: string): UserError {
  return new UserError(`All files matched by "${pattern}" are ignored by .tactfulignore or the config's ignores.`)
}
