import type { Adapter, LintUnit } from '@tactful/engine'
import { textAdapter, templateAdapters } from './template-adapters.js'
import { readText } from './formats/text.js'
import { innerCarrier, type CarrierReaders } from './formats/detect.js'
import { FORMATS, TEMPLATE_FORMATS, type FormatId } from './formats-list.js'

/**
 * The built-in adapters with each format's parser loaded only when a file
 * needs it (a linted .txt file never loads micromark, parse5 or yaml).
 * `Adapter.extract` is synchronous, so callers `await loadFormats(...)` for
 * the files they are about to lint; the adapters in `deferredAdapters`
 * then read through the loaded ones.
 */

const readers: CarrierReaders = { text: readText }
const loaded = new Map<string, Adapter>([['text', textAdapter], ...Object.entries(templateAdapters(readers))])

/** The modules behind each format that needs a parser; the carriers register their reader for templates. */
const LOADERS: Partial<Record<FormatId, () => Promise<Adapter>>> = {
  async markdown() {
    const module = await import('./markdown-adapter.js')
    readers.markdown = module.readMarkdown
    return module.markdownAdapter
  },
  async html() {
    const module = await import('./html-adapter.js')
    readers.html = module.readHtml
    return module.htmlAdapter
  },
  json: async () => (await import('./catalog-json.js')).jsonAdapter,
  yaml: async () => (await import('./catalog-yaml.js')).yamlAdapter,
  csv: async () => (await import('./transcript-csv.js')).csvAdapter,
  jsonl: async () => (await import('./transcript-jsonl.js')).jsonlAdapter,
  eml: async () => (await import('./mail-eml.js')).emlAdapter,
}

const loading = new Map<string, Promise<void>>()

function loadedAdapter(id: string): Adapter {
  const adapter = loaded.get(id)
  if (!adapter) throw new Error(`tactful: the ${id} format was not loaded (load it with loadFormats before linting)`)
  return adapter
}

/** Stand-ins with each built-in format's id and extensions, for `createLinter`; they read through the loaded adapter. */
export const deferredAdapters: readonly Adapter[] = FORMATS.map(({ id, extensions }) => ({
  id,
  extensions,
  extract: (text: string, filePath?: string) => loadedAdapter(id).extract(text, filePath),
  encodeReplacement(text: string, unit: LintUnit, range: readonly [number, number]) {
    const adapter = loadedAdapter(id)
    return adapter.encodeReplacement ? adapter.encodeReplacement(text, unit, range) : text
  },
}))

function load(id: string): Promise<void> | undefined {
  if (loaded.has(id)) return undefined
  const loader = LOADERS[id as FormatId]
  if (!loader) return undefined
  let promise = loading.get(id)
  if (!promise) {
    promise = loader().then((adapter) => void loaded.set(id, adapter))
    loading.set(id, promise)
  }
  return promise
}

/** What reading a file of `format` needs: the format's own module, or for a template its carrier's. */
function needs(format: string, filePath: string | undefined): string {
  if (!TEMPLATE_FORMATS.includes(format as FormatId)) return format
  // Without an inner extension (`.html.hbs`), the text decides; HTML is the one a template may need.
  return innerCarrier(filePath) ?? 'html'
}

/**
 * Loads what linting these files needs: each one's format (by adapter id,
 * as `linter.adapterFor(path).id` names it) and, for templates, the carrier
 * format. Resolves at once when everything is loaded; ids that are not
 * built-in formats are ignored (adapters of your own are never deferred).
 */
export async function loadFormats(files: Iterable<{ format: string; filePath?: string }>): Promise<void> {
  const pending: Array<Promise<void>> = []
  for (const { format, filePath } of files) {
    const promise = load(needs(format, filePath))
    if (promise) pending.push(promise)
  }
  await Promise.all(pending)
}

/** Whether `loadFormats` would have nothing to load for this file, so callers can skip the await. */
export function formatLoaded(format: string, filePath?: string): boolean {
  const id = needs(format, filePath)
  return loaded.has(id) || !LOADERS[id as FormatId]
}

export { FORMATS, type FormatSpec, type FormatId } from './formats-list.js'
