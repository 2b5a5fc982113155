import { parseTree, printParseErrorCode, visit, type Node, type ParseError } from 'jsonc-parser'
import { parseDirective, type Adapter, type Directive, type LintUnit } from '@tactful/engine'
import { UnitBuilder } from './unit-builder.js'
import { appendJsonString, escapeJson } from './formats/json-string.js'
import { isProseValue } from './formats/prose-value.js'
import { joinKey } from './formats/key-path.js'
import { maskUnitPlaceholders } from './template/mask-unit.js'
import { formatSpec } from './formats-list.js'

/** Directives in `//` and `/* *\/` comments (JSONC catalogues). */
export function jsonCommentDirectives(text: string, offset = 0): Directive[] {
  const directives: Directive[] = []
  visit(text, {
    onComment(start, length) {
      const raw = text.slice(start, start + length)
      const body = raw.startsWith('//') ? raw.slice(2) : raw.slice(2, -2)
      const directive = parseDirective(body, [offset + start, offset + start + length])
      if (directive) directives.push(directive)
    },
  }, { disallowComments: false })
  return directives
}

/** One `entry` unit per prose string value of a JSON tree, keyed by its path. */
export function jsonStringUnits(source: string, root: Node, rootKey = ''): LintUnit[] {
  const units: LintUnit[] = []
  walk(root, rootKey, undefined)
  return units

  function walk(node: Node, key: string, last: string | number | undefined): void {
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [name, value] = property.children ?? []
        if (name && value) walk(value, joinKey(key, String(name.value)), String(name.value))
      }
    } else if (node.type === 'array') {
      ;(node.children ?? []).forEach((child, index) => walk(child, joinKey(key, index), index))
    } else if (node.type === 'string' && isProseValue(last, String(node.value))) {
      const builder = new UnitBuilder(source)
      appendJsonString(builder, source, node.offset + 1, node.offset + node.length - 1)
      units.push(maskUnitPlaceholders(builder.build('entry', [], { key })))
    }
  }
}

/**
 * JSON catalogues of macros, saved replies or i18n messages: every prose
 * string value is an `entry` unit whose `key` is its path. Comments (JSONC)
 * carry directives; replacements are escaped for JSON strings.
 */
export const jsonAdapter: Adapter = {
  ...formatSpec('json'),
  extract(text) {
    if (text.trim() === '') return { units: [], directives: [] }
    const errors: ParseError[] = []
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false })
    const first = errors[0]
    if (first || !root) {
      return { units: [], directives: [], error: { message: `invalid JSON: ${first ? printParseErrorCode(first.error) : 'empty file'}`, offset: first?.offset ?? 0 } }
    }
    return { units: jsonStringUnits(text, root), directives: jsonCommentDirectives(text) }
  },
  encodeReplacement: (text) => escapeJson(text),
}
