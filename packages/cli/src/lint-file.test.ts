import { describe, expect, it } from 'vitest'
import { ConfigError, RuleError } from '@tactful/engine'
import type { FileConfig } from './configs.js'
import { internalError } from './errors/internal-error.js'
import { lintDecoded } from './lint-file.js'
import { deserializeError, serializeError } from './worker-protocol.js'

/** A config whose linter throws what it is given, as a rule's bug would. */
function throwing(error: unknown): FileConfig {
  return { linter: { lint: () => { throw error } }, relativePath: (p: string) => p } as unknown as FileConfig
}

describe('a bug met while linting one file', () => {
  const bug = new RuleError('no-asap', new TypeError("Cannot read properties of undefined (reading 'value')"))

  it('names the file, and keeps the rule and its stack as causes', () => {
    let caught: unknown
    try {
      lintDecoded('Hello', '/repo/mail/a.txt', throwing(bug), { fix: false, fixDryRun: false })
    } catch (error) {
      caught = error
    }
    expect((caught as Error).message).toBe(`while linting /repo/mail/a.txt: Rule "no-asap" failed: Cannot read properties of undefined (reading 'value')`)
    expect(internalError(caught, false).split('\n')[0]).toBe(`tactful: internal error: while linting /repo/mail/a.txt: Rule "no-asap" failed: Cannot read properties of undefined (reading 'value')`)
    // With TACTFUL_DEBUG=1 the rule's own stack is printed under the wrappers'.
    expect(internalError(caught, true)).toContain("Caused by: TypeError: Cannot read properties of undefined (reading 'value')")
  })

  it('keeps the causes when the error crosses from a worker', () => {
    let caught: unknown
    try {
      lintDecoded('Hello', '/repo/a.txt', throwing(bug), { fix: false, fixDryRun: false })
    } catch (error) {
      caught = error
    }
    const crossed = deserializeError(serializeError(caught))
    expect(crossed.message).toContain('while linting /repo/a.txt')
    expect(crossed.stack).toContain('Caused by: RuleError: Rule "no-asap" failed')
    expect(crossed.stack).toContain('Caused by: TypeError')
  })

  it('passes a configuration error through untouched: it is the user\'s to fix, not a bug', () => {
    const config = new ConfigError('unknown format "xml"', 'format')
    expect(() => lintDecoded('Hello', '/repo/a.txt', throwing(config), { fix: false, fixDryRun: false })).toThrow(config)
  })
})
