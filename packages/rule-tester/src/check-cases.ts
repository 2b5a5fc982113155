import type { CaseSettings, ExpectedError, InvalidCase, RuleCases, ValidCase } from './cases.js'

// Records, not lists: the compiler then insists a field added to the interfaces is added here too.
const CASE_KEYS: Record<keyof CaseSettings, true> = {
  text: true, region: true, channel: true, format: true, options: true, complaint: true, voice: true, previousCustomerTurn: true,
}
const VALID_CASE_KEYS: Record<keyof ValidCase, true> = { ...CASE_KEYS, info: true }
const INVALID_CASE_KEYS: Record<keyof InvalidCase, true> = { ...CASE_KEYS, errors: true, output: true }
const ERROR_KEYS: Record<keyof ExpectedError, true> = {
  messageId: true, actual: true, line: true, column: true, severity: true, suggestions: true, message: true,
}

type Fields = Record<string, unknown>

/**
 * Checks the shape of a rule's cases and returns them typed, or fails naming
 * every malformed case. A misspelt key would otherwise be ignored and the case
 * would test less than it says; an invalid case without errors would pass
 * whenever the rule reports nothing.
 */
export function checkCases(data: unknown, source: string): RuleCases {
  if (!isFields(data) || !Array.isArray(data.valid) || !Array.isArray(data.invalid)) {
    throw new Error(`${source}: needs "valid" and "invalid" lists`)
  }
  const problems = [
    ...data.valid.flatMap((c: unknown, i) => (typeof c === 'string' ? [] : validCaseProblems(c)).map((p) => `valid[${i}] ${label(c)}: ${p}`)),
    ...data.invalid.flatMap((c: unknown, i) => invalidCaseProblems(c).map((p) => `invalid[${i}] ${label(c)}: ${p}`)),
  ]
  if (problems.length > 0) throw new Error(`${source}: malformed cases\n${problems.map((p) => `  ${p}`).join('\n')}`)
  return data as unknown as RuleCases
}

function caseProblems(c: unknown, known: Fields): string[] {
  if (!isFields(c)) return ['not an object with "text"']
  const problems = unknownKeys(c, known)
  if (typeof c.text !== 'string') problems.unshift('needs "text" (a string)')
  return problems
}

function validCaseProblems(c: unknown): string[] {
  const problems = caseProblems(c, VALID_CASE_KEYS)
  if (!isFields(c) || c.info === undefined) return problems
  const info = c.info
  if (!Array.isArray(info) || info.length === 0 || info.some((a) => typeof a !== 'string')) return [...problems, '"info" must list the matched words of each expected info finding']
  return problems
}

function invalidCaseProblems(c: unknown): string[] {
  const problems = caseProblems(c, INVALID_CASE_KEYS)
  if (!isFields(c)) return problems
  if (!Array.isArray(c.errors) || c.errors.length === 0) return [...problems, 'needs at least one expected error in "errors"']
  return [...problems, ...c.errors.flatMap((e: unknown, i) => errorProblems(e).map((p) => `errors[${i}]: ${p}`))]
}

function errorProblems(e: unknown): string[] {
  if (!isFields(e)) return ['not an object with "actual"']
  const problems = unknownKeys(e, ERROR_KEYS)
  if (typeof e.actual !== 'string') problems.unshift('needs "actual" (a string)')
  return problems
}

function unknownKeys(fields: Fields, known: Fields): string[] {
  return Object.keys(fields)
    .filter((key) => !Object.hasOwn(known, key))
    .map((key) => {
      const near = closest(key, Object.keys(known))
      return `unknown key "${key}"${near ? ` (did you mean "${near}"?)` : ''}`
    })
}

/** The known key a typo most likely meant: at most two edits away. */
function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase())
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance]
  }
  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = row
  }
  return previous[b.length]!
}

/** The case as a reader finds it in the file: its text, or the whole case when it has none. */
function label(c: unknown): string {
  const shown = JSON.stringify(isFields(c) && typeof c.text === 'string' ? c.text : c) ?? String(c)
  return shown.length > 70 ? `${shown.slice(0, 67)}...` : shown
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
