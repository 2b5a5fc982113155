import { ConfigError } from '@tactful/engine'
import type { FileResult } from '@tactful/formatters'
import { UserError } from './errors/user-error.js'
import { stackWithCauses } from './errors/internal-error.js'

/** A batch of files for one worker; plain data only (paths, never functions). */
export interface WorkerTask {
  id: number
  files: string[]
}

export type SerializedError =
  | { kind: 'config'; message: string; key?: string; file?: string }
  | { kind: 'user'; message: string }
  | { kind: 'internal'; message: string; stack?: string }

export type WorkerReply = { id: number; results: FileResult[] } | { id: number; error: SerializedError }

export function serializeError(error: unknown): SerializedError {
  if (error instanceof ConfigError) return { kind: 'config', message: error.reason, ...(error.key ? { key: error.key } : {}), ...(error.file ? { file: error.file } : {}) }
  if (error instanceof UserError) return { kind: 'user', message: error.message }
  const e = error instanceof Error ? error : new Error(String(error))
  // A worker's error crosses as plain data: its causes' stacks travel inside `stack`.
  return { kind: 'internal', message: e.message, ...(e.stack ? { stack: stackWithCauses(e) } : {}) }
}

export function deserializeError(error: SerializedError): Error {
  if (error.kind === 'config') return new ConfigError(error.message, error.key, error.file)
  if (error.kind === 'user') return new UserError(error.message)
  const e = new Error(error.message)
  if (error.stack) e.stack = error.stack
  return e
}
