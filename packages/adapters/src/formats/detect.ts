import type { InnerFormat } from './inner.js'

/** The prose formats a template file can be written in. */
export type CarrierId = 'text' | 'markdown' | 'html'

/** Readers of the carrier formats; text is always there, HTML and Markdown when loaded. */
export type CarrierReaders = { text: InnerFormat } & Partial<Record<CarrierId, InnerFormat>>

const BY_EXTENSION: Record<string, CarrierId> = {
  html: 'html', htm: 'html', xhtml: 'html',
  md: 'markdown', markdown: 'markdown',
  txt: 'text', text: 'text',
}

/** The carrier named by a template's inner extension (`welcome.html.hbs` is HTML), if it has one. */
export function innerCarrier(filePath: string | undefined): CarrierId | undefined {
  const name = (filePath ?? '').replace(/\\/g, '/').split('/').pop()!.toLowerCase()
  const parts = name.split('.')
  return parts.length >= 3 ? BY_EXTENSION[parts[parts.length - 2]!] : undefined
}

/** Whether text has HTML tags: how a template without an inner extension, or a nameless file under rehype, is told from prose. */
export function hasHtmlTags(text: string): boolean {
  return /<(?:html|head|body|p|div|table|td|br|span|a|h[1-6]|ul|ol|li|img|strong|em|b|i|pre|code|script|style)\b[^>]*>/i.test(text)
}

/**
 * The carrier format of a template file: `welcome.html.hbs` is HTML,
 * `reply.md.liquid` Markdown; without an inner extension, HTML when the text
 * has HTML tags, else plain text.
 */
export function carrierOf(text: string, filePath: string | undefined): CarrierId {
  return innerCarrier(filePath) ?? (hasHtmlTags(text) ? 'html' : 'text')
}

/** The reader of a template's carrier format, from `readers`. */
export function carrierReader(readers: CarrierReaders, text: string, filePath: string | undefined): InnerFormat {
  const id = carrierOf(text, filePath)
  const reader = readers[id]
  if (!reader) throw new Error(`tactful: the ${id} format was not loaded (load it with loadFormats before linting)`)
  return reader
}
