import type { ConfigError } from '@tactful/core'

/** By name, so --help, --version and cached runs never load the engine to check a class. */
export function isConfigError(error: unknown): error is ConfigError {
  return error instanceof Error && error.name === 'ConfigError'
}
