import { plainTextAdapter } from '../adapter/plain-text.js'
import { ConfigError } from '../config/config-error.js'
import type { Adapter } from '../types/unit.js'
import { describe, expect, it } from 'vitest'
import { compilePhraseRule } from '../phrase/compile-phrase-rule.js'
import { defineRule } from '../rule/define-rule.js'
import { definePreset } from '../config/preset.js'
import { createLinter } from './create-linter.js'
import type { AnyRule } from './any-rule.js'
import { englishParser } from '../parse/english.js'

const vague = compilePhraseRule({
  id: 'no-vague-timeframe',
  kind: 'replace',
  description: 'Flag vague timeframes',
  category: 'vagueness',
  severity: 'warning',
  message: '“{actual}” gives no date; try {expected}',
  patterns: [{ phrases: ['soon', 'as soon as possible', 'sooner or later'], suggest: ['by <date>'], unless: [{ has: 'date' }, { has: 'duration' }] }],
})
const password = compilePhraseRule({
  id: 'no-sensitive-data-request',
  kind: 'avoid',
  description: 'Flag requests for passwords',
  category: 'legal',
  severity: 'error',
  message: 'Never ask for “{actual}” over e-mail or chat',
  patterns: [{ phrases: ['your password'], regionSeverity: { template: 'warning', unknown: 'info', default: 'error' } }],
})
const greeting = defineRule({
  meta: {
    id: 'require-greeting',
    description: 'Require a greeting',
    category: 'politeness',
    languages: ['en'],
    defaultSeverity: 'warning',
    fixable: false,
    messages: { missing: 'Open with a greeting' },
  },
  create(context) {
    let first = true
    let greeted = false
    return {
      WordNode(node) {
        if (first) greeted = /^(hi|hello|dear)$/i.test(String((node.children[0] as { value?: string })?.value))
        first = false
      },
      'RootNode:exit'() {
        if (!greeted) context.report({ range: [0, 0], messageId: 'missing' })
      },
    }
  },
})
const rules = new Map<string, AnyRule>([
  [vague.meta.id, vague],
  [password.meta.id, password],
  [greeting.meta.id, greeting as AnyRule],
])
const presets = new Map([['recommended', definePreset({ id: 'recommended', description: 'all', rules: { 'no-vague-timeframe': 'warning', 'no-sensitive-data-request': 'error', 'require-greeting': 'warning' } })]])
const regions = { DE: { name: 'Germany', groups: ['EU'] }, US: { name: 'United States', groups: ['US'] } }
const linter = createLinter({}, { rules, presets, regions })

