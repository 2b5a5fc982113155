/** A built-in format: the adapter id (`format` option, `adapters` config) and the file extensions it reads. */
export interface FormatSpec {
  readonly id: string
  readonly extensions: readonly string[]
}

/**
 * Every built-in format, in the order adapters are listed. The one list both
 * the eager adapters (`adapters`) and the on-demand ones (`deferredAdapters`)
 * are built from. Data only: importing it loads no parser.
 */
export const FORMATS = [
  { id: 'text', extensions: ['.txt', '.text'] },
  { id: 'markdown', extensions: ['.md', '.markdown'] },
  { id: 'html', extensions: ['.html', '.htm', '.xhtml'] },
  { id: 'handlebars', extensions: ['.hbs', '.handlebars'] },
  { id: 'mustache', extensions: ['.mustache'] },
  { id: 'liquid', extensions: ['.liquid'] },
  { id: 'jinja', extensions: ['.j2', '.jinja', '.jinja2', '.njk', '.nunjucks'] },
  { id: 'json', extensions: ['.json', '.jsonc'] },
  { id: 'yaml', extensions: ['.yaml', '.yml'] },
  { id: 'csv', extensions: ['.csv', '.tsv'] },
  { id: 'jsonl', extensions: ['.jsonl', '.ndjson'] },
  { id: 'eml', extensions: ['.eml'] },
] as const satisfies readonly FormatSpec[]

export type FormatId = (typeof FORMATS)[number]['id']

/** Template languages: their carrier (HTML, Markdown or text) is chosen per file. */
export const TEMPLATE_FORMATS: readonly FormatId[] = ['handlebars', 'mustache', 'liquid', 'jinja']

export function formatSpec(id: FormatId): FormatSpec {
  return FORMATS.find((f) => f.id === id)!
}
