import type { Adapter } from '@tactful/engine'
import { templatedAdapter } from './templated-adapter.js'
import { readText } from './formats/text.js'
import { readMarkdown } from './formats/markdown.js'
import { readHtml } from './formats/html.js'
import { carrierFormat } from './formats/detect.js'
import { jsonAdapter } from './catalog-json.js'
import { yamlAdapter } from './catalog-yaml.js'
import { csvAdapter } from './transcript-csv.js'
import { jsonlAdapter } from './transcript-jsonl.js'
import { emlAdapter } from './mail-eml.js'

const detect = { detect: carrierFormat }

export const textAdapter = templatedAdapter({ id: 'text', extensions: ['.txt', '.text'], inner: readText })
export const markdownAdapter = templatedAdapter({ id: 'markdown', extensions: ['.md', '.markdown'], inner: readMarkdown })
export const htmlAdapter = templatedAdapter({ id: 'html', extensions: ['.html', '.htm', '.xhtml'], inner: readHtml })
export const handlebarsAdapter = templatedAdapter({ id: 'handlebars', extensions: ['.hbs', '.handlebars'], inner: detect })
export const mustacheAdapter = templatedAdapter({ id: 'mustache', extensions: ['.mustache'], inner: detect })
export const liquidAdapter = templatedAdapter({ id: 'liquid', extensions: ['.liquid'], inner: detect })
export const jinjaAdapter = templatedAdapter({ id: 'jinja', extensions: ['.j2', '.jinja', '.jinja2', '.njk', '.nunjucks'], inner: detect })

/** Every built-in adapter; the engine picks one by `format` or the longest matching file extension. */
export const adapters: readonly Adapter[] = [
  textAdapter,
  markdownAdapter,
  htmlAdapter,
  handlebarsAdapter,
  mustacheAdapter,
  liquidAdapter,
  jinjaAdapter,
  jsonAdapter,
  yamlAdapter,
  csvAdapter,
  jsonlAdapter,
  emlAdapter,
]

export { jsonAdapter, yamlAdapter, csvAdapter, jsonlAdapter, emlAdapter }

export { scanTags } from './template/scan-tags.js'
export type { ScannedTag, TemplateSyntax, TagKind, TagProblem } from './template/tag.js'
