import { describe, expect, it } from 'vitest'
import { OffsetMapBuilder } from './offset-map.js'

// "Hi " copied from file offset 10, then "café" decoded from the 9 characters "caf=C3=A9", then " now" copied.
const map = new OffsetMapBuilder().copy(10, 3).decoded(13, 9, 4).copy(22, 4).build()

describe('OffsetMap', () => {
  it('maps copied text offset by offset, and a decoded stretch to its edges', () => {
    expect(map.toFile(1)).toBe(11)
    expect(map.toFile(3, 'start')).toBe(13)
    expect(map.toFile(5, 'start')).toBe(13)
    expect(map.toFile(5, 'end')).toBe(22)
    expect(map.toFile(9, 'end')).toBe(24)
    expect(map.toFile(11, 'end')).toBe(26)
  })

  it('calls a range exact unless an end falls strictly inside a decoded stretch', () => {
    expect(map.isExact(0, 3)).toBe(true)
    expect(map.isExact(0, 7)).toBe(true)
    expect(map.isExact(3, 7)).toBe(true)
    expect(map.isExact(4, 7)).toBe(false)
    expect(map.isExact(3, 5)).toBe(false)
    expect(map.isExact(7, 11)).toBe(true)
  })
})
