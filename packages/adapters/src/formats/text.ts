import { UnitBuilder } from '../unit-builder.js'
import type { InnerFormat } from './inner.js'

/** Plain text: the range is one body unit, verbatim. */
export const readText: InnerFormat = (source, start, end) => {
  const builder = new UnitBuilder(source).copy(start, end - start)
  return { drafts: [{ builder, kind: 'body' }], directives: [] }
}
