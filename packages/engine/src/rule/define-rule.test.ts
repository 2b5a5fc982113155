import { describe, expect, it } from 'vitest'
import { defineRule } from './define-rule.js'

const meta = { description: 'Flags nothing', category: 'politeness', languages: ['en'], defaultSeverity: 'warning', fixable: false, messages: { x: 'x' } } as const

describe('defineRule', () => {
  it('takes kebab-case ids, with an optional namespace', () => {
    expect(defineRule({ meta: { ...meta, id: 'no-asap' }, create: () => ({}) }).meta.id).toBe('no-asap')
    expect(defineRule({ meta: { ...meta, id: 'acme/no-asap' }, create: () => ({}) }).meta.id).toBe('acme/no-asap')
    for (const id of ['NoAsap', 'no_asap', 'acme/', '/no-asap', 'a/b/c']) {
      expect(() => defineRule({ meta: { ...meta, id }, create: () => ({}) })).toThrow(`"${id}" is not a kebab-case rule id`)
    }
  })
})
