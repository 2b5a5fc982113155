import { expect } from 'vitest'
import { LocationIndex, type AnyRule, type LintMessage } from '@tactful/engine'

/** Every message carries its rule id and docs link, and its range slices exactly `actual`. */
export function checkMessageInvariants(message: LintMessage, text: string, rule: AnyRule): void {
  expect(message.ruleId).toBe(rule.meta.id)
  expect(message.url).toBe(rule.meta.docsUrl)
  expect(message.url).toMatch(/^https:\/\//)
  expect(message.category).toBe(rule.meta.category)
  const { start, end } = message.position
  expect(text.slice(start.offset, end.offset), 'range slices actual').toBe(message.actual)
  const locations = new LocationIndex(text)
  expect(locations.toPoint(start.offset), 'start line/column agree with offset').toEqual(start)
  expect(locations.toPoint(end.offset), 'end line/column agree with offset').toEqual(end)
  expect(message.message.length, 'message stays short').toBeLessThanOrEqual(160)
  if (message.fix) expect(rule.meta.fixable).toBe('fix')
  if (message.suggestions) expect(rule.meta.fixable).not.toBe(false)
  for (const s of message.suggestions ?? []) {
    expect(s.fix.range[0]).toBeGreaterThanOrEqual(0)
    expect(s.fix.range[1]).toBeLessThanOrEqual(text.length)
  }
}

/** `--fix` reaches the expected output, leaves no fixable message, and a second pass changes nothing. */
export function checkFixConvergence(
  lintFix: (text: string) => { output: string; messages: LintMessage[] },
  input: string,
  expectedOutput: string,
): void {
  const first = lintFix(input)
  expect(first.output).toBe(expectedOutput)
  expect(first.messages.filter((m) => m.fix), 'fixable messages left after --fix').toEqual([])
  const second = lintFix(first.output)
  expect(second.output, 'a second --fix pass changes nothing').toBe(first.output)
}
