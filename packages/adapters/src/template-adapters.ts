import type { Adapter } from '@tactful/engine'
import { templatedAdapter } from './templated-adapter.js'
import { readText } from './formats/text.js'
import { carrierReader, type CarrierReaders } from './formats/detect.js'
import { formatSpec } from './formats-list.js'

/** Plain text (which may hold template tags): cheap, needs no parser. */
export const textAdapter: Adapter = templatedAdapter({ ...formatSpec('text'), inner: readText })

/**
 * The template-language adapters, reading each file's carrier format (HTML,
 * Markdown or text) with `readers`; the caller decides which are loaded.
 */
export function templateAdapters(readers: CarrierReaders): Record<'handlebars' | 'mustache' | 'liquid' | 'jinja', Adapter> {
  const detect = { detect: (text: string, filePath: string | undefined) => carrierReader(readers, text, filePath) }
  return {
    handlebars: templatedAdapter({ ...formatSpec('handlebars'), inner: detect }),
    mustache: templatedAdapter({ ...formatSpec('mustache'), inner: detect }),
    liquid: templatedAdapter({ ...formatSpec('liquid'), inner: detect }),
    jinja: templatedAdapter({ ...formatSpec('jinja'), inner: detect }),
  }
}
