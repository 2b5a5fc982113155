import type { ConfigOverride, ResolvedConfig, ResolvedOverride, RuleEntry, RuleSetting, TactfulConfig } from '../types/config.js'
import type { AnyRule } from '../linter/any-rule.js'
import type { Severity } from '../types/rule.js'
import type { RegionTable } from '../region/region-context.js'
import { regionCodeProblem } from '../region/region-code-problem.js'
import { ConfigError } from './config-error.js'
import type { Preset } from './preset.js'
import { isSeverity } from './severity.js'
import { validateOptions } from './validate-options.js'

export interface ConfigRegistry {
  rules: ReadonlyMap<string, AnyRule>
  presets: ReadonlyMap<string, Preset>
  regions: RegionTable
  languages: readonly string[]
}

const TOP_LEVEL_KEYS = new Set([
  'extends', 'rules', 'region', 'channel', 'language', 'voice', 'complaint', 'overrides', 'ignores', 'vocabulary',
  'reportUnusedDirectives', 'phraseLibraries', 'adapters', '$schema',
])
const OVERRIDE_KEYS = new Set(['files', 'keys', 'rules', 'region', 'channel', 'language', 'voice', 'complaint'])
const CHANNELS = ['email', 'chat', 'template']
const VOICES = ['formal', 'friendly']

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

/** Expands presets, validates every key, rule and option, and records where each rule setting came from. */
export function resolveConfig(config: TactfulConfig, registry: ConfigRegistry, configFile?: string): ResolvedConfig {
  try {
    return resolve(config, registry, configFile)
  } catch (error) {
    if (error instanceof ConfigError && configFile && !error.file) throw error.withFile(configFile)
    throw error
  }
}

function resolve(config: TactfulConfig, registry: ConfigRegistry, configFile?: string): ResolvedConfig {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new ConfigError('the configuration must be an object')
  for (const key of Object.keys(config)) {
    if (!TOP_LEVEL_KEYS.has(key)) throw new ConfigError(`unknown key; known keys: ${[...TOP_LEVEL_KEYS].filter((k) => k !== '$schema').join(', ')}`, key)
  }
  const rules = new Map<string, RuleEntry>()
  const presetIds = config.extends ?? ['recommended']
  if (!isStringList(presetIds)) throw new ConfigError('must be a list of preset names', 'extends')
  presetIds.forEach((id, i) => applyPreset(id, `extends[${i}]`, rules, registry, new Set()))
  applyRules(config.rules, 'rules', rules, registry, { ...(configFile ? { configFile } : {}) })

  const resolved: ResolvedConfig = {
    rules,
    region: readRegion(config.region, 'region', registry) ?? [],
    language: readLanguage(config.language, 'language', registry) ?? 'en',
    overrides: readOverrides(config.overrides, registry, configFile),
    ignores: readStringList(config.ignores, 'ignores') ?? [],
    vocabulary: readVocabulary(config.vocabulary),
    reportUnusedDirectives: readUnusedDirectives(config.reportUnusedDirectives),
    adapters: readAdapters(config.adapters),
  }
  const channel = readEnum(config.channel, 'channel', CHANNELS)
  if (channel) resolved.channel = channel as ResolvedConfig['channel']
  const voice = readEnum(config.voice, 'voice', VOICES)
  if (voice) resolved.voice = voice as ResolvedConfig['voice']
  const complaint = readBoolean(config.complaint, 'complaint')
  if (complaint !== undefined) resolved.complaint = complaint
  if (configFile) resolved.configFile = configFile
  return resolved
}

function applyPreset(id: string, key: string, rules: Map<string, RuleEntry>, registry: ConfigRegistry, seen: Set<string>): void {
  const preset = registry.presets.get(id)
  if (!preset) throw new ConfigError(`unknown preset "${id}"; known presets: ${[...registry.presets.keys()].join(', ')}`, key)
  if (seen.has(id)) throw new ConfigError(`preset "${id}" extends itself`, key)
  seen.add(id)
  for (const parent of preset.extends ?? []) applyPreset(parent, key, rules, registry, seen)
  applyRules(preset.rules, `${key} (${id}).rules`, rules, registry, { preset: id })
}

function applyRules(
  settings: Record<string, RuleSetting> | undefined,
  key: string,
  rules: Map<string, RuleEntry>,
  registry: ConfigRegistry,
  origin: RuleEntry['origin'],
): void {
  if (settings === undefined) return
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) throw new ConfigError('must be an object of rule ids', key)
  for (const [id, setting] of Object.entries(settings)) {
    rules.set(id, readRuleEntry(id, setting, `${key}.${id}`, registry, rules.get(id), origin))
  }
}

function readRuleEntry(
  id: string,
  setting: RuleSetting,
  key: string,
  registry: ConfigRegistry,
  previous: RuleEntry | undefined,
  origin: RuleEntry['origin'],
): RuleEntry {
  const rule = registry.rules.get(id)
  if (!rule) throw new ConfigError(`unknown rule "${id}"; \`tactful rules\` lists them`, key)
  const length = Array.isArray(setting) ? (setting as unknown[]).length : 1
  if (length === 0 || length > 2) throw new ConfigError(`must be a severity or [severity, options] (got a list of ${length})`, key)
  const [severity, options] = Array.isArray(setting) ? setting : [setting, undefined]
  if (!isSeverity(severity)) {
    throw new ConfigError(`severity must be "off", "info", "warning" or "error" (got ${JSON.stringify(severity)})`, key)
  }
  const schema = rule.meta.options
  let merged: unknown = previous?.options ?? schema?.defaults
  if (Array.isArray(setting) && setting.length > 1) {
    if (!schema) throw new ConfigError('this rule takes no options', key)
    const problem = validateOptions(options, schema.schema)
    if (problem) throw new ConfigError(problem.message, problem.path ? `${key}.${problem.path}` : key)
    merged = { ...(schema.defaults as object), ...(options as object) }
  }
  return { severity, options: merged, origin }
}

