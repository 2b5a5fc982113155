/**
 * A configuration a user wrote that cannot be used. Names the file and the key so the fix is
 * obvious: `message` is "tactful.config.js: rules.no-such-rule: unknown rule", as logged by
 * anyone who prints `error.message`; `reason` is the last part alone.
 */
export class ConfigError extends Error {
  readonly reason: string

  constructor(
    reason: string,
    readonly key?: string,
    readonly file?: string,
  ) {
    super([file, key, reason].filter(Boolean).join(': '))
    this.name = 'ConfigError'
    this.reason = reason
  }

  override toString(): string {
    return this.message
  }

  withFile(file: string): ConfigError {
    return new ConfigError(this.reason, this.key, file)
  }
}
