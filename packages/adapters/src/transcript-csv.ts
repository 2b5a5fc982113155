import type { Adapter } from '@tactful/engine'
import { UnitBuilder } from './unit-builder.js'
import { CONVERSATION_FIELDS, ROLE_FIELDS, TEXT_FIELDS, findField, turnKind } from './formats/turn-roles.js'
import { linkTurns, type Turn } from './formats/turns.js'
import { maskUnitPlaceholders } from './template/mask-unit.js'
import { registerEncoder, encodeFor, type Encoder } from './templated-adapter.js'
import { formatSpec } from './formats-list.js'

interface Field {
  start: number
  end: number
  quoted: boolean
  value: string
}

/** RFC 4180 rows with the source range of every field. */
export function parseCsv(text: string, delimiter = ','): { rows: Field[][]; error?: { message: string; offset: number } } {
  const rows: Field[][] = []
  let row: Field[] = []
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (i <= text.length) {
    let field: Field
    if (text[i] === '"') {
      const start = i + 1
      let j = start
      let value = ''
      for (;;) {
        const close = text.indexOf('"', j)
        if (close === -1) return { rows, error: { message: 'unclosed quoted CSV field', offset: i } }
        value += text.slice(j, close)
        if (text[close + 1] === '"') {
          value += '"'
          j = close + 2
          continue
        }
        field = { start, end: close, quoted: true, value }
        i = close + 1
        break
      }
    } else {
      let j = i
      while (j < text.length && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++
      field = { start: i, end: j, quoted: false, value: text.slice(i, j) }
      i = j
    }
    row.push(field)
    if (text[i] === delimiter) {
      i++
      continue
    }
    if (i < text.length && text[i] !== '\n' && text[i] !== '\r') return { rows, error: { message: 'text after a closing quote in a CSV field', offset: i } }
    if (!(row.length === 1 && row[0]!.value === '' && !row[0]!.quoted)) rows.push(row)
    row = []
    if (text[i] === '\r') i++
    if (text[i] === '\n') i++
    if (i >= text.length) break
  }
  return { rows }
}

/**
 * CSV transcripts: a header row names a role column and a text column; agent
 * turns are linted, customer turns are kept for context and reach the next
 * agent turn as `previousCustomerTurn`.
 */
export const csvAdapter: Adapter = {
  ...formatSpec('csv'),
  extract(text, filePath) {
    const tsv = (filePath ?? '').toLowerCase().endsWith('.tsv')
    const delimiter = tsv ? '\t' : ','
    const { rows, error } = parseCsv(text, delimiter)
    if (error) return { units: [], directives: [], error }
    const header = rows[0]
    if (!header) return { units: [], directives: [] }
    const names = header.map((f) => f.value)
    const roleIndex = findField(names, ROLE_FIELDS)
    const textIndex = findField(names, TEXT_FIELDS)
    if (roleIndex === -1 || textIndex === -1) {
      return { units: [], directives: [], error: { message: `CSV transcript needs a role column (${ROLE_FIELDS.join(', ')}) and a text column (${TEXT_FIELDS.join(', ')}); found ${names.join(', ')}`, offset: 0 } }
    }
    const conversationIndex = findField(names, CONVERSATION_FIELDS)
    const turns: Array<Turn & { encode: Encoder }> = []
    for (const row of rows.slice(1)) {
      const role = row[roleIndex]
      const field = row[textIndex]
      if (!role || !field) continue
      const kind = turnKind(role.value)
      if (!kind) continue
      const builder = new UnitBuilder(text)
      let copied = field.start
      if (field.quoted) {
        for (let i = text.indexOf('""', field.start); i !== -1 && i < field.end; i = text.indexOf('""', i + 2)) {
          builder.copy(copied, i - copied).decoded(i, 2, '"')
          copied = i + 2
        }
      }
      builder.copy(copied, field.end - copied)
      // An unquoted field has no escapes: a replacement with a quote, delimiter or line break is dropped.
      const encode = field.quoted ? (t: string) => t.replace(/"/g, '""') : (t: string) => (/["\r\n]/.test(t) || t.includes(delimiter) ? undefined : t)
      const turn: Turn & { encode: Encoder } = { unit: maskUnitPlaceholders(builder.build(kind), false), plain: field.value, encode }
      const conversation = conversationIndex === -1 ? undefined : row[conversationIndex]?.value
      if (conversation !== undefined) turn.conversation = conversation
      turns.push(turn)
    }
    // Registered after linking: a linked agent turn is a new object, and the encoder must follow it.
    return { units: linkTurns(turns).map((unit, i) => registerEncoder(unit, turns[i]!.encode)), directives: [] }
  },
  encodeReplacement: (text, unit, range) => encodeFor(unit, text, range),
}


