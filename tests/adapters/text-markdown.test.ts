import { describe, expect, test } from 'vitest'
import { adapterById, lintChecked, linterWith, summary } from './harness.js'

describe('text adapter', () => {
  test('masks a value placeholder as one opaque word of the same length', () => {
    const text = 'Hi {{first_name}},\n\nyou failed to enter the code.\n'
    const [unit] = adapterById('text').extract(text).units
    expect(unit!.text).toBe('Hi xxxxxxxxxxxxxx,\n\nyou failed to enter the code.\n')
    expect(unit!.placeholders).toEqual([[3, 17]])
    const { messages, edited } = lintChecked(text, 'reply.txt')
    expect(summary(messages)).toEqual([['no-blame-language', 'you failed to']])
    expect(messages[0]!.position.start).toEqual({ line: 3, column: 1, offset: 20 })
    expect(edited).toContain("Hi {{first_name}},\n\nit looks like you weren't able to enter the code.\n")
  })

  test('blanks control tags and reads {# #} comments as directives', () => {
    const text = "{% if order %}Your order shipped.{% endif %}\n{# tactful-disable-next-line no-blame-language #}\nIt was your mistake.\nAgain your mistake.\n"
    const { messages } = lintChecked(text, 'reply.txt')
    expect(summary(messages)).toEqual([['no-blame-language', 'your mistake']])
    expect(messages[0]!.position.start.line).toBe(4)
  })

  test('a placeholder word is never flagged', () => {
    const { messages } = lintChecked('Dear {{your_mistake}}, thanks.', 'reply.txt')
    expect(messages).toEqual([])
  })
})

