import { describe, expect, it } from 'vitest'
import { matchCase } from './match-case.js'

describe('matchCase', () => {
  it('copies a leading capital', () => {
    expect(matchCase('by 14 March', 'Soon')).toBe('By 14 March')
    expect(matchCase('by 14 March', 'soon')).toBe('by 14 March')
  })

  it('copies capitals from shouted phrases but not from acronyms', () => {
    expect(matchCase('by [date]', 'AS SOON AS POSSIBLE')).toBe('BY [DATE]')
    expect(matchCase('by [date]', 'ASAP')).toBe('By [date]')
  })
})
