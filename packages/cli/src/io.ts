import type { LinterSetup } from '@tactful/core'

/** Everything the CLI touches of the outside world; bin.ts passes the process's, tests their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
  stdin: NodeJS.ReadableStream
  cwd: string
  env: NodeJS.ProcessEnv
  /** Extra rules, presets or adapters for embedders and tests (never passed to workers). */
  setup?: Partial<LinterSetup>
  /** Called once when a run is about to lint files the cache cannot answer; bin.ts tunes V8 there. */
  beforeLinting?(): void
}
