import { displayPath } from './display-path.js'
import { plural } from './plural.js'
import type { Formatter } from './types.js'

const LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const

/** One line per problem, easy to grep: `path: line 3, col 7, Warning - message (rule-id)`. */
export const compact: Formatter = (results, options) => {
  let out = ''
  let total = 0
  for (const result of results) {
    // A line break in a file name would split the one line a problem gets.
    const path = displayPath(result.filePath, options.cwd).replace(/\r/g, '\\r').replace(/\n/g, '\\n')
    for (const m of result.messages) {
      total++
      out += `${path}: line ${m.position.start.line}, col ${m.position.start.column}, ${LABEL[m.severity]} - ${m.message.replace(/\s*\r?\n\s*/g, ' ')} (${m.ruleId})\n`
    }
  }
  return total > 0 ? `${out}\n${plural(total, 'problem')}\n` : ''
}
