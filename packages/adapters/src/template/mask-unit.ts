import type { LintUnit } from '@tactful/engine'
import { scanTags } from './scan-tags.js'

/** Message-format placeholders of catalogues: `{name}`, `{0}`, `%{name}`, `%s`, `%1$s`, `:name`-less. */
const CATALOG_PLACEHOLDER = /%\{[\w.]+\}|\{[\w.]+\}|%(?:\d+\$)?[sdif@]/g

/**
 * Masks the template tags inside one unit whose text was decoded from a
 * string (a catalogue value, a transcript turn): values become "x" runs, other
 * tags spaces, and all of them join the unit's placeholders. The text keeps
 * its length, so the offset map stays valid. Branches are not split here: a
 * single catalogue string rarely holds an `{{else}}`.
 */
export function maskUnitPlaceholders(unit: LintUnit, catalog = true): LintUnit {
  const chars = unit.text.split('')
  const ranges: Array<[number, number]> = [...unit.placeholders]
  const fill = (start: number, end: number, ch: string) => {
    for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ch
    ranges.push([start, end])
  }
  for (const tag of scanTags(unit.text)) fill(tag.start, tag.end, tag.kind === 'value' ? 'x' : ' ')
  if (catalog) {
    const masked = chars.join('')
    let match: RegExpExecArray | null
    CATALOG_PLACEHOLDER.lastIndex = 0
    while ((match = CATALOG_PLACEHOLDER.exec(masked))) fill(match.index, match.index + match[0].length, 'x')
  }
  if (ranges.length === unit.placeholders.length) return unit
  ranges.sort((a, b) => a[0] - b[0])
  return { ...unit, text: chars.join(''), placeholders: ranges }
}