describe('createLinter', () => {
  it('reports a phrase with its exact range, suggestion and docs url', () => {
    const text = 'Hi Ana, we will ship it soon.'
    const { messages } = linter.lint(text)
    expect(messages).toHaveLength(1)
    const [m] = messages
    expect(m!.ruleId).toBe('no-vague-timeframe')
    expect(text.slice(m!.position.start.offset, m!.position.end.offset)).toBe('soon')
    expect(m!.position.start).toEqual({ line: 1, column: 25, offset: 24 })
    expect(m!.message).toBe('“soon” gives no date; try “by <date>”')
    expect(m!.suggestions).toEqual([{ message: 'Replace with “by <date>”', fix: { range: [24, 28], text: 'by <date>' } }])
    expect(m!.url).toBe('https://tactful.dev/rules/no-vague-timeframe')
    expect(m!.origin).toEqual({ preset: 'recommended' })
  })

  it('stays silent when the sentence holds a concrete date', () => {
    expect(linter.lint('Hi Ana, it ships soon, by 14 March.').messages).toEqual([])
  })

  it('skips negated, quoted and reported uses', () => {
    expect(linter.lint('Hello, we will never ask for your password.', { region: 'DE' }).messages).toEqual([])
    expect(linter.lint('Hello, you wrote that you need it "soon".').messages).toEqual([])
    expect(linter.lint('Hello, you wrote that you need it soon.').messages).toEqual([])
    // A report ends where the writer speaks again, after ", and" or ";", and "that" picks it up again.
    expect(linter.lint('Hello, you wrote that you need the invoice, and we will send it soon.').messages.map((m) => m.actual)).toEqual(['soon'])
    expect(linter.lint('Hello, you wrote that it was late; we will send another soon.').messages.map((m) => m.actual)).toEqual(['soon'])
    expect(linter.lint('Hello, you wrote that it was late, and that you need it soon.').messages).toEqual([])
  })

  it('reads "that" before "before", "again" or a full stop as the thing said, not the start of a report', () => {
    expect(linter.lint('Hello, you asked that twice and we still ship soon.').messages.map((m) => m.actual)).toEqual(['soon'])
    expect(linter.lint('Hello, you said that already: we ship soon.').messages.map((m) => m.actual)).toEqual(['soon'])
    expect(linter.lint('Hello, you wrote that yesterday, we ship soon.').messages.map((m) => m.actual)).toEqual(['soon'])
    // Still a report when the customer's words follow "that".
    expect(linter.lint('Hello, you asked that a courier collects it soon.').messages).toEqual([])
  })

  it('matches one emoji inside a run of them, and a repeated one once over the whole run', () => {
    const laugh = compilePhraseRule({
      id: 'no-laughing-emoji',
      kind: 'avoid',
      description: 'Flag laughing emoji',
      category: 'politeness',
      severity: 'warning',
      message: 'Drop “{actual}”',
      patterns: [{ phrases: ['😂'] }],
    })
    const emoji = createLinter({ extends: [], rules: { 'no-laughing-emoji': 'warning' } }, { rules: new Map([['no-laughing-emoji', laugh as AnyRule]]), regions })
    const found = (text: string) => emoji.lint(text).messages.map((m) => [m.actual, m.position.start.offset, m.position.end.offset])
    expect(found('Wrong address 😂😂😂 again')).toEqual([['😂😂😂', 14, 20]])
    expect(found('Wrong address😅😂')).toEqual([['😂', 15, 17]])
    expect(found('Here it is 🎉🎉')).toEqual([])
  })

  it('ends a negation at a new subject, even with no comma before it', () => {
    expect(linter.lint("Hello, if it won't fit we'll send soon.").messages.map((m) => m.actual)).toEqual(['soon'])
    expect(linter.lint("Hello, it won't be sent soon.").messages).toEqual([])
  })

  it('reads "why not" as a suggestion, not a negation', () => {
    expect(linter.lint('Hello, why not send it soon?').messages.map((m) => m.actual)).toEqual(['soon'])
    expect(linter.lint('Hello, it will not ship soon.').messages).toEqual([])
  })

  it('skips a phrase inside a title-cased name, small words included, but not the same words in lower case', () => {
    expect(linter.lint('Hello, the Sooner or Later expansion is in the box.').messages).toEqual([])
    expect(linter.lint('Hello, we will send it sooner or later.').messages.map((m) => m.actual)).toEqual(['sooner or later'])
  })

  it('reads an inch mark after a number as no quote, and a quote closing after digits as a close', () => {
    expect(linter.lint('Hello, your 27" monitor ships soon.').messages.map((m) => m.actual)).toEqual(['soon'])
    expect(linter.lint('Hello, you wrote "size 12" and "soon".').messages).toEqual([])
  })

  it('lowers severity by region and keeps positions right across CRLF', () => {
    const text = 'Hi,\r\nplease send your password.'
    const unknown = linter.lint(text).messages
    expect(unknown.map((m) => [m.ruleId, m.severity, m.position.start.line, m.position.start.column])).toEqual([['no-sensitive-data-request', 'info', 2, 13]])
    expect(linter.lint(text, { region: 'DE' }).messages[0]!.severity).toBe('error')
  })

  it('reads a template with no region as one for every market (regionSeverity key `template`)', () => {
    const text = 'Hi,\nplease send your password.'
    expect(linter.lint(text, { channel: 'template' }).messages.map((m) => m.severity)).toEqual(['warning'])
    expect(linter.lint(text, { channel: 'email' }).messages.map((m) => m.severity)).toEqual(['info'])
    expect(linter.lint(text, { channel: 'template', region: 'DE' }).messages.map((m) => m.severity)).toEqual(['error'])
  })

  it('reports a file nested too deeply for its parser as that file\'s parse error, not a crash', () => {
    // A recursive-descent reader, like the JSON, HTML and Markdown ones, on 100,000 levels.
    const nested: Adapter = {
      id: 'nested',
      extensions: ['.nest'],
      extract(text) {
        const depth = (at: number): number => (text[at] === '[' ? 1 + depth(at + 1) : 0)
        depth(0)
        return { units: [], directives: [] }
      },
    }
    const deep = createLinter({}, { rules, presets, regions, adapters: [nested] })
    const [message, ...rest] = deep.lint('['.repeat(100_000), { filePath: 'deep.nest' }).messages
    expect(rest).toEqual([])
    expect([message!.ruleId, message!.severity, message!.fatal, message!.message]).toEqual(['tactful/parse-error', 'error', true, 'the file nests too deeply to be read as nested'])
  })

  it('checks the customer context given at lint time as a config is checked, naming the option', () => {
    expect(() => linter.lint('Hi Ana.', { channel: 'sms' as never })).toThrow('channel: must be one of email, chat, template (got "sms")')
    expect(() => linter.lint('Hi Ana.', { region: 'XX' })).toThrow('region: "XX" is not a known ISO 3166-1 alpha-2 region code')
    expect(() => linter.lint('Hi Ana.', { voice: 'casual' as never })).toThrow('voice: must be one of formal, friendly (got "casual")')
    expect(linter.lint('Hi Ana, it ships soon.', null).messages.map((m) => m.ruleId)).toEqual(['no-vague-timeframe'])
    // null is "not given", as a data set's record may have it.
    expect(linter.lint('Hi Ana, it ships soon.', { region: null, channel: null, voice: null }).messages.map((m) => m.ruleId)).toEqual(['no-vague-timeframe'])
    expect(linter.lint('Hi,\nplease send your password.', { region: 'de' }).messages.map((m) => m.severity)).toEqual(['error'])
  })

  it('names the key in a config error\'s message', () => {
    expect(() => createLinter({ foo: 1 } as never, { rules, presets, regions })).toThrow(/^foo: unknown key; known keys: extends, rules/)
    expect(() => createLinter({ rules: { 'no-vague-timeframe': ['warning', {}, 'extra'] } } as never, { rules, presets, regions })).toThrow(
      'rules.no-vague-timeframe: must be a severity or [severity, options] (got a list of 3)',
    )
  })

  it('returns every finding of a unit with more findings than a call takes arguments', () => {
    const noisy = defineRule({
      meta: { id: 'noisy', description: 'Reports every character', category: 'clarity', languages: ['en'], defaultSeverity: 'info', fixable: false, messages: { each: 'x' } },
      create(context) {
        return { 'RootNode:exit'() { for (let i = 0; i < context.text.length; i++) context.report({ range: [i, i + 1], messageId: 'each' }) } }
      },
    })
    const many = createLinter({ extends: [], rules: { noisy: 'info' } }, { rules: new Map([['noisy', noisy as AnyRule]]), regions })
    expect(many.lint('ab. '.repeat(50_000)).messages).toHaveLength(200_000)
  })

  it('reports a directive that suppressed nothing at the severity reportUnusedDirectives names', () => {
    const withComment: Adapter = {
      id: 'commented',
      extensions: ['.cm'],
      extract: (text) => ({ units: plainTextAdapter.extract(text).units, directives: [{ kind: 'disable', ruleIds: ['no-vague-timeframe'], range: [0, 1] }] }),
    }
    const unused = (reportUnusedDirectives: unknown) =>
      createLinter({ reportUnusedDirectives } as never, { rules, presets, regions, adapters: [withComment] })
        .lint('Hi Ana, it ships on 3 March.', { filePath: 'a.cm' })
        .messages.map((m) => [m.ruleId, m.severity])
    expect(unused(undefined)).toEqual([])
    expect(unused(true)).toEqual([['tactful/unused-directive', 'warning']])
    expect(unused('error')).toEqual([['tactful/unused-directive', 'error']])
    expect(unused('off')).toEqual([])
    expect(() => unused('loud')).toThrow('reportUnusedDirectives: must be true, false, or a severity: off, info, warning, error (got "loud")')
  })

  it('warns about a directive that names a rule it does not know', () => {
    const withComments: Adapter = {
      id: 'commented',
      extensions: ['.cm'],
      extract: (text) => ({ units: plainTextAdapter.extract(text).units, directives: [{ kind: 'disable', ruleIds: ['no-vague-timeframe', 'no-such-rule'], range: [0, 1] }] }),
    }
    const commented = createLinter({}, { rules, presets, regions, adapters: [withComments] })
    const messages = commented.lint('Hi Ana, it ships soon.', { filePath: 'a.cm' }).messages
    expect(messages.map((m) => [m.ruleId, m.severity, m.message, m.position.start.column])).toEqual([
      ['tactful/unknown-rule', 'warning', 'Unknown rule "no-such-rule" in a tactful-disable directive', 1],
    ])
  })

  it('drops a fix or suggestion the format cannot write, and keeps the finding', () => {
    // A format with no escapes for angle brackets: `by <date>` cannot be written into it.
    const plain: Adapter = { ...plainTextAdapter, id: 'bare', extensions: ['.bare'], encodeReplacement: (text) => (/[<>]/.test(text) ? undefined : text) }
    const bare = createLinter({}, { rules, presets, regions, adapters: [plain] })
    const [message] = bare.lint('Hi Ana, we will ship it soon.', { filePath: 'a.bare' }).messages
    expect([message!.ruleId, message!.actual, message!.suggestions, message!.fix]).toEqual(['no-vague-timeframe', 'soon', undefined, undefined])
  })

  it('reads a file in the format the config\'s `adapters` map gives its path', () => {
    // An adapter that lints nothing but says it was used: the file is read as `shouty`, whatever its extension.
    const shouty: Adapter = { id: 'shouty', extensions: ['.shout'], extract: () => ({ units: [], directives: [], error: { message: 'read as shouty' } }) }
    const mapped = createLinter({ adapters: { 'macros/*.txt': 'shouty' } }, { rules, presets, regions, adapters: [plainTextAdapter, shouty] })
    expect(mapped.lint('Hi Ana, it ships soon.', { filePath: 'macros/a.txt', relativePath: 'macros/a.txt' }).messages.map((m) => m.message)).toEqual(['read as shouty'])
    expect(mapped.lint('Hi Ana, it ships soon.', { filePath: 'notes/a.txt', relativePath: 'notes/a.txt' }).messages.map((m) => m.ruleId)).toEqual(['no-vague-timeframe'])
    expect(() => createLinter({ adapters: { '*.txt': 'nope' } }, { rules, presets, regions, adapters: [plainTextAdapter, shouty] })).toThrow(
      new ConfigError('unknown format "nope"; known formats: text, shouty', 'adapters["*.txt"]'),
    )
  })

  it('reports a front-matter language it has no parser for as that file\'s parse error', () => {
    const french: Adapter = { id: 'fm', extensions: ['.fm'], extract: (text) => ({ units: [], directives: [], settings: { language: 'fr' } }) }
    const linter = createLinter({}, { rules, presets, regions, adapters: [french] })
    expect(linter.lint('---\nlanguage: fr\n---\nBonjour', { filePath: 'a.fm' }).messages.map((m) => [m.ruleId, m.fatal, m.message])).toEqual([
      ['tactful/parse-error', true, 'front matter language: no parser for "fr"; available: en'],
    ])
  })

  it('runs code rules and reports at RootNode:exit', () => {
    const { messages } = linter.lint('Your order has shipped.')
    expect(messages.map((m) => m.ruleId)).toEqual(['require-greeting'])
  })

  it('parses long texts in chunks with correct offsets', () => {
    const paragraph = 'Hi Ana, thanks for your patience with this order today.\n\n'
    const text = paragraph.repeat(400) + 'We ship soon.'
    const { messages } = linter.lint(text)
    expect(messages).toHaveLength(1)
    expect(text.slice(messages[0]!.position.start.offset, messages[0]!.position.end.offset)).toBe('soon')
  })
})

