import { setFlagsFromString } from 'node:v8'
import { run } from './run.js'

/**
 * A lint run ends before TurboFan's inlined code pays back its compile time, which competes
 * with linting for the cores (docs/decisions/0006). And a run is a batch job whose live data
 * stays small while it makes a lot of garbage: V8's default heap growth let one large file's
 * peak jump from about 370 MB to over 520 MB whenever a major GC fell on a passing peak;
 * growing by half keeps it near 250 MB at the same speed. Set only once linting starts: after
 * a flag change, Node compiles its own modules without their code cache, which a run the
 * cache answers would pay for nothing.
 */
function tuneV8ForLinting(): void {
  setFlagsFromString('--no-turbo-inlining')
  setFlagsFromString('--heap-growing-percent=50')
}

/**
 * A reader that stops early (`tactful lint | head`) closes the pipe: the rest of the report
 * has nowhere to go, which is no error of the run. Any other write failure is said once.
 */
function survivePipeErrors(stream: NodeJS.WriteStream): void {
  let said = false
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED' || said) return
    said = true
    if (stream !== process.stderr) process.stderr.write(`tactful: cannot write the report: ${error.message}\n`)
    process.exitCode = 2
  })
}

/** The process edge: the only place that touches process.exitCode. */
export async function main(): Promise<void> {
  survivePipeErrors(process.stdout)
  survivePipeErrors(process.stderr)
  process.exitCode = await run(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    // A getter: Node builds process.stdin (a stream, for a pipe a socket) on first use, and only --stdin and init read it.
    get stdin() {
      return process.stdin
    },
    cwd: process.cwd(),
    env: process.env,
    beforeLinting: tuneV8ForLinting,
  })
}
