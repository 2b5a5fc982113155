import { describe, expect, it } from 'vitest'
import { matchCase, startsSentence } from './match-case.js'

describe('matchCase', () => {
  it('copies a leading capital', () => {
    expect(matchCase('by 14 March', 'Soon')).toBe('By 14 March')
    expect(matchCase('by 14 March', 'soon')).toBe('by 14 March')
  })

  it('copies capitals from shouted phrases but not from acronyms', () => {
    expect(matchCase('by [date]', 'AS SOON AS POSSIBLE')).toBe('BY [DATE]')
    expect(matchCase('by [date]', 'ASAP')).toBe('By [date]')
  })

  it('capitalises an acronym\'s replacement only at the start of a sentence', () => {
    expect(matchCase('by [date]', 'ASAP', false)).toBe('by [date]')
    expect(matchCase('order number', 'ORDER ID', false)).toBe('ORDER NUMBER')
    expect(['please reply ASAP', 'Reply now. ASAP', '"ASAP', ''].map((text) => startsSentence(text, text.lastIndexOf('ASAP') < 0 ? 0 : text.lastIndexOf('ASAP')))).toEqual([false, true, true, true])
  })
})
