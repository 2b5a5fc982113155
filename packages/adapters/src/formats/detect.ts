import { readHtml } from './html.js'
import { readMarkdown } from './markdown.js'
import { readText } from './text.js'
import type { InnerFormat } from './inner.js'

const BY_EXTENSION: Record<string, InnerFormat> = {
  html: readHtml, htm: readHtml, xhtml: readHtml,
  md: readMarkdown, markdown: readMarkdown,
  txt: readText, text: readText,
}

/**
 * The carrier format of a template file: `welcome.html.hbs` is HTML,
 * `reply.md.liquid` Markdown; without an inner extension, HTML when the text
 * has HTML tags, else plain text.
 */
export function carrierFormat(text: string, filePath: string | undefined): InnerFormat {
  const name = (filePath ?? '').replace(/\\/g, '/').split('/').pop()!.toLowerCase()
  const parts = name.split('.')
  if (parts.length >= 3) {
    const inner = BY_EXTENSION[parts[parts.length - 2]!]
    if (inner) return inner
  }
  return /<(html|body|p|div|table|td|br|span|a|h[1-6]|ul|li|img|strong|em|b|i)\b[^>]*>/i.test(text) ? readHtml : readText
}