describe('paragraph edges', () => {
  it('finds a phrase whose full stop parse-english glued to the word before a lower-case paragraph', () => {
    const text = 'Hi Ana, it ships soon.\n\nsoon'
    expect(linter.lint(text).messages.map((m) => [m.actual, m.position.start.offset])).toEqual([['soon', 17], ['soon', 24]])
  })
})

describe('units no rule walks', () => {
  const meta = (id: string) => ({ id, description: id, category: 'structure' as const, languages: ['en'], defaultSeverity: 'warning' as const, fixable: false as const, messages: { found: '{what}' } })
  const lintWith = (rule: AnyRule, text: string) => {
    let parses = 0
    const parser = { language: 'en', parse: (input: string) => (parses++, englishParser.parse(input)) }
    const exitLinter = createLinter({ extends: [], rules: { [rule.meta.id]: 'warning' } }, { rules: new Map([[rule.meta.id, rule]]), parsers: [parser] })
    return { messages: exitLinter.lint(text).messages, parses }
  }

  it('are not parsed when their exit handlers read only the text', () => {
    const rule = defineRule({
      meta: meta('text-length'),
      create: (context) => ({
        'RootNode:exit'() {
          context.report({ range: [0, 2], messageId: 'found', data: { what: String(context.text.length) } })
        },
      }),
    })
    const { messages, parses } = lintWith(rule as AnyRule, 'Hi Ana, thanks.')
    expect(messages.map((m) => [m.ruleId, m.message])).toEqual([['text-length', '15']])
    expect(parses).toBe(0)
  })

  it('are parsed and walked once an exit handler reads the tree or asks what is quoted', () => {
    const rule = defineRule({
      meta: meta('tree-reader'),
      create: (context) => ({
        'RootNode:exit'(root) {
          const sentences = root.children.flatMap((paragraph) => ('children' in paragraph ? (paragraph.children as Array<{ type: string }>) : [])).filter((node) => node.type === 'SentenceNode')
          context.report({ range: [0, 2], messageId: 'found', data: { what: `${sentences.length} sentences, literal ${context.isLiteral([12, 16])}, ${root.position?.end.offset}` } })
        },
      }),
    })
    const { messages, parses } = lintWith(rule as AnyRule, 'Hi. You said "soon". Thanks.')
    expect(messages.map((m) => m.message)).toEqual(['3 sentences, literal true, 28'])
    expect(parses).toBe(1)
  })

  it('hand an exit handler a root it may also write to', () => {
    const rule = defineRule({
      meta: meta('tree-writer'),
      create: (context) => ({
        'RootNode:exit'(root) {
          const before = root.children.length
          root.children = []
          context.report({ range: [0, 2], messageId: 'found', data: { what: `${before} → ${root.children.length}, keys ${Object.keys(root).sort().join(' ')}` } })
        },
      }),
    })
    const { messages, parses } = lintWith(rule as AnyRule, 'Hi.\n\nThanks.')
    expect(messages.map((m) => m.message)).toEqual(['3 → 0, keys children position type'])
    expect(parses).toBe(1)
  })
})

