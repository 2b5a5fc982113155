import type { LintMessage } from '../types/message.js'
import type { Directive } from './directive.js'
import type { LocationIndex } from '../position/location-index.js'

export interface DirectiveOutcome {
  messages: LintMessage[]
  unused: Directive[]
}

function covers(directive: Directive, ruleId: string): boolean {
  return directive.ruleIds === null || directive.ruleIds.includes(ruleId)
}

/**
 * Drops messages that inline directives turn off. Directives are ignore
 * ranges over the original file, so they work the same in every format.
 */
export function applyDirectives(
  messages: LintMessage[],
  directives: readonly Directive[],
  locations: LocationIndex,
): DirectiveOutcome {
  if (directives.length === 0) return { messages, unused: [] }
  const ordered = [...directives].sort((a, b) => a.range[0] - b.range[0])
  const lineOf = new Map<Directive, { start: number; end: number }>()
  for (const d of ordered) {
    lineOf.set(d, { start: locations.toPoint(d.range[0]).line, end: locations.toPoint(d.range[1]).line })
  }
  const used = new Set<Directive>()

  const kept = messages.filter((message) => {
    if (message.fatal) return true
    const offset = message.position.start.offset
    const line = message.position.start.line
    let blockedBy: Directive | undefined
    let allOff: Directive | undefined
    const off = new Map<string, Directive>()
    const backOn = new Set<string>()
    for (const d of ordered) {
      if (d.range[0] > offset) break
      if (d.kind === 'disable') {
        if (d.ruleIds === null) {
          allOff = d
          backOn.clear()
        } else for (const id of d.ruleIds) off.set(id, d), backOn.delete(id)
      } else if (d.kind === 'enable') {
        if (d.ruleIds === null) {
          allOff = undefined
          off.clear()
        } else for (const id of d.ruleIds) off.delete(id), backOn.add(id)
      }
    }
    blockedBy = off.get(message.ruleId) ?? (allOff && !backOn.has(message.ruleId) ? allOff : undefined)
    if (!blockedBy) {
      for (const d of ordered) {
        const lines = lineOf.get(d)!
        if (d.kind === 'disable-line' && lines.start <= line && line <= lines.end && covers(d, message.ruleId)) blockedBy = d
        else if (d.kind === 'disable-next-line' && line === lines.end + 1 && covers(d, message.ruleId)) blockedBy = d
        if (blockedBy) break
      }
    }
    if (blockedBy) {
      used.add(blockedBy)
      return false
    }
    return true
  })

  const unused = ordered.filter((d) => d.kind !== 'enable' && !used.has(d))
  return { messages: kept, unused }
}
