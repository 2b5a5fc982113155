import picomatch from 'picomatch'
import type { Channel } from '../types/unit.js'
import type { RegionContext } from '../region/region-context.js'
import type { PhraseRule } from './compile-phrase-rule.js'
import type { RuleScope } from './types.js'
import { normalizeWord } from './tokenize-phrase.js'

export interface ScopeSubject {
  unitText: string
  channel: Channel | undefined
  region: RegionContext
  /** Path relative to the config, forward slashes. */
  filePath: string | undefined
}

const fileMatchers = new WeakMap<RuleScope, (path: string) => boolean>()
const containsPatterns = new WeakMap<RuleScope, RegExp>()

function matchesFiles(scope: RuleScope, filePath: string | undefined): boolean {
  if (!scope.files || scope.files.length === 0) return true
  if (filePath === undefined) return false
  let match = fileMatchers.get(scope)
  if (!match) {
    match = picomatch(scope.files, { windows: false, dot: true, matchBase: !scope.files.some((g) => g.includes('/')) })
    fileMatchers.set(scope, match)
  }
  return match(filePath.replace(/\\/g, '/'))
}

function contains(scope: RuleScope, text: string): boolean {
  if (!scope.ifContains || scope.ifContains.length === 0) return true
  let pattern = containsPatterns.get(scope)
  if (!pattern) {
    const words = scope.ifContains.map((p) => normalizeWord(p).trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'))
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'u')
    containsPatterns.set(scope, pattern)
  }
  return pattern.test(normalizeWord(text))
}

/** True when a rule's scope (channels, regions, files, required words) covers this unit. */
export function inScope(rule: PhraseRule, subject: ScopeSubject): boolean {
  const scope = rule.scope
  if (!scope) return true
  if (scope.channels && scope.channels.length > 0 && (!subject.channel || !scope.channels.includes(subject.channel))) return false
  if (scope.regions && scope.regions.length > 0 && !scope.regions.some((r) => subject.region.is(r))) return false
  if (scope.notRegions && scope.notRegions.some((r) => subject.region.is(r))) return false
  return matchesFiles(scope, subject.filePath) && contains(scope, subject.unitText)
}