describe('timing', () => {
  /** Spends at least `ms` of wall time, so a test can tell where it was counted. */
  const busy = (ms: number) => {
    const until = performance.now() + ms
    while (performance.now() < until);
  }
  const slowRule = defineRule({
    meta: { id: 'slow-rule', description: 'Takes its time', category: 'vagueness', languages: ['en'], defaultSeverity: 'warning', fixable: false, messages: { slow: 'Slow' } },
    create() {
      busy(2)
      return { SentenceNode: () => busy(3), 'RootNode:exit': () => busy(2) }
    },
  })
  const slowAdapter: Adapter = { ...plainTextAdapter, id: 'slow', extensions: ['.slow'], extract: (text, path) => (busy(4), plainTextAdapter.extract(text, path)) }
  const linter = createLinter(
    { extends: [], rules: { 'slow-rule': 'warning', 'no-vague-timeframe': 'warning' } },
    { rules: new Map<string, AnyRule>([['slow-rule', slowRule as AnyRule], [vague.meta.id, vague]]), adapters: [plainTextAdapter, slowAdapter] },
  )

  it('is absent unless asked for', () => {
    expect(linter.lint('It ships soon.')).not.toHaveProperty('timing')
  })

  it("counts each code rule's create, visitors and exit handlers under its id, and the adapter under extract", () => {
    const { timing } = linter.lint('It ships soon. It ships today.', { filePath: 'reply.slow', timing: true })
    // create 2 ms + two sentences × 3 ms + exit 2 ms
    expect(timing!.rules['slow-rule']).toBeGreaterThanOrEqual(10)
    expect(Object.keys(timing!.rules)).toEqual(['slow-rule'])
    expect(timing!.extract).toBeGreaterThanOrEqual(4)
    expect(timing!.parse).toBeGreaterThan(0)
    expect(timing!.phrases).toBeGreaterThan(0)
    const parts = timing!.extract + timing!.parse + timing!.phrases + timing!.rules['slow-rule']!
    expect(timing!.total).toBeGreaterThanOrEqual(parts)
  })

  it('adds up every pass of a fix run', () => {
    // "soon" becomes "today": the second pass finds nothing to fix, so the rule runs twice.
    const soonToToday = defineRule({
      meta: { id: 'soon-to-today', description: 'Fixes soon', category: 'vagueness', languages: ['en'], defaultSeverity: 'warning', fixable: 'fix', messages: { soon: 'Soon' } },
      create(context) {
        busy(5)
        return {
          WordNode(node) {
            const [start, end] = context.rangeOf(node)
            if (context.text.slice(start, end) === 'soon') context.report({ range: [start, end], messageId: 'soon', fix: context.replace([start, end], 'today') })
          },
        }
      },
    })
    const fixing = createLinter({ extends: [], rules: { 'soon-to-today': 'warning' } }, { rules: new Map<string, AnyRule>([['soon-to-today', soonToToday as AnyRule]]) })
    const result = fixing.lint('It ships soon.', { fix: true, timing: true })
    expect(result.output).toBe('It ships today.')
    expect(result.timing!.rules['soon-to-today']).toBeGreaterThanOrEqual(10)
  })
})
