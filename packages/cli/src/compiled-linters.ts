import { createHash } from 'node:crypto'
import { ConfigError, createLinter, resolveConfig, type Linter, type LinterSetup, type ResolvedConfig, type Severity } from '@tactful/core'
import { builtinRegistry, type LoadedConfig } from '@tactful/config-loader'
import { invalidOption } from './errors/invalid-option.js'

export interface CompiledConfig {
  linter: Linter
  resolved: ResolvedConfig
  /** A stable hash of the resolved config, for the result cache. */
  fingerprint: string
}

/** Compiled linters per (config file, config content, --rule flags), kept for the life of the process. */
const compiled = new Map<string, CompiledConfig>()
const compiledWithSetup = new WeakMap<Partial<LinterSetup>, Map<string, CompiledConfig>>()

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

/** `--rule` flags layered on top of the file's settings; the origin records the command line. */
function applyCliRules(resolved: ResolvedConfig, cliRules: ReadonlyArray<[string, Severity]>, registry: typeof builtinRegistry): void {
  if (cliRules.length === 0) return
  let entries: ResolvedConfig['rules']
  try {
    entries = resolveConfig({ extends: [], rules: Object.fromEntries(cliRules) }, registry).rules
  } catch (error) {
    if (error instanceof ConfigError) throw invalidOption('--rule', `${error.key?.replace(/^rules\./, '') ?? ''}: ${error.message}`)
    throw error
  }
  for (const [id, entry] of entries) {
    const previous = resolved.rules.get(id)
    resolved.rules.set(id, { severity: entry.severity, options: previous?.options ?? entry.options, origin: { configFile: '--rule' } })
  }
}

/** Resolves and compiles a loaded config once per process; ConfigErrors name the config file. */
export function compileConfig(loaded: LoadedConfig, cliRules: ReadonlyArray<[string, Severity]>, setup?: Partial<LinterSetup>): CompiledConfig {
  let cacheKey: string
  try {
    cacheKey = JSON.stringify([loaded.filePath ?? null, loaded.config, cliRules])
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
  const registry = setup
    ? {
        ...builtinRegistry,
        rules: setup.rules ? new Map([...builtinRegistry.rules, ...setup.rules]) : builtinRegistry.rules,
        presets: setup.presets ? new Map([...builtinRegistry.presets, ...setup.presets]) : builtinRegistry.presets,
      }
    : builtinRegistry
  const resolved = resolveConfig(loaded.config, registry, loaded.filePath)
  applyCliRules(resolved, cliRules, registry)
  const linter = createLinter(resolved, setup)
  const fingerprint = createHash('sha256').update(JSON.stringify(serializeResolved(resolved))).digest('hex')
  const result = { linter, resolved, fingerprint }
  store.set(cacheKey, result)
  return result
}
