import type { ReportedSeverity } from '@tactful/engine'
import { styles } from './ansi.js'
import { displayPath } from './display-path.js'
import { plural } from './plural.js'
import type { Formatter } from './types.js'

/** The longest length; a loop, as `Math.max(...)` overflows the call stack on a file with ~100,000 findings. */
function widest(cells: readonly string[]): number {
  let width = 0
  for (const cell of cells) if (cell.length > width) width = cell.length
  return width
}

/**
 * ESLint's stylish layout: a path line, then `line:column  severity  message
 * ruleId` in aligned columns, then a summary. Prints nothing when clean.
 */
export const stylish: Formatter = (results, options) => {
  const c = styles(options.color)
  const paint: Record<ReportedSeverity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue }
  let errors = 0
  let warnings = 0
  let infos = 0
  let fixableErrors = 0
  let fixableWarnings = 0
  let out = ''
  for (const result of results) {
    if (result.messages.length === 0) continue
    errors += result.errorCount
    warnings += result.warningCount
    infos += result.infoCount
    const rows = result.messages.map((m) => {
      if (m.fix && m.severity === 'error') fixableErrors++
      if (m.fix && m.severity === 'warning') fixableWarnings++
      return {
        position: `${m.position.start.line}:${m.position.start.column}`,
        severity: m.severity,
        message: m.message.replace(/\s*\r?\n\s*/g, ' '),
        ruleId: m.ruleId,
      }
    })
    const widths = {
      position: widest(rows.map((r) => r.position)),
      severity: widest(rows.map((r) => r.severity)),
      message: widest(rows.map((r) => r.message)),
    }
    out += `\n${c.underline(displayPath(result.filePath, options.cwd))}\n`
    for (const row of rows) {
      out += `  ${c.dim(row.position.padEnd(widths.position))}  ${paint[row.severity](row.severity.padEnd(widths.severity))}  ${row.message.padEnd(widths.message)}  ${c.dim(row.ruleId)}`.trimEnd() + '\n'
    }
  }
  const total = errors + warnings + infos
  if (total === 0) return ''
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`
  out += `\n${(errors > 0 ? c.red : c.yellow)(c.bold(summary))}\n`
  if (fixableErrors + fixableWarnings > 0) {
    out += (errors > 0 ? c.red : c.yellow)(c.bold(`  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`)) + '\n'
  }
  return out
}
