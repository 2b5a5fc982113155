import { describe, expect, test } from 'vitest'
import { adapterById, lintChecked, linterWith } from './harness.js'

describe('liquid adapter', () => {
  const template = [
    '{% comment %} tactful-disable-next-line no-blame-language {% endcomment %}',
    'Hi {{ customer.first_name | default: "there" }}, this is your fault.',
    '{% if order.late %}',
    'Sorry, your mistake was ours.',
    '{% elsif order.lost %}',
    'You failed to give an address.',
    '{% else %}',
    'Your order is on time.',
    '{% endif %}',
    'It was your fault.',
  ].join('\n')

  test('comment blocks are directives; if/elsif/else branches are linted apart', () => {
    const linter = linterWith()
    expect(linter.adapterFor('shipping.liquid')?.id).toBe('liquid')
    const units = adapterById('liquid').extract(template, 'shipping.liquid').units.filter((u) => u.kind === 'body')
    expect(units).toHaveLength(3)
    expect(units.filter((u) => u.text.includes('You failed to give') && u.text.includes('your mistake'))).toEqual([])
    const { messages } = lintChecked(template, 'shipping.liquid')
    expect(messages.map((m) => [m.actual, m.position.start.line])).toEqual([
      ['your mistake', 4],
      ['You failed to', 6],
      ['your fault', 10],
    ])
  })

  test('independent blocks share variants: every branch is linted, and 300 blocks make two variants, not 301', () => {
    const block = (i: number) => `{% if a${i} %}Thanks, order ${i} is packed.{% else %}${i === 299 ? 'It was your fault.' : `Order ${i} ships on 3 June.`}{% endif %}\n\n`
    const text = Array.from({ length: 300 }, (_, i) => block(i)).join('')
    const units = adapterById('liquid').extract(text, 'many.liquid').units.filter((u) => u.kind === 'body')
    expect(units.map((u) => u.branch)).toEqual(['first branches', '{% if a0 %} (line 1) branch 2 and 299 more'])
    expect(units[1]!.text).toContain('It was your fault.')
    expect(units[1]!.text).not.toContain('is packed')
    const { messages } = lintChecked(text, 'many.liquid')
    expect(messages.map((m) => [m.ruleId, m.actual, m.position.start.line])).toEqual([['no-blame-language', 'your fault', 599]])
  })

  test('a block nested in a branch is switched together with that branch', () => {
    const text = '{% if a %}Sorry.{% if b %}Thanks.{% else %}It was your fault.{% endif %}{% else %}Your mistake.{% endif %}'
    const units = adapterById('liquid').extract(text, 'nested.liquid').units.filter((u) => u.kind === 'body')
    // The inner else needs the outer first branch; the outer else hides the inner block: they cannot share a variant.
    expect(units.map((u) => u.branch)).toEqual(['first branches', '{% if a %} (line 1) branch 2', '{% if b %} (line 1) branch 2'])
    expect(units[2]!.text).toContain('It was your fault.')
    expect(units[2]!.text).not.toContain('Your mistake.')
  })

  test('an inline {% # %} comment is a directive', () => {
    const { messages } = lintChecked('{% # tactful-disable-next-line no-blame-language %}\nIt was your fault.\nIt was your fault.\n', 'a.liquid')
    expect(messages.map((m) => [m.actual, m.position.start.line])).toEqual([['your fault', 3]])
  })
})

describe('jinja adapter', () => {
  test('{# #} comments are directives and {% %} blocks are blanked', () => {
    const linter = linterWith()
    expect(linter.adapterFor('reply.txt.j2')?.id).toBe('jinja')
    expect(linter.adapterFor('reply.njk')?.id).toBe('jinja')
    const template = '{# tactful-disable-line #}It is your fault.\n{% for item in items %}{{ item.name }}{% endfor %} was your mistake.\n'
    const { messages } = lintChecked(template, 'reply.txt.j2')
    expect(messages.map((m) => [m.actual, m.position.start.line])).toEqual([['your mistake', 2]])
  })
})
