import { describe, expect, test } from 'vitest'
import { scanTags } from '@tactful/adapters'
import { adapterById, lintChecked, linterWith, summary } from './harness.js'

describe('html adapter', () => {
  const page = [
    '<!doctype html>',
    '<html><head><title>Your mistake &amp; our fix</title>',
    '<style>p { color: red } /* your fault */</style></head>',
    '<body>',
    '<!-- tactful-disable-next-line no-blame-language -->',
    '<p>Again your fault</p>',
    '<table><tr><td>You failed</td><td>to pay</td></tr></table>',
    '<p>We saw that your&nbsp;mistake was small.<br>It is fixed &#8212; sorry.</p>',
    '<div style="display: none">your fault</div><span hidden>your fault</span><p aria-hidden="true">your fault</p>',
    '<script>var x = "your fault"</script>',
    '<img src="logo.png" alt="It is your fault">',
    '</body></html>',
  ].join('\n')

  test('lints visible text, title and alt; skips script, style, hidden and commented-out lines', () => {
    const { messages, edited } = lintChecked(page, 'mail.html')
    expect(summary(messages)).toEqual([
      ['no-blame-language', 'Your mistake'],
      ['no-blame-language', 'your&nbsp;mistake'],
      ['no-blame-language', 'your fault'],
    ])
    expect(messages[2]!.position.start.line).toBe(11)
    expect(edited).toContain(page.replace('alt="It is your fault"', 'alt="It is this mix-up"'))
  })

  test('table cells, paragraphs and <br> never glue sentences', () => {
    const units = adapterById('html').extract(page, 'mail.html').units
    expect(units.map((u) => u.kind)).toEqual(['subject', 'body', 'subject'])
    expect(units[2]!.text).toBe('It is your fault')
    expect(units[0]!.text).toBe('Your mistake & our fix')
    expect(units[1]!.text).toMatch(/You failed\n\nto pay/)
    expect(units[1]!.text).toContain('your mistake was small.\nIt is fixed — sorry.')
  })

  test('decoded entities map back to the whole reference', () => {
    const { messages } = lintChecked('<p>It is your&#32;mistake</p>', 'a.html')
    expect(messages[0]!.actual).toBe('your&#32;mistake')
  })

  test('replacement text is escaped for HTML', () => {
    const adapter = adapterById('html')
    const [unit] = adapter.extract('<p>x</p>', 'a.html').units
    expect(adapter.encodeReplacement!('a < b & "c"', unit!, [0, 1])).toBe('a &lt; b &amp; &quot;c&quot;')
  })

  test('a replacement in an attribute is escaped for its quotes, and not offered where no quotes hold it', () => {
    const adapter = adapterById('html')
    const [, unquoted, single, double] = adapter.extract(`<p>x</p><img alt=soon><img alt='late'><img alt="late">`, 'a.html').units
    const encode = (unit: typeof unquoted, text: string) => adapter.encodeReplacement!(text, unit!, [0, 4])
    expect([unquoted!.text, single!.text, double!.text]).toEqual(['soon', 'late', 'late'])
    expect([encode(unquoted, 'by [date]'), encode(unquoted, 'promptly'), encode(unquoted, 'a"b')]).toEqual([undefined, 'promptly', undefined])
    expect(encode(single, "We didn't <get> it")).toBe('We didn&#39;t &lt;get&gt; it')
    expect(encode(double, 'say "hi"')).toBe('say &quot;hi&quot;')
  })
})

