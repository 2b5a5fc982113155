import { relative } from 'node:path'
import type { ConfigError } from '@tactful/engine'
import { UserError } from './user-error.js'

/** A broken config: names the file and the key, e.g. `.tactfulrc.yaml: rules.no-such-rule: unknown rule`. */
export function configProblem(error: ConfigError, cwd: string): UserError {
  const file = error.file ? relative(cwd, error.file) || error.file : undefined
  const where = [file, error.key].filter(Boolean).join(': ')
  return new UserError(`Invalid configuration${where ? ` in ${where}` : ''}: ${error.reason}`)
}
