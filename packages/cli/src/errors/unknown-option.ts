import { UserError } from './user-error.js'

export function unknownOption(flag: string, command: string): UserError {
  return new UserError(`unknown option ${flag} for "tactful ${command}"\nRun "tactful ${command} --help" for the list of options.`)
}