describe('plain-text chat exports', () => {
  const chat = [
    '[14:02] Customer: the mouse is DEAD after 2 days!!!',
    '[14:03] Agent (Priya): Sorry about that. It was your mistake,',
    'but we will replace it.',
    '[14:05] Customer: ok thanks',
    '[14:05] Agent (Priya): You are welcome.',
    '',
  ].join('\n')

  test('reads labelled lines as turns: agent turns linted, customer words passed on as context', () => {
    const units = adapterById('text').extract(chat).units
    expect(units.map((u) => [u.kind, u.text, u.previousCustomerTurn])).toEqual([
      ['customer-turn', 'the mouse is DEAD after 2 days!!!', undefined],
      ['agent-turn', 'Sorry about that. It was your mistake,\nbut we will replace it.', 'the mouse is DEAD after 2 days!!!'],
      ['customer-turn', 'ok thanks', undefined],
      ['agent-turn', 'You are welcome.', 'ok thanks'],
    ])
    const { messages } = lintChecked(chat, 'chat.txt')
    // The customer's "DEAD" and "!!!" are not the agent's writing; the agent's blame is.
    expect(summary(messages)).toEqual([['no-blame-language', 'your mistake']])
    expect(messages[0]!.position.start).toEqual({ line: 2, column: 49, offset: 100 })
  })

  test('reads other stamps and labels: "09:15 - Agent Anna:", "Customer:", "Support:"', () => {
    const units = adapterById('text').extract('Customer: Where is it?\n09:15 - Agent Anna: It left today.\nSupport: Anything else?\n').units
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ['customer-turn', 'Where is it?'],
      ['agent-turn', 'It left today.'],
      ['agent-turn', 'Anything else?'],
    ])
  })

  test('two time-stamped turns are an exchange: "[11:40] Customer (Priya):", "[11:41] Agent (Rohan):"', () => {
    const units = adapterById('text').extract('[11:40] Customer (Priya): Will the lamps reach before Sunday?\n[11:41] Agent (Rohan): Yes, on Saturday 7 November.\n').units
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ['customer-turn', 'Will the lamps reach before Sunday?'],
      ['agent-turn', 'Yes, on Saturday 7 November.'],
    ])
  })

  test('two unstamped turns are an exchange when the customer opens and both say something', () => {
    const units = adapterById('text').extract('Customer: this is insane, three weeks and nothing.\nAgent (Wei): I am sorry, three weeks is too long.\n').units
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ['customer-turn', 'this is insane, three weeks and nothing.'],
      ['agent-turn', 'I am sorry, three weeks is too long.'],
    ])
  })

  test('reads the names chat tools write: the one name beside labelled agents and a bot is the customer', () => {
    const kinds = (text: string) => adapterById('text').extract(text).units.map((u) => [u.kind, u.text])
    expect(kinds('LiveChat export, Kestrel Outdoor, 2026-05-02\n\n(10:01) Kestrel Bot: Hi! Orders, returns or sizing?\n(10:01) Marta Nowak: Returns, the tent pole snapped.\n(10:03) Idris (Kestrel Outdoor): Hello Marta, I am sorry it snapped.\n')).toEqual([
      ['agent-turn', 'Hi! Orders, returns or sizing?'],
      ['customer-turn', 'Returns, the tent pole snapped.'],
      ['agent-turn', 'Hello Marta, I am sorry it snapped.'],
    ])
    expect(kinds('Sol (bot) 2026-05-02 10:01: Hello!\nMarta Nowak 10:02: The pole snapped.\nIdris (Kestrel) 10:04: I am sorry, a new pole ships today.\n')).toEqual([
      ['agent-turn', 'Hello!'],
      ['customer-turn', 'The pole snapped.'],
      ['agent-turn', 'I am sorry, a new pole ships today.'],
    ])
    // A role in brackets names the customer; the one other name is then the agent.
    expect(kinds('[10:02] Marta (customer): The pole snapped.\n[10:04] Idris: I am sorry, a new pole ships today.\n')).toEqual([
      ['customer-turn', 'The pole snapped.'],
      ['agent-turn', 'I am sorry, a new pole ships today.'],
    ])
  })

  test('names alone do not make a chat: two unlabelled names, a schedule, unstamped names', () => {
    for (const text of [
      '09:12 Anna Berg: Where is my parcel?\n09:13 Tom Lee: It left today.\n09:14 Anna Berg: Thanks.\n',
      'Opening hours\nMonday 09:00: doors open\nFriday 17:00: doors close\n',
      'Order Number: 4412\nAnna Berg: Leipzig\nIdris (Kestrel): your contact\n',
    ]) {
      expect(adapterById('text').extract(text).units.map((u) => u.kind), text).toEqual(['body'])
    }
    // A second name beside labelled sides could be either: its line continues the turn above.
    const units = adapterById('text').extract('[10:01] Customer: The pole snapped.\n[10:02] Agent (Idris): A new pole ships today.\n[10:03] Marta Nowak: thanks\n[10:04] Tom Lee: bye\n').units
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ['customer-turn', 'The pole snapped.'],
      ['agent-turn', 'A new pole ships today.\n[10:03] Marta Nowak: thanks\n[10:04] Tom Lee: bye'],
    ])
  })

  test('a reply with a label or two is one body, not a transcript', () => {
    for (const text of [
      'Hi Anna,\n\nSupport: Mon-Fri 9-17.\nContact: help@shop.example\n',
      'Customer: Anna Berg\nOrder: 4412\nAgent: Tom\n',
      'Agent: you wrote that it broke.\nCustomer: yes.\n',
      'Customer: Anna Berg\n[09:15] Agent: Tom\n',
      'Customer: Anna Berg, Leipzig\nAgent: Tom\n',
      'Agent: you wrote that it broke twice.\nCustomer: yes, it did break twice.\n',
    ]) {
      expect(adapterById('text').extract(text).units.map((u) => u.kind), text).toEqual(['body'])
    }
  })
})

