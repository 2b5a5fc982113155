import { ConfigError, resolveConfig, type ConfigRegistry, type Linter, type LinterSetup, type ResolvedConfig, type Severity } from '@tactful/engine'
import { createLazyLinter, formatLoaded, lazyBuiltins, loadFormats } from '@tactful/core/lazy'
import { loadPhraseLibraries, type LibraryRule, type LoadedConfig } from '@tactful/config-loader'
import { invalidOption } from './errors/invalid-option.js'

export interface CompiledConfig {
  linter: Linter
  resolved: ResolvedConfig
  /** The rules of the config's phrase libraries, with their files. */
  libraryRules: LibraryRule[]
  /** The phrase-library files themselves, which lint runs skip. */
  libraryFiles: string[]
  /**
   * Loads the format code linting `filePath` needs (markdown, HTML, …), as
   * the linter's adapters load on demand; undefined when it is loaded.
   */
  ready(filePath: string | undefined): Promise<void> | undefined
}

/** Compiled linters per (config file, config content, --rule flags), kept for the life of the process. */
const compiled = new Map<string, CompiledConfig>()
const compiledWithSetup = new WeakMap<Partial<LinterSetup>, Map<string, CompiledConfig>>()

/** The registry of everything tactful ships, for resolving configs. */
const builtinRegistry: ConfigRegistry = {
  rules: lazyBuiltins.rules,
  presets: lazyBuiltins.presets,
  regions: lazyBuiltins.regions,
  languages: lazyBuiltins.parsers.map((p) => p.language),
}

/** JSON of a resolved config with its Maps spelled out, in a stable order. */
export function serializeResolved(config: ResolvedConfig): Record<string, unknown> {
  const rules = (map: ResolvedConfig['rules']) =>
    Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, e]) => [id, { severity: e.severity, options: e.options, origin: e.origin }]))
  return {
    ...(config.configFile ? { configFile: config.configFile } : {}),
    language: config.language,
    region: config.region,
    ...(config.channel ? { channel: config.channel } : {}),
    ...(config.voice ? { voice: config.voice } : {}),
    ...(config.complaint !== undefined ? { complaint: config.complaint } : {}),
    rules: rules(config.rules),
    overrides: config.overrides.map((o) => ({ ...o, rules: rules(o.rules) })),
    ignores: config.ignores,
    vocabulary: config.vocabulary,
    reportUnusedDirectives: config.reportUnusedDirectives,
    adapters: config.adapters,
  }
}

/** `--rule` flags layered on top of the file's settings and its overrides; the origin records the command line. */
function applyCliRules(resolved: ResolvedConfig, cliRules: ReadonlyArray<[string, Severity]>, registry: ConfigRegistry): void {
  if (cliRules.length === 0) return
  let entries: ResolvedConfig['rules']
  try {
    entries = resolveConfig({ extends: [], rules: Object.fromEntries(cliRules) }, registry).rules
  } catch (error) {
    if (error instanceof ConfigError) throw invalidOption('--rule', `${error.key?.replace(/^rules\./, '') ?? ''}: ${error.reason}`)
    throw error
  }
  for (const [id, entry] of entries) {
    const previous = resolved.rules.get(id)
    resolved.rules.set(id, { severity: entry.severity, options: previous?.options ?? entry.options, origin: { configFile: '--rule' } })
    // The command line is the last layer: an override that sets the rule for some files keeps its options, not its severity.
    for (const override of resolved.overrides) {
      const set = override.rules.get(id)
      if (set) override.rules.set(id, { ...set, severity: entry.severity, origin: { configFile: '--rule' } })
    }
  }
}

/** Library rules are on at their own severity unless the config (or a preset) already set them. */
function enableLibraryRules(resolved: ResolvedConfig, entries: readonly LibraryRule[]): void {
  for (const { rule, file } of entries) {
    if (!resolved.rules.has(rule.meta.id)) resolved.rules.set(rule.meta.id, { severity: rule.meta.defaultSeverity, options: undefined, origin: { configFile: file } })
  }
}

/** Resolves and compiles a loaded config once per process; ConfigErrors name the config (or phrase library) file. */
export async function compileConfig(loaded: LoadedConfig, cliRules: ReadonlyArray<[string, Severity]>, setup?: Partial<LinterSetup>): Promise<CompiledConfig> {
  // Libraries are read on every call, so an edited library is never served from the process cache.
  const libraries = await loadPhraseLibraries(loaded)
  let cacheKey: string
  try {
    cacheKey = JSON.stringify([loaded.filePath ?? null, loaded.config, cliRules, libraries.fingerprint])
  } catch {
    cacheKey = `${loaded.filePath}\0${Math.random()}`
  }
  let store = compiled
  if (setup) {
    store = compiledWithSetup.get(setup) ?? new Map()
    compiledWithSetup.set(setup, store)
  }
  const hit = store.get(cacheKey)
  if (hit) return hit
  const extraRules = new Map([...(setup?.rules ?? []), ...libraries.rules])
  const registry = {
    ...builtinRegistry,
    rules: extraRules.size > 0 ? new Map([...builtinRegistry.rules, ...extraRules]) : builtinRegistry.rules,
    presets: setup?.presets ? new Map([...builtinRegistry.presets, ...setup.presets]) : builtinRegistry.presets,
  }
  const resolved = resolveConfig(loaded.config, registry, loaded.filePath)
  enableLibraryRules(resolved, libraries.entries)
  applyCliRules(resolved, cliRules, registry)
  const linter = createLazyLinter(resolved, { ...setup, ...(extraRules.size > 0 ? { rules: extraRules } : {}) })
  const ready = (filePath: string | undefined) => {
    const format = linter.adapterFor(filePath)?.id ?? 'text'
    return formatLoaded(format, filePath) ? undefined : loadFormats([{ format, ...(filePath ? { filePath } : {}) }])
  }
  const result = { linter, resolved, libraryRules: libraries.entries, libraryFiles: libraries.files, ready }
  store.set(cacheKey, result)
  return result
}
