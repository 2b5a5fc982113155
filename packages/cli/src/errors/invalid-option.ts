import { UserError } from './user-error.js'

/** "--max-warnings: expected a whole number ≥ -1, got "lots"" */
export function invalidOption(flag: string, problem: string): UserError {
  return new UserError(`${flag}: ${problem}\nRun "tactful --help" for the list of options.`)
}
