import { describe, expect, it } from 'vitest'
import { diffEdit, shiftRange, type Range } from './track-edits'

describe('diffEdit', () => {
  it('finds an insertion, a deletion and a replacement', () => {
    expect(diffEdit('we ship soon', 'we will ship soon')).toEqual({ start: 3, oldEnd: 3, newEnd: 8 })
    expect(diffEdit('we will ship soon', 'we ship soon')).toEqual({ start: 3, oldEnd: 8, newEnd: 3 })
    expect(diffEdit('ship soon', 'ship today')).toEqual({ start: 5, oldEnd: 9, newEnd: 10 })
    expect(diffEdit('same', 'same')).toBeUndefined()
  })

  it('keeps prefix and suffix from overlapping on repeated letters', () => {
    expect(diffEdit('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 })
    expect(diffEdit('aaaa', 'aa')).toEqual({ start: 2, oldEnd: 4, newEnd: 2 })
  })
})

describe('shiftRange', () => {
  const soon: Range = [13, 17] // "we will ship soon": "soon"

  it('moves a range after the edit by the edit length', () => {
    expect(shiftRange(soon, diffEdit('we will ship soon', 'Hi! we will ship soon')!)).toEqual([17, 21])
    expect(shiftRange(soon, diffEdit('we will ship soon', 'we ship soon')!)).toEqual([8, 12])
  })

  it('keeps a range before the edit', () => {
    expect(shiftRange([0, 2], diffEdit('we will ship soon', 'we will ship soon, promise')!)).toEqual([0, 2])
  })

  it('keeps a range when typing goes on right after it, until the next lint decides', () => {
    expect(shiftRange(soon, diffEdit('we will ship soon', 'we will ship sooner')!)).toEqual([13, 17])
  })

  it('drops a range the edit touches', () => {
    expect(shiftRange(soon, diffEdit('we will ship soon', 'we will ship son')!)).toBeUndefined()
    expect(shiftRange(soon, diffEdit('we will ship soon', 'we will ship today')!)).toBeUndefined()
  })

  it('drops an empty range at the edit point (the thing it said was missing may be there now)', () => {
    expect(shiftRange([0, 0], diffEdit('Thanks', 'Hello, Thanks')!)).toBeUndefined()
  })
})