describe('handlebars adapter', () => {
  const template = [
    '{{!-- tactful-disable-next-line -- legal asked for this wording --}}',
    '<p>Hi {{first_name}}, your fault is noted.</p>',
    '<p>{{#if vip}}You failed to pay{{else}}Your payment is late{{/if}} to us.</p>',
    '<p>{{#each items}}{{name}}{{/each}} It was {{{your_mistake_html}}}.</p>',
  ].join('\n')

  test('a template extension wins and the carrier format is detected', () => {
    const linter = linterWith()
    expect(linter.adapterFor('welcome.html.hbs')?.id).toBe('handlebars')
    expect(linter.adapterFor('welcome.mustache')?.id).toBe('mustache')
    const units = adapterById('handlebars').extract(template, 'welcome.html.hbs').units
    expect(units[0]!.text.startsWith('\n\nHi xxxxxxxxxxxxxx,') || units[0]!.text.includes('Hi xxxxxxxxxxxxxx,')).toBe(true)
    expect(units[0]!.text).not.toContain('<p>')
  })

  test('if/else branches are linted apart: no unit holds both', () => {
    const all = adapterById('handlebars').extract(template, 'welcome.html.hbs').units
    expect(all.map((u) => u.kind)).toEqual(['body', 'body', 'template'])
    const units = all.filter((u) => u.kind === 'body')
    expect(units.map((u) => u.branch)).toEqual(['first branches', '{{#if vip}} (line 3) branch 2'])
    expect(units[0]!.text).toContain('You failed to pay')
    expect(units[0]!.text).not.toContain('Your payment is late')
    expect(units[1]!.text).toContain('Your payment is late')
    expect(units[1]!.text).not.toContain('You failed to pay')
  })

  test('comments are directives, placeholders are never flagged, and findings are not duplicated per branch', () => {
    const { messages } = lintChecked(template, 'welcome.html.hbs')
    expect(summary(messages)).toEqual([['no-blame-language', 'You failed to']])
    expect(messages[0]!.position.start).toEqual({ line: 3, column: 15, offset: 130 })
  })

  test('a branch glued to the text after it reads as rendered', () => {
    const { messages } = lintChecked('{{#if late}}We are sorry, you{{else}}You{{/if}} failed to pay.', 'x.hbs')
    // Both branches render "… you failed to pay"; each is reported once, with
    // no suggestion, since a rewrite would delete the tags in between.
    expect(summary(messages)).toEqual([
      ['no-blame-language', 'you{{else}}You{{/if}} failed to'],
      ['no-blame-language', 'You{{/if}} failed to'],
    ])
    expect(messages.map((m) => m.suggestions)).toEqual([undefined, undefined])
  })
})

describe('suggestions inside if/else branches', () => {
  test('a finding inside a branch keeps its suggestions', () => {
    const { messages } = lintChecked('{{#if x}}You failed to send it.{{else}}Thanks.{{/if}}', 'x.hbs')
    expect(summary(messages)).toEqual([['no-blame-language', 'You failed to']])
    expect(messages[0]!.suggestions?.map((s) => s.fix.text)).toEqual(["It looks like you weren't able to"])
  })
})

describe('html markup inside a sentence', () => {
  test('a rewrite across inline tags is not offered, so markup is never lost', () => {
    const text = '<p>Sorry, <b>you</b> failed to<br>pay. Your <i>mistake</i>? No: your mistake.</p>'
    const { messages } = lintChecked(text, 'a.html')
    expect(summary(messages)).toEqual([
      ['no-blame-language', 'you</b> failed to'],
      ['no-blame-language', 'Your <i>mistake'],
      ['no-blame-language', 'your mistake'],
    ])
    expect(messages[0]!.suggestions).toBeUndefined()
    expect(messages[1]!.suggestions).toBeUndefined()
    expect(messages[2]!.suggestions?.map((s) => s.fix)).toEqual([
      { range: [64, 76], text: 'this mix-up' },
      { range: [64, 76], text: 'what went wrong' },
    ])
  })
})

describe('template unit', () => {
  test('a templated file gets one template unit with its tags in file offsets', () => {
    const text = 'Hi {{first_name}},\n{{#if vip}}Thanks{{/if}} {% if x %}'
    const units = adapterById('text').extract(text, 'a.txt').units
    const template = units.find((u) => u.kind === 'template')!
    expect(template.text).toBe(text)
    expect(template.templateTags?.map((t) => [t.raw, t.kind, t.syntax, t.range, t.problem ?? null])).toEqual([
      ['{{first_name}}', 'value', 'mustache', [3, 17], null],
      ['{{#if vip}}', 'open', 'handlebars', [19, 30], null],
      ['{{/if}}', 'close', 'mustache', [36, 43], null],
      ['{% if x %}', 'open', 'liquid', [44, 54], 'unclosed-block'],
    ])
  })

  test('a file without tags has no template unit', () => {
    expect(adapterById('text').extract('Hello there', 'a.txt').units.map((u) => u.kind)).toEqual(['body'])
  })
})

describe('template tags with closers inside their strings', () => {
  test('"}}" or "%}" inside a quoted argument does not end the tag', () => {
    expect(scanTags('Hi {{ default "a}}b order ID" }} there, {{name}}.').map((t) => [t.raw, t.kind])).toEqual([
      ['{{ default "a}}b order ID" }}', 'value'],
      ['{{name}}', 'value'],
    ])
    expect(scanTags('{% assign note = "50%} off" %}Your order ships today.').map((t) => t.raw)).toEqual(['{% assign note = "50%} off" %}'])
  })

  test('an apostrophe in a tag is not a string that hides its closer', () => {
    expect(scanTags("{{t don't}} and {{name}}").map((t) => t.raw)).toEqual(["{{t don't}}", '{{name}}'])
  })
})
