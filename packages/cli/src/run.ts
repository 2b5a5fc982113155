export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  stdin: NodeJS.ReadableStream
  cwd: string
  env: NodeJS.ProcessEnv
}

/** Runs the CLI and resolves to its exit code; never calls process.exit. */
export async function run(argv: string[], io: CliIo): Promise<0 | 1 | 2> {
  io.stderr.write(`tactful: not implemented yet (${argv.join(' ')})\n`)
  return 2
}
