import { describe, expect, it } from 'vitest'
import { createLinter, isPhraseRule, plainTextAdapter, type Adapter, type AnyRule, type LintMessage, type LinterSetup, type TactfulConfig } from '@tactful/engine'
import type { CaseSettings, InvalidCase, RuleCases, ValidCase } from './cases.js'
import { checkCases } from './check-cases.js'
import { checkMessageInvariants, checkFixConvergence } from './invariants.js'

export interface RuleTesterSetup extends Omit<LinterSetup, 'rules'> {
  /** Rules the case config may need besides the one under test (none by default). */
  rules?: ReadonlyMap<string, AnyRule>
}

function settings(c: string | ValidCase): ValidCase {
  return typeof c === 'string' ? { text: c } : c
}

/** Lints one case with only the rule under test enabled, at its default severity; `fix` applies fixes. */
export function lintCase(rule: AnyRule, c: CaseSettings, setup: RuleTesterSetup, fix = false) {
  const id = rule.meta.id
  const config: TactfulConfig = {
    extends: [],
    rules: { [id]: c.options === undefined ? rule.meta.defaultSeverity : [rule.meta.defaultSeverity, c.options] },
  }
  const rules = new Map(setup.rules ?? [])
  rules.set(id, rule)
  const adapters = adaptersFor(c, setup)
  const linter = createLinter(config, { ...setup, rules, presets: setup.presets ?? new Map(), ...(adapters ? { adapters } : {}) })
  return linter.lint(c.text, {
    fix,
    ...(c.format ? { format: c.format } : {}),
    ...(c.region !== undefined ? { region: c.region } : {}),
    ...(c.channel ? { channel: c.channel } : {}),
    ...(c.complaint !== undefined ? { complaint: c.complaint } : {}),
    ...(c.voice ? { voice: c.voice } : {}),
  })
}

/**
 * The engine takes the customer's turn from the units an adapter extracts (a
 * transcript's agent turn), not from lint options: every adapter is wrapped to
 * hand the case's turn to the units that carry none.
 */
function adaptersFor(c: CaseSettings, setup: RuleTesterSetup): readonly Adapter[] | undefined {
  const turn = c.previousCustomerTurn
  if (turn === undefined) return setup.adapters
  const given = setup.adapters ?? []
  // Without a `text` adapter the engine falls back to its own, which the wrapping would miss.
  const all = given.some((a) => a.id === 'text') ? given : [...given, plainTextAdapter]
  return all.map((adapter) => withCustomerTurn(adapter, turn))
}

function withCustomerTurn(adapter: Adapter, previousCustomerTurn: string): Adapter {
  return {
    ...adapter,
    extract(text, filePath) {
      const extracted = adapter.extract(text, filePath)
      const units = extracted.units.map((unit) => (unit.previousCustomerTurn === undefined ? { ...unit, previousCustomerTurn } : unit))
      return { ...extracted, units }
    },
  }
}

function describeCase(c: CaseSettings): string {
  const extra = [c.format, c.channel, c.region && `region ${String(c.region)}`, c.previousCustomerTurn !== undefined && 'after a customer turn']
    .filter(Boolean)
    .join(', ')
  const text = c.text.length > 70 ? `${c.text.slice(0, 67)}...` : c.text
  return `${JSON.stringify(text)}${extra ? ` (${extra})` : ''}`
}

/**
 * Registers vitest tests for a rule's cases, enforcing the invariants on every
 * case: ids and docs links on every message, ranges that slice exactly
 * `actual`, no messages for valid cases, exact matches for invalid ones,
 * fixes that converge, and every messageId used. Fails at once, naming the
 * case, when a case is malformed (a missing `text`, an unknown key, an invalid
 * case with no errors).
 */
