import { UserError } from './user-error.js'

export function missingPath(path: string): UserError {
  return new UserError(`No such file or directory: ${path}\nCheck the path, or quote a glob so the shell passes it on ("**/*.md").`)
}
