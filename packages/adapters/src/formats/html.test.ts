import { describe, expect, it } from 'vitest'
import { htmlAdapter } from '../html-adapter.js'

function body(source: string) {
  const unit = htmlAdapter.extract(source).units.find((u) => u.kind === 'body')!
  const toFile = (from: number, to: number) => source.slice(unit.offsetMap.toFile(from, 'start'), unit.offsetMap.toFile(to, 'end'))
  return { unit, toFile }
}

describe('HTML <br>', () => {
  it('ends an unfinished sentence with a blank line that maps back to the tag', () => {
    const { unit, toFile } = body('<p>Hello Anna, you<br>failed to add it.</p>')
    expect(unit.text).toBe('Hello Anna, you\n\nfailed to add it.\n\n')
    expect(toFile(15, 17)).toBe('<br>')
    expect(toFile(17, 23)).toBe('failed')
    expect(unit.placeholders).toEqual([[15, 17]])
  })

  it('is a plain line break after a finished sentence', () => {
    const { unit, toFile } = body('<p>It is fixed.<br/>Sorry!</p>')
    expect(unit.text).toBe('It is fixed.\nSorry!\n\n')
    expect(toFile(12, 13)).toBe('<br/>')
    expect(toFile(13, 19)).toBe('Sorry!')
  })
})
