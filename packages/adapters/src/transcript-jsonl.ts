import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import type { Adapter } from '@tactful/engine'
import { UnitBuilder } from './unit-builder.js'
import { appendJsonString, escapeJson } from './formats/json-string.js'
import { CONVERSATION_FIELDS, ROLE_FIELDS, TEXT_FIELDS, turnKind } from './formats/turn-roles.js'
import { linkTurns, type Turn } from './formats/turns.js'
import { maskUnitPlaceholders } from './template/mask-unit.js'
import { formatSpec } from './formats-list.js'

function property(object: Node, names: readonly string[]): Node | undefined {
  for (const name of names) {
    const found = object.children?.find((p) => String(p.children?.[0]?.value).toLowerCase() === name)
    if (found?.children?.[1]) return found.children[1]
  }
  return undefined
}

/**
 * JSON Lines transcripts: one turn per line, an object with a role field and
 * a text field. Agent turns are linted; customer turns give context.
 */
export const jsonlAdapter: Adapter = {
  ...formatSpec('jsonl'),
  extract(text) {
    const turns: Turn[] = []
    let lineStart = 0
    let lineNumber = 0
    while (lineStart <= text.length) {
      let lineEnd = text.indexOf('\n', lineStart)
      if (lineEnd === -1) lineEnd = text.length
      lineNumber++
      const line = text.slice(lineStart, lineEnd)
      if (line.trim() !== '') {
        const errors: ParseError[] = []
        const root = parseTree(line, errors)
        if (errors[0] || !root || root.type !== 'object') {
          const message = errors[0] ? printParseErrorCode(errors[0].error) : 'not a JSON object'
          return { units: [], directives: [], error: { message: `line ${lineNumber} is not a JSON object: ${message}`, offset: lineStart + (errors[0]?.offset ?? 0) } }
        }
        const role = property(root, ROLE_FIELDS)
        const body = property(root, TEXT_FIELDS)
        const kind = role && typeof role.value === 'string' ? turnKind(role.value) : null
        if (kind && body?.type === 'string') {
          const builder = new UnitBuilder(text)
          appendJsonString(builder, text, lineStart + body.offset + 1, lineStart + body.offset + body.length - 1)
          const turn: Turn = { unit: maskUnitPlaceholders(builder.build(kind), false), plain: String(body.value) }
          const conversation = property(root, CONVERSATION_FIELDS)
          if (conversation && conversation.value !== undefined) turn.conversation = String(conversation.value)
          turns.push(turn)
        }
      }
      lineStart = lineEnd + 1
    }
    return { units: linkTurns(turns), directives: [] }
  },
  encodeReplacement: (text) => escapeJson(text),
}
