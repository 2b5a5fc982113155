import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import { compilePhraseRule, ConfigError, RuleDefinitionError, type PhraseRule, type PhraseRuleSource } from '@tactful/engine'
import type { LoadedConfig } from './load-config.js'
import { hashLibrary, libraryHash, NO_LIBRARIES } from './library-files.js'

/** One rule of a team's phrase library, with the file it was written in. */
export interface LibraryRule {
  rule: PhraseRule
  /** The rule as written (phrases before expansion), for docs pages. */
  source: PhraseRuleSource
  /** Absolute path of the library file. */
  file: string
  /** 1-based line of the rule in that file. */
  line: number
}

export interface PhraseLibraries {
  /** Rules by id (`custom/<name>`), ready for `createLinter`'s setup and the config registry. */
  rules: Map<string, PhraseRule>
  entries: LibraryRule[]
  /** Absolute paths of the library files; lint runs skip them (their fail examples are meant to fail). */
  files: string[]
  /** Hash of every library file's text, so caches notice an edited library. */
  fingerprint: string
}

/** Keys a library rule may not use: patterns are phrases, never regular expressions (no library can hang CI). */
const REFUSED_KEYS = ['regex', 'regexp', 'pattern']

/** Offsets of each segment of a key path such as `rules[2].patterns[0].suggest`; the deepest that exists wins. */
function offsetOf(doc: Document, keyPath: string): number {
  const segments = keyPath.split(/\.|(?=\[)/).filter(Boolean).map((s) => (/^\[\d+\]$/.test(s) ? Number(s.slice(1, -1)) : s))
  let node: unknown = doc.contents
  let offset = (doc.contents as { range?: [number] } | null)?.range?.[0] ?? 0
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment))
      if (!pair) break
      offset = (pair.key as { range?: [number] }).range?.[0] ?? offset
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as { range?: [number] } | undefined
      if (!item) break
      offset = item.range?.[0] ?? offset
      node = item
    } else break
  }
  return offset
}

class LibraryFile {
  readonly lines = new LineCounter()
  readonly doc: Document
  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false })
  }

  lineOf(keyPath: string): number {
    return this.lines.linePos(offsetOf(this.doc, keyPath)).line
  }

  /** "phrases.yaml:12: rules[2].patterns[0].suggest: needs a suggestion" via the CLI's config-problem printer. */
  error(keyPath: string, message: string): ConfigError {
    return new ConfigError(message, keyPath || undefined, `${this.path}:${this.lineOf(keyPath)}`)
  }
}

function readLibrary(path: string, configFile: string | undefined, index: number): LibraryFile {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new ConfigError(`cannot read phrase library ${path}${code === 'ENOENT' ? ' (file not found)' : ` (${code ?? String(error)})`}`, `phraseLibraries[${index}]`, configFile)
  }
  const file = new LibraryFile(path, text)
  const syntax = file.doc.errors[0]
  if (syntax) {
    const line = file.lines.linePos(syntax.pos[0]).line
    const detail = syntax.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigError(`${/\.json$/i.test(path) ? 'JSON' : 'YAML'} syntax error: ${detail}`, undefined, `${path}:${line}`)
  }
  return file
}

function findRefusedKey(value: unknown, at: string): string | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findRefusedKey(value[i], `${at}[${i}]`)
      if (found) return found
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (REFUSED_KEYS.includes(key)) return `${at}.${key}`
      const found = findRefusedKey(inner, `${at}.${key}`)
      if (found) return found
    }
  }
  return undefined
}

/** A library rule as written: a short `id` becomes `custom/<id>`, severity defaults to warning, docs link to the library file. */
function toSource(raw: Record<string, unknown>, file: LibraryFile, at: string): PhraseRuleSource {
  const id = raw.id
  if (typeof id !== 'string' || id === '') throw file.error(`${at}.id`, 'every library rule needs an id, a short kebab-case name such as refund-timeframe')
  if (id.includes('/') && !id.startsWith('custom/')) throw file.error(`${at}.id`, `"${id}": library rule ids are short names; tactful files them as custom/<name>`)
  return {
    severity: 'warning',
    url: pathToFileURL(file.path).href,
    ...raw,
    id: id.startsWith('custom/') ? id : `custom/${id}`,
  } as PhraseRuleSource
}

function compileLibrary(file: LibraryFile): LibraryRule[] {
  const data = file.doc.toJS() as unknown
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw file.error('', 'a phrase library must be a map with a "rules" list')
  for (const key of Object.keys(data)) if (key !== 'rules') throw file.error(key, 'unknown key; a phrase library holds a "rules" list')
  const rules = (data as { rules?: unknown }).rules
  if (!Array.isArray(rules)) throw file.error('rules', 'must be a list of rules')
  return rules.map((raw, i) => {
    const at = `rules[${i}]`
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw file.error(at, 'a rule must be a map of keys such as id, kind and patterns')
    const refused = findRefusedKey(raw, at)
    if (refused) {
      // "pattern:" beside a rule's keys is most often "patterns:" misspelled.
      const hint = refused.endsWith('.pattern') ? 'unknown key; did you mean "patterns"? (regular expressions are not supported either)' : 'regular expressions are not supported; write phrases with (a|b) alternatives and * for any one word'
      throw file.error(refused, hint)
    }
    const source = toSource(raw as Record<string, unknown>, file, at)
    try {
      return { rule: compilePhraseRule(source), source, file: file.path, line: file.lineOf(at) }
    } catch (error) {
      if (error instanceof RuleDefinitionError) throw file.error(error.key ? `${at}.${error.key}` : at, error.message.replace(`${error.key}: `, ''))
      throw error
    }
  })
}

/**
 * Reads and compiles every `phraseLibraries` file of a loaded config (paths
 * relative to the config file). A broken library is a ConfigError whose file
 * is `path:line` and whose key is the rule's key path.
 */
export function loadPhraseLibraries(loaded: LoadedConfig, fallbackDir = process.cwd()): PhraseLibraries {
  const paths = loaded.config.phraseLibraries ?? []
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string')) throw new ConfigError('must be a list of file paths', 'phraseLibraries', loaded.filePath)
  const base = loaded.filePath ? dirname(loaded.filePath) : fallbackDir
  const hash = libraryHash()
  const entries: LibraryRule[] = []
  const rules = new Map<string, PhraseRule>()
  const files = paths.map((p) => resolve(base, p))
  files.forEach((path, index) => {
    const file = readLibrary(path, loaded.filePath, index)
    hashLibrary(hash, file.path, file.text)
    compileLibrary(file).forEach((entry, i) => {
      const id = entry.rule.meta.id
      const previous = entries.find((e) => e.rule.meta.id === id)
      if (previous) {
        const where = previous.file === file.path ? `line ${previous.line}` : `${previous.file}:${previous.line}`
        throw file.error(`rules[${i}].id`, `"${id}" is already defined at ${where}; ids must be unique across libraries`)
      }
      entries.push(entry)
      rules.set(id, entry.rule)
    })
  })
  return { rules, entries, files, fingerprint: files.length === 0 ? NO_LIBRARIES : hash.digest('hex') }
}
