/** A configuration a user wrote that cannot be used. Names the file and the key so the fix is obvious. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly key?: string,
    readonly file?: string,
  ) {
    super(message)
    this.name = 'ConfigError'
  }

  /** "tactful.config.js: rules.no-such-rule: unknown rule" */
  override toString(): string {
    return [this.file, this.key, this.message].filter(Boolean).join(': ')
  }

  withFile(file: string): ConfigError {
    return new ConfigError(this.message, this.key, file)
  }
}
