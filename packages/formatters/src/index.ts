import { compact } from './compact.js'
import { github } from './github.js'
import { json } from './json.js'
import { sarif } from './sarif.js'
import { stylish } from './stylish.js'
import type { Formatter } from './types.js'

export type { FileResult, Formatter, FormatterOptions, FormatterRuleMeta } from './types.js'
export { compact, github, json, sarif, stylish }
export { escapeData, escapeProperty } from './github.js'
export { displayPath } from './display-path.js'

/** The built-in formatters by `--format` name. */
export const formatters: ReadonlyMap<string, Formatter> = new Map([
  ['stylish', stylish],
  ['json', json],
  ['compact', compact],
  ['github', github],
  ['sarif', sarif],
])
