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