export function runRuleCases(rule: AnyRule, cases: RuleCases, setup: RuleTesterSetup = {}): void {
  const id = rule.meta.id
  // Cases written inline skip loadCases: check them here too, before a malformed one crashes or passes vacuously.
  checkCases(cases, id)
  describe(id, () => {
    const usedMessageIds = new Set<string>()
    const seen = new Set<string>()
    const duplicates: string[] = []
    for (const c of [...cases.valid.map(settings), ...cases.invalid]) {
      const key = JSON.stringify({ ...c, errors: undefined, output: undefined })
      if (seen.has(key)) duplicates.push(describeCase(c))
      seen.add(key)
    }
    it('has no duplicate cases', () => expect(duplicates).toEqual([]))

    for (const raw of cases.valid) {
      const c = settings(raw)
      it(`valid: ${describeCase(c)}`, () => {
        expect(validCaseProblems(lintCase(rule, c, setup).messages, c, id)).toEqual([])
      })
    }

    for (const c of cases.invalid) {
      it(`invalid: ${describeCase(c)}`, () => {
        const result = lintCase(rule, c, setup)
        const messages = result.messages.filter((m) => m.ruleId === id)
        for (const m of messages) {
          checkMessageInvariants(m, c.text, rule)
          if (m.messageId) usedMessageIds.add(m.messageId)
        }
        expect(result.messages.filter((m) => m.ruleId !== id).map(summary), 'messages from other rules').toEqual([])
        expect(messages.map((m, i) => pick(m, c.errors[i] ?? c.errors[0]!))).toEqual(c.errors.map((e) => expectedShape(e)))
        if (rule.meta.fixable === 'fix') {
          expect(c.output, 'a fixable rule needs `output` in its invalid cases').toBeTypeOf('string')
        }
        if (c.output !== undefined) {
          checkFixConvergence((text) => lintFix(rule, { ...c, text }, setup), c.text, c.output)
        }
      })
    }

    it('uses every messageId in at least one invalid case', () => {
      const declared = isPhraseRule(rule) ? new Set(rule.patterns.map((p) => p.messageId)) : new Set(Object.keys(rule.meta.messages))
      const unused = [...declared].filter((m) => !usedMessageIds.has(m))
      expect(unused, 'messageIds no invalid case produces').toEqual([])
    })
  })
}

function lintFix(rule: AnyRule, c: CaseSettings, setup: RuleTesterSetup): { output: string; messages: LintMessage[] } {
  const result = lintCase(rule, c, setup, true)
  return { output: result.output ?? c.text, messages: result.messages }
}

/**
 * What is wrong with a valid case's findings: any warning or error, any info finding the case does
 * not list in `info`, and any it lists that did not come.
 */
export function validCaseProblems(messages: readonly LintMessage[], c: ValidCase, id: string): string[] {
  const expected = [...(c.info ?? [])]
  const problems: string[] = []
  for (const m of messages) {
    const at = m.severity === 'info' && m.ruleId === id ? expected.indexOf(m.actual ?? '') : -1
    if (at === -1) problems.push(summary(m))
    else expected.splice(at, 1)
  }
  return [...problems, ...expected.map((actual) => `expected an info finding on “${actual}”`)]
}

function summary(m: LintMessage): string {
  return `${m.ruleId} ${m.position.start.line}:${m.position.start.column} “${m.actual ?? ''}” ${m.message}`
}

function expectedShape(e: InvalidCase['errors'][number]): Record<string, unknown> {
  const shape: Record<string, unknown> = { actual: e.actual }
  if (e.messageId !== undefined) shape.messageId = e.messageId
  if (e.line !== undefined) shape.line = e.line
  if (e.column !== undefined) shape.column = e.column
  if (e.severity !== undefined) shape.severity = e.severity
  if (e.suggestions !== undefined) shape.suggestions = e.suggestions
  if (e.message !== undefined) shape.message = e.message
  return shape
}

/** Projects a message onto the fields its expected error names. */
function pick(m: LintMessage, e: InvalidCase['errors'][number]): Record<string, unknown> {
  const shape: Record<string, unknown> = { actual: m.actual }
  if (e.messageId !== undefined) shape.messageId = m.messageId
  if (e.line !== undefined) shape.line = m.position.start.line
  if (e.column !== undefined) shape.column = m.position.start.column
  if (e.severity !== undefined) shape.severity = m.severity
  if (e.suggestions !== undefined) shape.suggestions = (m.suggestions ?? []).map((s) => s.fix.text)
  if (e.message !== undefined) shape.message = m.message
  return shape
}
