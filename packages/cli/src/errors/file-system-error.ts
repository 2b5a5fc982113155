import { isAbsolute, relative } from 'node:path'
import { UserError } from './user-error.js'

/** Node's codes for the file-system failures a user causes and can fix, in words. */
const REASONS: Record<string, string> = {
  EISDIR: 'is a directory',
  ENOTDIR: 'part of the path is a file, not a directory',
  EEXIST: 'part of the path is a file, not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  ENOENT: 'no such file or directory',
}

/** The reason for an ordinary file-system failure, or undefined when `error` is something else (a bug). */
export function fileSystemReason(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return typeof code === 'string' ? REASONS[code] : undefined
}

/** A path as the user would type it: relative to cwd when inside it. */
function shown(path: string, cwd: string | undefined): string {
  if (cwd === undefined) return path
  const rel = relative(cwd, path)
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path
}

/**
 * `tactful: cannot write report.json: is a directory`: an ordinary I/O failure is the user's to
 * fix, not a bug in tactful. Anything else is returned unchanged, to be reported as internal.
 */
export function fileSystemError(error: unknown, action: 'read' | 'write', path: string, cwd?: string): unknown {
  const reason = fileSystemReason(error)
  return reason === undefined ? error : new UserError(`cannot ${action} ${shown(path, cwd)}: ${reason}`)
}
