import { displayPath } from './display-path.js'
import type { Formatter } from './types.js'

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const

/** Message data escaping of GitHub workflow commands. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Property values additionally escape `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** GitHub Actions workflow commands, so problems show as annotations on the diff. */
export const github: Formatter = (results, options) => {
  let out = ''
  for (const result of results) {
    const file = escapeProperty(displayPath(result.filePath, options.cwd))
    for (const m of result.messages) {
      const { start, end } = m.position
      const props = `file=${file},line=${start.line},col=${start.column},endLine=${end.line},endColumn=${end.column},title=${escapeProperty(m.ruleId)}`
      out += `::${COMMAND[m.severity]} ${props}::${escapeData(m.message)}\n`
    }
  }
  return out
}