describe('markdown adapter', () => {
  const text = [
    '---',
    'region: DE',
    'channel: chat',
    '---',
    '# Missing parcel',
    'It was **your mistake**, see `you failed to` and https://example.com/your-mistake.',
    '',
    '```',
    'you failed to',
    '```',
    '',
    '> Quoted line one',
    '> and your fault.',
    '',
    '<!-- tactful-disable-next-line -->',
    'Again your fault',
    '',
    '| Step | Note |',
    '| --- | --- |',
    '| You failed | to pay |',
    '',
  ].join('\n')

  test('skips code, inline code, URLs and front matter; blanks markup', () => {
    const { messages, edited } = lintChecked(text, 'macro.md')
    expect(summary(messages)).toEqual([
      ['no-blame-language', 'your mistake'],
      ['no-blame-language', 'your fault'],
    ])
    expect(messages[1]!.position.start.line).toBe(13)
    expect(edited[0]).toContain('It was **this mix-up**, see')
  })

  test('front matter sets region and channel', () => {
    const extracted = adapterById('markdown').extract(text, 'macro.md')
    expect(extracted.settings).toEqual({ region: ['DE'], channel: 'chat' })
  })

  test('headings, table cells and paragraphs never glue into one sentence', () => {
    const [unit] = adapterById('markdown').extract(text, 'macro.md').units
    expect(unit!.text).toContain('Missing parcel\n\n')
    expect(unit!.text).toMatch(/You failed\s*\n\n\s*to pay/)
  })

  test('a table is read as one with CRLF line ends, in a quote or list; a pipe in a signature is plain text', () => {
    const unitText = (markdown: string): string => adapterById('markdown').extract(markdown, 'x.md').units[0]!.text
    expect(unitText('| Step | Note |\r\n|:--|--:|\r\n| You failed | to pay |\r\n')).toMatch(/You failed\s*\n\n\s*to pay/)
    expect(unitText('> Step | Note\n> ---|---\n> You failed | to pay\n')).toMatch(/You failed\s*\n\n\s*to pay/)
    expect(unitText('- Step | Note\n  -|-\n  You failed | to pay\n')).toMatch(/You failed\s*\n\n\s*to pay/)
    expect(unitText('Kind regards,\nAna | Support Team\n')).toBe('Kind regards,\nAna | Support Team')
  })

  test.each([
    ['UK', 'front matter region: "UK" is not a known ISO 3166-1 alpha-2 region code (did you mean GB?)'],
    ['EU', 'front matter region: "EU" is not a known ISO 3166-1 alpha-2 region code (EU is a group; list its countries, such as AT or BE)'],
    ['ZZ', 'front matter region: "ZZ" is not a known ISO 3166-1 alpha-2 region code (for example DE, US, JP)'],
    ['""', 'front matter region: an empty value is not a region code (write [] for no region)'],
  ])('front matter region %s is a parse error, not a quiet "no region" that lowers legal rules to info', (value, message) => {
    const result = linterWith().lint(`---\nregion: ${value}\n---\nAll sales are final: no refunds.\n`, { filePath: 'x.md' })
    expect(result.messages.map((m) => [m.ruleId, m.message])).toEqual([['tactful/parse-error', message]])
  })

  test('broken front matter is a parse error, not a crash', () => {
    const result = linterWith().lint('---\nregion: [DE\n---\nHello\n', { filePath: 'x.md' })
    expect(result.messages.map((m) => m.ruleId)).toEqual(['tactful/parse-error'])
    expect(result.messages[0]!.message).toMatch(/front matter/)
  })

  test('blockquotes nested past 100 are a parse error at their line, read at once (micromark needs seconds for thousands)', () => {
    const deep = `Hello Anna,\n\n${'   > '.repeat(30_000)}you failed to\n`
    const result = linterWith().lint(deep, { filePath: 'x.md' })
    expect(result.messages.map((m) => [m.ruleId, m.position.start.line, m.message])).toEqual([['tactful/parse-error', 3, 'blockquotes nested 30000 deep; at most 100 are read']])
    const { messages } = lintChecked(`${'> '.repeat(100)}It was your mistake.\n`, 'x.md')
    expect(summary(messages)).toEqual([['no-blame-language', 'your mistake']])
  })

  test('lists nested past about 100 are a parse error at their line, read at once (micromark needs minutes for 1,000)', () => {
    const deep = `Hello Anna,\n\n${Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- you failed to\n`).join('')}`
    const result = linterWith().lint(deep, { filePath: 'x.md' })
    expect(result.messages.map((m) => [m.ruleId, m.position.start.line, m.message])).toEqual([['tactful/parse-error', 104, 'a list item indented 202 columns (lists nested about 101 deep); at most 200 columns are read']])
    // A tab is four columns; 100 levels, or a long indent that starts no list item, are read.
    expect(linterWith().lint(`Hello,\n\n${'\t'.repeat(51)}- item\n`, { filePath: 'x.md' }).messages.map((m) => m.message)).toEqual(['a list item indented 204 columns (lists nested about 102 deep); at most 200 columns are read'])
    const { messages } = lintChecked(`${Array.from({ length: 100 }, (_, depth) => `${'  '.repeat(depth)}- item\n`).join('')}${' '.repeat(200)}- It was your mistake.\n`, 'x.md')
    expect(summary(messages)).toEqual([['no-blame-language', 'your mistake']])
  })

  test('character references and escapes map back to the source', () => {
    const { messages } = lintChecked('It is your\\_mistake &amp; your&#32;fault.\n', 'x.md')
    expect(summary(messages)).toEqual([['no-blame-language', 'your&#32;fault']])
  })
})
