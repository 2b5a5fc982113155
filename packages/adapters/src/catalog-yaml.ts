import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Scalar } from 'yaml'
import { parseDirective, type Adapter, type Directive, type LintUnit } from '@tactful/engine'
import { UnitBuilder } from './unit-builder.js'
import { isProseValue } from './formats/prose-value.js'
import { joinKey } from './formats/key-path.js'
import { maskUnitPlaceholders } from './template/mask-unit.js'
import { registerEncoder, encodeFor, type Encoder } from './templated-adapter.js'
import { formatSpec } from './formats-list.js'

const DOUBLE_ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029' }

/** Appends the source of a scalar, decoding quotes and escapes so offsets map back. */
function appendScalar(builder: UnitBuilder, source: string, scalar: Scalar, start: number, end: number): void {
  const type = scalar.type
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    // Skip the `|`/`>` header line; the indented lines below are the text.
    const body = source.indexOf('\n', start)
    if (body !== -1 && body < end) builder.copy(body + 1, end - body - 1)
    return
  }
  if (type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE') {
    start++
    end--
  }
  let copied = start
  let i = start
  while (i < end) {
    const ch = source[i]
    let length = 0
    let value = ''
    if (type === 'QUOTE_SINGLE' && ch === "'" && source[i + 1] === "'") [length, value] = [2, "'"]
    else if (type === 'QUOTE_DOUBLE' && ch === '\\') {
      const next = source[i + 1] ?? ''
      const hex = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0
      if (hex) [length, value] = [2 + hex, String.fromCodePoint(parseInt(source.slice(i + 2, i + 2 + hex), 16) || 0xfffd)]
      else if (next === '\n' || next === '\r') length = /^\\\r?\n[ \t]*/.exec(source.slice(i, i + 200))![0].length
      else [length, value] = [2, DOUBLE_ESCAPES[next] ?? next]
    }
    if (length === 0) {
      i++
      continue
    }
    if (i > copied) builder.copy(copied, i - copied)
    builder.decoded(i, length, value)
    i += length
    copied = i
  }
  if (end > copied) builder.copy(copied, end - copied)
}

// Characters that start a YAML node other than a plain scalar, at the scalar's first character.
const PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/

/**
 * Escapes a replacement for the scalar's quoting style. A plain or block scalar has no
 * escapes, so text that would end the scalar (`: `, ` #`, a line break, a flow
 * collection's `,`) cannot be written there: `undefined`, and the fix is dropped.
 */
function encoderFor(type: Scalar['type'], inFlow: boolean): Encoder {
  if (type === 'QUOTE_DOUBLE') return (text) => JSON.stringify(text).slice(1, -1)
  // A line break in a single-quoted or block scalar would be folded or need re-indenting.
  if (type === 'QUOTE_SINGLE') return (text) => (/[\r\n]/.test(text) ? undefined : text.replace(/'/g, "''"))
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') return (text) => (/[\r\n]/.test(text) ? undefined : text)
  return (text, range) => {
    if (/[\r\n]|:(\s|$)|(^|\s)#/.test(text)) return undefined
    if (range[0] === 0 && PLAIN_START.test(text)) return undefined
    if (inFlow && /[,[\]{}]/.test(text)) return undefined
    return text
  }
}

/** `# tactful-disable-next-line` comments, outside any string. */
function commentDirectives(text: string, strings: ReadonlyArray<[number, number]>): Directive[] {
  const directives: Directive[] = []
  const comment = /(^|[ \t])#([^\r\n]*)/gm
  let match: RegExpExecArray | null
  while ((match = comment.exec(text))) {
    const start = match.index + match[1]!.length
    if (strings.some(([s, e]) => s <= start && start < e)) continue
    const directive = parseDirective(match[2]!, [start, start + match[0].length - match[1]!.length])
    if (directive) directives.push(directive)
  }
  return directives
}

/**
 * YAML catalogues (and YAML front-matter-free reply files): every prose
 * string value is an `entry` unit keyed by its path; `#` comments carry
 * directives; replacements are escaped for the scalar's quoting style.
 */
export const yamlAdapter: Adapter = {
  ...formatSpec('yaml'),
  extract(text) {
    const document = parseDocument(text, { keepSourceTokens: false, prettyErrors: false })
    const error = document.errors[0]
    if (error) return { units: [], directives: [], error: { message: `invalid YAML: ${error.message.split('\n')[0]}`, offset: error.pos[0] } }
    const units: LintUnit[] = []
    const strings: Array<[number, number]> = []
    visit(document, {
      Scalar(key, node, path) {
        if (key === 'key' || typeof node.value !== 'string' || !node.range) return
        const [start, end] = node.range
        strings.push([start, end])
        let keyPath = ''
        let last: string | number | undefined
        const chain = [...path, node]
        const inFlow = path.some((parent) => (isSeq(parent) || isMap(parent)) && parent.flow === true)
        for (let i = 0; i < chain.length - 1; i++) {
          const parent = chain[i]
          const child = chain[i + 1]
          if (isSeq(parent)) {
            last = parent.items.indexOf(child as never)
            keyPath = joinKey(keyPath, last)
          } else if (isPair(parent) && child === parent.value) {
            last = isScalar(parent.key) ? String(parent.key.value) : String(parent.key)
            keyPath = joinKey(keyPath, last)
          } else if (isMap(parent)) continue
        }
        if (!isProseValue(last, node.value)) return
        const builder = new UnitBuilder(text)
        appendScalar(builder, text, node, start, end)
        units.push(registerEncoder(maskUnitPlaceholders(builder.build('entry', [], { key: keyPath })), encoderFor(node.type, inFlow)))
      },
    })
    return { units, directives: commentDirectives(text, strings) }
  },
  encodeReplacement: (text, unit, range) => encodeFor(unit, text, range),
}
