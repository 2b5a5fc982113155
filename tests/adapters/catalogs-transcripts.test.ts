import { describe, expect, test } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { adapterById, lintChecked } from './harness.js'

describe('json catalogue adapter', () => {
  const catalogue = `{
  // tactful-disable-next-line no-blame-language -- the legal team's wording
  "legal": "Refunds after 30 days are your fault.",
  "macros": [
    { "id": "refund_late", "title": "Late refund", "actions": [
      { "field": "comment", "value": "Hi {{ticket.requester.first_name}},\\n\\nit was your mistake \\u2014 you failed to add the \\"code\\" {code}." }
    ] }
  ],
  "locale": "en-US"
}
`
  test('each prose string is an entry unit keyed by its path, escapes decoded', () => {
    const units = adapterById('json').extract(catalogue, 'macros.json').units
    expect(units.map((u) => [u.kind, u.key])).toEqual([
      ['entry', 'legal'],
      ['entry', 'macros[0].title'],
      ['entry', 'macros[0].actions[0].value'],
    ])
    expect(units[2]!.text).toBe('Hi ' + 'x'.repeat('{{ticket.requester.first_name}}'.length) + ',\n\nit was your mistake — you failed to add the "code" xxxxxx.')
  })

  test('ranges slice the file, fixes keep it valid JSON and placeholders intact', () => {
    const { messages, edited } = lintChecked(catalogue, 'macros.json', { valid: (t) => JSON.parse(t.replace(/^\s*\/\/.*$/m, '')) })
    expect(messages.map((m) => [m.actual, m.unit?.key])).toEqual([
      ['your mistake', 'macros[0].actions[0].value'],
      ['you failed to', 'macros[0].actions[0].value'],
    ])
    expect(edited.length).toBe(3)
  })

  test('bad JSON is a parse error at its offset', () => {
    expect(adapterById('json').extract('{"a": ', 'x.json').error).toEqual({ message: 'invalid JSON: ValueExpected', offset: 6 })
  })
})

describe('yaml catalogue adapter', () => {
  const catalogue = [
    'replies:',
    '  - id: late_parcel',
    '    body: "Hi {{name}}, it was your mistake.\\nSorry!"',
    "  - body: 'It''s your fault, {{name}}.'",
    '  - body: |',
    '      Hello,',
    '      you failed to pay.',
    '    # tactful-disable-next-line',
    '  - body: your fault again',
    '',
  ].join('\n')

  test('scalars of every style map back; # comments are directives', () => {
    const { messages } = lintChecked(catalogue, 'replies.yaml', { valid: (t) => parseYaml(t) })
    expect(messages.map((m) => [m.actual, m.unit?.key])).toEqual([
      ['your mistake', 'replies[0].body'],
      ['your fault', 'replies[1].body'],
      ['you failed to', 'replies[2].body'],
    ])
  })

  test('replacements are escaped for the quoting style', () => {
    const adapter = adapterById('yaml')
    const units = adapter.extract(catalogue, 'r.yaml').units
    expect(adapter.encodeReplacement!("it's \"ok\"", units[0]!, [3, 8])).toBe('it\'s \\"ok\\"')
    expect(adapter.encodeReplacement!("it's", units[1]!, [3, 8])).toBe("it''s")
  })

  test('a replacement that would end a plain, block or single-quoted scalar is not written', () => {
    const adapter = adapterById('yaml')
    const source = ['plain: your fault, sorry', "single: 'your fault'", 'block: |', '  your fault', 'flow: [your fault, ok]', ''].join('\n')
    const [plain, single, block, flow] = adapter.extract(source, 'r.yaml').units
    const encode = (unit: typeof plain, text: string, at = 5) => adapter.encodeReplacement!(text, unit!, [at, at + 5])
    expect([encode(plain, 'note: this'), encode(plain, 'see #2'), encode(plain, 'a\nb'), encode(plain, 'ends:')]).toEqual([undefined, undefined, undefined, undefined])
    expect([encode(plain, '- not a list', 0), encode(plain, "'quoted", 0), encode(plain, "isn't it, then", 0)]).toEqual([undefined, undefined, "isn't it, then"])
    expect([encode(plain, 'a, b'), encode(plain, 'at 10:30 or item#2')]).toEqual(['a, b', 'at 10:30 or item#2'])
    expect([encode(single, 'a\nb'), encode(block, 'a\nb'), encode(block, 'note: fine')]).toEqual([undefined, undefined, 'note: fine'])
    expect([encode(flow, 'a, b'), encode(flow, '[x]'), encode(flow, 'fine')]).toEqual([undefined, undefined, 'fine'])
  })

  test('bad YAML is a parse error', () => {
    expect(adapterById('yaml').extract('a: [1\n', 'x.yaml').error?.message).toMatch(/^invalid YAML/)
  })
})

