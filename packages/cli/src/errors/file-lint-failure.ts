/**
 * A bug met while linting one file (a rule that threw, an adapter that crashed): the message
 * names the file, so the report can come with the input that caused it.
 */
export class FileLintFailure extends Error {
  constructor(
    readonly filePath: string,
    cause: unknown,
  ) {
    super(`while linting ${filePath}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
    this.name = 'FileLintFailure'
  }
}
