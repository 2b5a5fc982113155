import type { Adapter } from '@tactful/engine'
import { textAdapter, templateAdapters } from './template-adapters.js'
import { markdownAdapter, readMarkdown } from './markdown-adapter.js'
import { htmlAdapter, readHtml } from './html-adapter.js'
import { readText } from './formats/text.js'
import { jsonAdapter } from './catalog-json.js'
import { yamlAdapter } from './catalog-yaml.js'
import { csvAdapter } from './transcript-csv.js'
import { jsonlAdapter } from './transcript-jsonl.js'
import { emlAdapter } from './mail-eml.js'
import { FORMATS, type FormatId } from './formats-list.js'

const templates = templateAdapters({ text: readText, markdown: readMarkdown, html: readHtml })

export const { handlebars: handlebarsAdapter, mustache: mustacheAdapter, liquid: liquidAdapter, jinja: jinjaAdapter } = templates

const byId: Record<FormatId, Adapter> = {
  text: textAdapter,
  markdown: markdownAdapter,
  html: htmlAdapter,
  ...templates,
  json: jsonAdapter,
  yaml: yamlAdapter,
  csv: csvAdapter,
  jsonl: jsonlAdapter,
  eml: emlAdapter,
}

/**
 * Every built-in adapter, loaded up front; the engine picks one by `format`
 * or the longest matching file extension. (`@tactful/adapters/on-demand`
 * has the same list loading each format's parser only when a file needs it.)
 */
export const adapters: readonly Adapter[] = FORMATS.map((f) => byId[f.id])

export { textAdapter, markdownAdapter, htmlAdapter, jsonAdapter, yamlAdapter, csvAdapter, jsonlAdapter, emlAdapter }
export { FORMATS, type FormatSpec, type FormatId } from './formats-list.js'

export { scanTags } from './template/scan-tags.js'
export { hasHtmlTags } from './formats/detect.js'
export type { ScannedTag, TemplateSyntax, TagKind, TagProblem } from './template/tag.js'