describe('transcript adapters', () => {
  const csv = [
    'conversation_id,role,text',
    '1,customer,"This is the third time I ask, where is my parcel?!"',
    '1,agent,"Sorry, you failed to add the ""house number"", {{agent_name}} here."',
    '1,agent,Your parcel is on its way.',
    '2,agent,Hello! How can I help?',
    '2,system,your fault',
    '',
  ].join('\r\n')

  test('csv: agent and customer turns, previous customer turn, quotes decoded', () => {
    const units = adapterById('csv').extract(csv, 'chats.csv').units
    expect(units.map((u) => [u.kind, u.previousCustomerTurn])).toEqual([
      ['customer-turn', undefined],
      ['agent-turn', 'This is the third time I ask, where is my parcel?!'],
      ['agent-turn', undefined],
      ['agent-turn', undefined],
    ])
    expect(units[1]!.text).toBe('Sorry, you failed to add the "house number", xxxxxxxxxxxxxx here.')
    const { messages, edited } = lintChecked(csv, 'chats.csv')
    expect(messages.map((m) => m.actual)).toEqual(['you failed to'])
    expect(edited[0]).toContain(`"Sorry, it looks like you weren't able to add the ""house number"", {{agent_name}} here."`)
  })

  test('csv: a replacement an unquoted field cannot hold is not written', () => {
    const adapter = adapterById('csv')
    const [comma, , quoted] = adapter.extract(['role,text', 'agent,your fault', 'customer,hi', 'agent,"your fault"', ''].join('\n'), 'c.csv').units
    const [tab] = adapterById('csv').extract(['role\ttext', 'agent\tyour fault', ''].join('\n'), 'c.tsv').units
    const encode = (unit: typeof comma, text: string) => adapter.encodeReplacement!(text, unit!, [0, 4])
    expect([encode(comma, 'sorry, we'), encode(comma, 'say "hi"'), encode(comma, 'a\nb'), encode(comma, 'sorry\twe')]).toEqual([undefined, undefined, undefined, 'sorry\twe'])
    expect([encode(tab, 'sorry\twe'), encode(tab, 'sorry, we')]).toEqual([undefined, 'sorry, we'])
    expect(encode(quoted, 'say "hi", a\nb')).toBe('say ""hi"", a\nb')
  })

  test('csv without role or text column is a clear error', () => {
    expect(adapterById('csv').extract('a,b\n1,2\n', 'x.csv').error?.message).toMatch(/needs a role column/)
  })

  test('jsonl: one turn per line with escapes decoded', () => {
    const jsonl = [
      '{"ticket_id": 7, "role": "customer", "text": "Still nothing. Terrible."}',
      '{"ticket_id": 7, "role": "agent", "text": "I\'m sorry \\u2014 it was your mistake."}',
      '',
    ].join('\n')
    const units = adapterById('jsonl').extract(jsonl, 'chat.jsonl').units
    expect(units[1]!.previousCustomerTurn).toBe('Still nothing. Terrible.')
    expect(units[1]!.text).toBe("I'm sorry — it was your mistake.")
    const { messages } = lintChecked(jsonl, 'chat.jsonl', { valid: (t) => t.trim().split('\n').forEach((l) => JSON.parse(l)) })
    expect(messages.map((m) => [m.actual, m.position.start.line])).toEqual([['your mistake', 2]])
  })

  test('jsonl: a broken line names its number', () => {
    expect(adapterById('jsonl').extract('{"role":"agent","text":"hi"}\n{oops\n', 'x.jsonl').error?.message).toMatch(/^line 2 is not a JSON object/)
  })
})