/**
 * Checks the customer context passed when linting one text (the API's and the unified plugin's
 * lint options), with the messages a config gets: `channel: "sms"` is an error, not "no channel".
 * null is "not given", as in data sets whose records may lack a region or channel.
 */
export function checkLintContext(options: { region?: unknown; channel?: unknown; voice?: unknown }, registry: ConfigRegistry): void {
  readRegion(options.region, 'region', registry)
  readEnum(options.channel ?? undefined, 'channel', CHANNELS)
  readEnum(options.voice ?? undefined, 'voice', VOICES)
}

function readRegion(value: unknown, key: string, registry: ConfigRegistry): string[] | undefined {
  if (value === undefined || value === null) return undefined
  const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value
  if (!isStringList(list)) throw new ConfigError('must be an ISO 3166-1 code such as "DE", or a list of codes', key)
  return list.map((code) => {
    const problem = regionCodeProblem(code, registry.regions)
    if (problem !== undefined) throw new ConfigError(problem, key)
    return code.toUpperCase()
  })
}

function readLanguage(value: unknown, key: string, registry: ConfigRegistry): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !registry.languages.includes(value)) {
    throw new ConfigError(`unsupported language ${JSON.stringify(value)}; supported: ${registry.languages.join(', ')}`, key)
  }
  return value
}

function readEnum(value: unknown, key: string, allowed: string[]): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !allowed.includes(value)) throw new ConfigError(`must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`, key)
  return value
}

/** `reportUnusedDirectives`: true is a warning, as ESLint's "warn"; a severity sets it. */
function readUnusedDirectives(value: unknown): Severity {
  if (value === undefined || value === false) return 'off'
  if (value === true) return 'warning'
  if (isSeverity(value)) return value
  throw new ConfigError(`must be true, false, or a severity: off, info, warning, error (got ${JSON.stringify(value)})`, 'reportUnusedDirectives')
}

function readBoolean(value: unknown, key: string): boolean | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'boolean') throw new ConfigError('must be true or false', key)
  return value
}

function readStringList(value: unknown, key: string): string[] | undefined {
  if (value === undefined) return undefined
  if (!isStringList(value)) throw new ConfigError('must be a list of strings', key)
  return value
}

function readVocabulary(value: unknown): ResolvedConfig['vocabulary'] {
  if (value === undefined) return { accept: [], reject: [] }
  if (typeof value !== 'object' || value === null) throw new ConfigError('must be an object with accept and reject lists', 'vocabulary')
  for (const key of Object.keys(value)) if (key !== 'accept' && key !== 'reject') throw new ConfigError('unknown key; use accept or reject', `vocabulary.${key}`)
  const v = value as { accept?: unknown; reject?: unknown }
  return { accept: readStringList(v.accept, 'vocabulary.accept') ?? [], reject: readStringList(v.reject, 'vocabulary.reject') ?? [] }
}

function readAdapters(value: unknown): Record<string, string> {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null || Object.values(value).some((v) => typeof v !== 'string')) {
    throw new ConfigError('must map globs to adapter ids', 'adapters')
  }
  return value as Record<string, string>
}

function readOverrides(value: unknown, registry: ConfigRegistry, configFile?: string): ResolvedOverride[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new ConfigError('must be a list', 'overrides')
  return value.map((entry: ConfigOverride, i) => {
    const key = `overrides[${i}]`
    if (typeof entry !== 'object' || entry === null) throw new ConfigError('must be an object', key)
    for (const k of Object.keys(entry)) if (!OVERRIDE_KEYS.has(k)) throw new ConfigError(`unknown key; known: ${[...OVERRIDE_KEYS].join(', ')}`, `${key}.${k}`)
    if (entry.files === undefined && entry.keys === undefined) throw new ConfigError('needs files or keys', key)
    const rules = new Map<string, RuleEntry>()
    applyRules(entry.rules, `${key}.rules`, rules, registry, { ...(configFile ? { configFile } : {}) })
    const override: ResolvedOverride = { rules }
    const files = readStringList(entry.files, `${key}.files`)
    if (files) override.files = files
    const keys = readStringList(entry.keys, `${key}.keys`)
    if (keys) override.keys = keys
    const region = readRegion(entry.region, `${key}.region`, registry)
    if (region) override.region = region
    const channel = readEnum(entry.channel, `${key}.channel`, CHANNELS)
    if (channel) override.channel = channel as ResolvedOverride['channel']
    const language = readLanguage(entry.language, `${key}.language`, registry)
    if (language) override.language = language
    const voice = readEnum(entry.voice, `${key}.voice`, VOICES)
    if (voice) override.voice = voice as ResolvedOverride['voice']
    const complaint = readBoolean(entry.complaint, `${key}.complaint`)
    if (complaint !== undefined) override.complaint = complaint
    return override
  })
}
