import type { Formatter } from './types.js'

/**
 * The JSON contract other tools read: `[{ filePath, messages, errorCount,
 * warningCount, infoCount }]`, plus `output` when `--fix-dry-run` changed the text.
 */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages,
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      infoCount: r.infoCount,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  )
