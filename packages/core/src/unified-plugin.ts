import type { Root } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { hasHtmlTags } from '@tactful/adapters'
import type { Channel, TactfulConfig } from '@tactful/engine'
import { createLinter } from './create-linter.js'

/** Options of the unified plugin: a tactful config plus the customer context. */
export interface TactfulPluginOptions extends TactfulConfig {
  channel?: Channel
  /** Adapter for the file's source (markdown, html, …); by default from the file's extension, else plain text. */
  format?: string
}

interface VFileLike {
  value: unknown
  path?: string
  message(reason: string, options: Record<string, unknown>): { [key: string]: unknown }
}

/** The file's source as text: unified-engine and `to-vfile` hand files over as bytes. */
function sourceOf(file: VFileLike, tree: Root): string {
  if (typeof file.value === 'string') return file.value
  if (file.value instanceof Uint8Array) return new TextDecoder().decode(file.value)
  return toString(tree)
}

/**
 * The format of a file with no name: plain text when the prose tree is the whole source (a retext
 * pipeline), else the markup remark-retext or rehype-retext read it from: HTML when it has tags.
 */
function formatWithoutPath(source: string, tree: Root): string {
  if (toString(tree) === source) return 'text'
  return hasHtmlTags(source) ? 'html' : 'markdown'
}

/**
 * A unified plugin for retext pipelines (and remark/rehype through
 * remark-retext or rehype-retext): runs tactful's rules on the document and
 * adds vfile messages with `ruleId`, `source: 'tactful'`, `url`, `actual`
 * and `expected`. It lints the file's source through the adapter of its
 * format (from `format` or the file's extension), so positions are those of
 * the original file, as remark-retext and rehype-retext report them.
 */
export default function retextTactful(options: TactfulPluginOptions | null = {}) {
  const { format, channel, ...config } = options ?? {}
  const linter = createLinter(config)
  return function transformer(tree: Root, file: VFileLike): void {
    const source = sourceOf(file, tree)
    const { messages } = linter.lint(source, {
      ...(file.path ? { filePath: file.path } : {}),
      ...(format ? { format } : file.path ? {} : { format: formatWithoutPath(source, tree) }),
      ...(channel !== undefined ? { channel } : {}),
    })
    for (const m of messages) {
      const message = file.message(m.message, {
        place: { start: m.position.start, end: m.position.end },
        ruleId: m.ruleId,
        source: 'tactful',
      })
      message.url = m.url
      message.actual = m.actual
      message.expected = m.expected ?? []
      if (m.note) message.note = m.note
      message.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined
    }
  }
}
