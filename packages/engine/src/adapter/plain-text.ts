import type { Adapter } from '../types/unit.js'
import { OffsetMap } from '../position/offset-map.js'

/** The fallback adapter: the whole text is one body unit, verbatim. */
export const plainTextAdapter: Adapter = {
  id: 'text',
  extensions: ['.txt'],
  extract(text) {
    return { units: [{ text, kind: 'body', offsetMap: OffsetMap.identity(0, text.length), placeholders: [] }], directives: [] }
  },
}
