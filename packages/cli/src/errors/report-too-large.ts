import { UserError } from './user-error.js'

/** V8 refuses a string past about 2^29 characters; a report that long fails where it is joined. */
export function isStringTooLong(error: unknown): boolean {
  return error instanceof RangeError && /Invalid string length/.test(error.message)
}

/** "the report of 1,412,055 findings is too large to write as one text …" */
export function reportTooLarge(findings: number): UserError {
  return new UserError(
    `the report of ${findings.toLocaleString('en')} findings is too large to build as one text (Node stops at about 512 MB); ` +
      'lint fewer or smaller files per run, or choose a shorter format (--format compact, or --quiet for errors only)',
  )
}
