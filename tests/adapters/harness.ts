import { expect } from 'vitest'
import { createLinter } from '@tactful/core'
import { adapters, scanTags } from '@tactful/adapters'
import type { LintMessage, TactfulConfig } from '@tactful/engine'

/** A linter with only the rules a test names, so its assertions are exact. */
export function linterWith(rules: TactfulConfig['rules'] = { 'no-blame-language': 'warning' }) {
  return createLinter({ extends: [], rules })
}

const linters = new Map<string, ReturnType<typeof createLinter>>()

/** Compiling every built-in rule takes a while: share one linter per config. */
function cachedLinter(config: TactfulConfig) {
  const key = JSON.stringify(config)
  let linter = linters.get(key)
  if (!linter) linters.set(key, (linter = createLinter(config)))
  return linter
}

export function adapterById(id: string) {
  const adapter = adapters.find((a) => a.id === id)
  if (!adapter) throw new Error(`no adapter ${id}`)
  return adapter
}

export interface Checked {
  messages: LintMessage[]
  /** The file after applying each fix or suggestion on its own. */
  edited: string[]
}

/**
 * Lints a file and proves the adapter contract on every message: the range
 * slices exactly `actual`; every fix and suggestion leaves every template tag
 * and masked range byte-identical, and the edited file still reads without
 * error (plus `valid`, a format check such as JSON.parse).
 */
export function lintChecked(text: string, filePath: string, options: { rules?: TactfulConfig['rules']; config?: TactfulConfig; format?: string; valid?: (edited: string) => void } = {}): Checked {
  const linter = options.config ? cachedLinter(options.config) : linterWith(options.rules)
  const lintOptions = options.format ? { filePath, format: options.format } : { filePath }
  const result = linter.lint(text, lintOptions)
  const adapter = linter.adapterFor(filePath, options.format)!
  const extracted = adapter.extract(text, filePath)
  expect(extracted.error).toBeUndefined()
  // Each unit's span in the file and its masked ranges. A branch hidden in one variant is prose in
  // another: a range counts as masked for a fix when every unit that spans the fix masks it.
  const spans = extracted.units.map((unit) => ({
    from: unit.offsetMap.toFile(0, 'start'),
    to: unit.offsetMap.toFile(unit.text.length, 'end'),
    masked: unit.placeholders.map(([s, e]) => [unit.offsetMap.toFile(s, 'start'), unit.offsetMap.toFile(e, 'end')] as [number, number]),
  }))
  const tagsBefore = scanTags(text).map((t) => t.raw)
  const edited: string[] = []
  for (const message of result.messages) {
    const [from, to] = [message.position.start.offset, message.position.end.offset]
    if (text.slice(from, to) !== message.actual) {
      // Inside a decoded stretch (an encoded-word subject, a base64 body) the file has no text of the finding's
      // own: the message quotes the decoded words, and its position spans the stretch.
      const decoded = extracted.units.some((unit) => unit.text.includes(message.actual!) && unit.offsetMap.parts.some((part) => part.length !== part.fileLength && part.fileStart <= from && to <= part.fileStart + part.fileLength))
      expect(decoded, `“${message.actual}” is not the text at ${from}–${to}, nor inside a decoded stretch`).toBe(true)
    }
    const fixes = [...(message.fix ? [message.fix] : []), ...(message.suggestions ?? []).map((s) => s.fix)]
    for (const fix of fixes) {
      const [start, end] = fix.range
      const covering = spans.filter((span) => span.from <= start && end <= span.to)
      const hits = covering.map((span) => span.masked.find(([s, e]) => start < e && s < end))
      if (covering.length > 0 && hits.every(Boolean)) {
        const [s, e] = hits[0]!
        expect.fail(`fix ${JSON.stringify(fix)} touches masked ${text.slice(s, e)}`)
      }
      const after = text.slice(0, start) + fix.text + text.slice(end)
      expect(scanTags(after).map((t) => t.raw)).toEqual(tagsBefore)
      expect(adapter.extract(after, filePath).error).toBeUndefined()
      options.valid?.(after)
      edited.push(after)
    }
  }
  return { messages: result.messages, edited }
}

/** Rule id and the exact text of each message, in file order. */
export function summary(messages: readonly LintMessage[]): Array<[string, string]> {
  return messages.map((m) => [m.ruleId, m.actual ?? ''])
}
