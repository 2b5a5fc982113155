import type { Fix, LintMessage, LintResult, LintStats, LintTiming } from '../types/message.js'
import type { ResolvedConfig, TactfulConfig } from '../types/config.js'
import type { Adapter, Channel, FileSettings, LintUnit } from '../types/unit.js'
import type { LanguageParser } from '../parse/parser.js'
import { englishParser } from '../parse/english.js'
import { createRegionContext, type RegionTable } from '../region/region-context.js'
import { regionCodeProblem } from '../region/region-code-problem.js'
import { checkLintContext, resolveConfig, type ConfigRegistry } from '../config/resolve-config.js'
import { configForFile, configForKey } from '../config/config-for-file.js'
import { ConfigError } from '../config/config-error.js'
import type { Preset } from '../config/preset.js'
import { LocationIndex } from '../position/location-index.js'
import { applyDirectives } from '../directives/apply-directives.js'
import { formatByPath } from '../config/format-by-path.js'
import { plainTextAdapter } from '../adapter/plain-text.js'
import type { AnyRule } from './any-rule.js'
import { compileRuleSet, ruleSetKey, type CompiledRuleSet } from './compile-rule-set.js'
import { parseChunks } from './parse-unit.js'
import { lintUnit } from './lint-unit.js'
import { toMessage } from './to-message.js'
import { dedupe, dropUnsafeFixes, sortMessages } from './post-process.js'
import { applyFixes } from './apply-fixes.js'
import { engineMessage } from './engine-messages.js'
import { emptyTiming, timedTrees } from './lint-timing.js'

/** What the engine is given to work with: rules, presets, adapters, parsers and region data. */
export interface LinterSetup {
  rules: ReadonlyMap<string, AnyRule>
  presets?: ReadonlyMap<string, Preset>
  adapters?: readonly Adapter[]
  parsers?: readonly LanguageParser[]
  regions?: RegionTable
}

export interface LintOptions {
  /** Reported back in results; its extension picks the adapter when `format` is absent. */
  filePath?: string
  /** Path relative to the config file, for `overrides[].files`; defaults to `filePath`. */
  relativePath?: string
  /** Adapter id: text, markdown, html, handlebars, … */
  format?: string
  /** null, like absent, leaves the config's value: a data set's record may have no region or channel. */
  region?: string | string[] | null
  channel?: Channel | null
  language?: string
  complaint?: boolean
  voice?: 'formal' | 'friendly' | null
  /** Apply fixes (never suggestions) and return `output`. */
  fix?: boolean
  /** Measure where the time goes and return it as `timing` (the CLI's `TIMING=1`). */
  timing?: boolean
}

export interface Linter {
  readonly config: ResolvedConfig
  readonly registry: ConfigRegistry
  lint(text: string, options?: LintOptions | null): LintResult
  /** The adapter a file would be read with. */
  adapterFor(filePath: string | undefined, format?: string): Adapter | undefined
}

export const MAX_FIX_PASSES = 10

function isResolved(config: TactfulConfig | ResolvedConfig): config is ResolvedConfig {
  return config.rules instanceof Map
}

function extensionOf(filePath: string): string {
  const name = filePath.slice(filePath.replace(/\\/g, '/').lastIndexOf('/') + 1).toLowerCase()
  const dot = name.indexOf('.')
  return dot <= 0 ? '' : name.slice(dot)
}

export function createLinter(config: TactfulConfig | ResolvedConfig, setup: LinterSetup): Linter {
  const parsers = new Map((setup.parsers ?? [englishParser]).map((p) => [p.language, p]))
  const adapters = setup.adapters ?? [plainTextAdapter]
  const regions = setup.regions ?? {}
  const registry: ConfigRegistry = {
    rules: setup.rules,
    presets: setup.presets ?? new Map(),
    regions,
    languages: [...parsers.keys()],
  }
  const resolved = isResolved(config) ? config : resolveConfig(config, registry)
  const ruleSets = new Map<string, CompiledRuleSet>()
  // Most files share the config's own rules map: found by identity, without building the key.
  const ruleSetsByRules = new WeakMap<ResolvedConfig['rules'], { vocabulary: ResolvedConfig['vocabulary']; set: CompiledRuleSet }>()

  function ruleSetFor(fileConfig: ResolvedConfig): CompiledRuleSet {
    const known = ruleSetsByRules.get(fileConfig.rules)
    if (known && known.vocabulary === fileConfig.vocabulary) return known.set
    const key = ruleSetKey(fileConfig)
    let set = ruleSets.get(key)
    if (!set) ruleSets.set(key, (set = compileRuleSet(fileConfig, setup.rules)))
    ruleSetsByRules.set(fileConfig.rules, { vocabulary: fileConfig.vocabulary, set })
    return set
  }
  ruleSetFor(resolved)
  const configuredFormat = formatByPath(resolved.adapters, adapters.map((a) => a.id), resolved.configFile)

  function adapterFor(filePath: string | undefined, format?: string): Adapter | undefined {
    if (format) return adapters.find((a) => a.id === format)
    if (!filePath) return adapters.find((a) => a.id === 'text') ?? plainTextAdapter
    const extension = extensionOf(filePath)
    // Longest extension first: ".html.hbs" is a template, not HTML.
    let best: Adapter | undefined
    let bestLength = -1
    for (const adapter of adapters) {
      for (const ext of adapter.extensions) {
        if (extension.endsWith(ext) && ext.length > bestLength) {
          best = adapter
          bestLength = ext.length
        }
      }
    }
    return best ?? adapters.find((a) => a.id === 'text') ?? plainTextAdapter
  }

  function lintOnce(text: string, options: LintOptions, timing?: LintTiming): LintMessage[] {
    if (!timing) return lintUntimed(text, options)
    const start = performance.now()
    try {
      return lintUntimed(text, options, timing)
    } finally {
      timing.total += performance.now() - start
    }
  }

  function lintUntimed(text: string, options: LintOptions, timing?: LintTiming): LintMessage[] {
    const adapter = adapterFor(options.filePath, options.format ?? configuredFormat(options.relativePath ?? options.filePath))
    if (!adapter) throw new ConfigError(`unknown format "${options.format}"; known formats: ${adapters.map((a) => a.id).join(', ')}`, 'format')
    const locations = new LocationIndex(text)
    let extracted: ReturnType<Adapter['extract']>
    const extractStart = timing ? performance.now() : 0
    try {
      extracted = adapter.extract(text, options.filePath)
    } catch (error) {
      // Parsers recurse per nesting level: thousands of nested tags, quotes or brackets overflow the
      // stack. That is this file's problem, not the run's.
      if (error instanceof RangeError && /call stack/i.test(error.message)) {
        return [engineMessage('tactful/parse-error', `the file nests too deeply to be read as ${adapter.id}`, locations.toPoint(0), true)]
      }
      throw error
    } finally {
      if (timing) timing.extract += performance.now() - extractStart
    }
    if (extracted.error) {
      return [engineMessage('tactful/parse-error', extracted.error.message, locations.toPoint(extracted.error.offset ?? 0), true)]
    }
    // A language named in the file's own front matter is the file's problem: the other files still get linted.
    const ownLanguage = extracted.settings?.language
    if (ownLanguage !== undefined && !parsers.has(ownLanguage) && options.language === undefined) {
      return [engineMessage('tactful/parse-error', `front matter language: no parser for "${ownLanguage}"; available: ${[...parsers.keys()].join(', ')}`, locations.toPoint(0), true)]
    }
    // Front matter can only check a code's shape; tactful's region table decides whether it is known.
    const unknownRegion = extracted.settings?.region?.map((code) => regionCodeProblem(code, regions)).find((problem) => problem !== undefined)
    if (unknownRegion !== undefined && options.region === undefined) {
      return [engineMessage('tactful/parse-error', `front matter region: ${unknownRegion}`, locations.toPoint(0), true)]
    }
    const fileConfig = withSettings(configForFile(resolved, options.relativePath ?? options.filePath), extracted.settings, options)
    const ruleSet = ruleSetFor(fileConfig)
    const language = fileConfig.language
    const parser = parsers.get(language)
    if (!parser) throw new ConfigError(`no parser for language "${language}"; available: ${[...parsers.keys()].join(', ')}`, 'language')
    const region = createRegionContext(fileConfig.region, regions)

    let messages: LintMessage[] = []
    const readOnly: Array<[number, number]> = [...(extracted.readOnly ?? [])]
    const unwritable = new Set<Fix>()
    for (const unit of extracted.units) {
      if (unit.text.trim() === '') continue
      // This unit's own placeholders: a branch hidden in this variant is prose in another, where its fixes stand.
      const unitPlaceholders: Array<[number, number]> = [...readOnly]
      for (const [s, e] of unit.placeholders) unitPlaceholders.push([unit.offsetMap.toFile(s, 'start'), unit.offsetMap.toFile(e, 'end')])
      // Catalogue entries: `overrides[].keys` make the most specific layer.
      const unitConfig = unit.key === undefined ? fileConfig : configForKey(fileConfig, options.relativePath ?? options.filePath, unit.key)
      const unitRuleSet = unitConfig === fileConfig ? ruleSet : ruleSetFor(unitConfig)
      if (unitRuleSet.codeRules.length === 0 && unitRuleSet.phraseRules.length === 0) continue
      const trees = parseChunks(unit.text, unit.placeholders, parser)
      const reports = lintUnit(unit, timing ? timedTrees(trees, timing) : trees, {
        ruleSet: unitRuleSet,
        language,
        adapter: adapter.id,
        region: unitConfig === fileConfig ? region : createRegionContext(unitConfig.region, regions),
        channel: unitConfig.channel,
        voice: unitConfig.voice,
        complaint: unitConfig.complaint ?? false,
        fileLength: text.length,
        fileText: text,
        ...(options.relativePath ?? options.filePath ? { filePath: options.relativePath ?? options.filePath } : {}),
        ...(timing ? { timing } : {}),
        replace: (u: LintUnit, range, replacement) => {
          const encoded = adapter.encodeReplacement ? adapter.encodeReplacement(replacement, u, range) : replacement
          const fix: Fix = { range: [u.offsetMap.toFile(range[0], 'start'), u.offsetMap.toFile(range[1], 'end')], text: encoded ?? replacement }
          if (encoded === undefined) unwritable.add(fix)
          return fix
        },
      })
      const unitMessages = reports.map((report) => toMessage(report, unit, text, locations, unitRuleSet.entries.get(report.meta.id)))
      // A loop, not push(...): a unit of a large export can hold more findings than the call stack takes arguments.
      for (const message of dropUnsafeFixes(unitMessages, unitPlaceholders, unwritable)) messages.push(message)
    }
    const { messages: kept, unused } = applyDirectives(messages, extracted.directives, locations)
    messages = kept
    // A directive naming no rule tactful knows disables nothing: say so, as ESLint does.
    for (const directive of extracted.directives) {
      for (const id of directive.ruleIds ?? []) {
        if (setup.rules.has(id) || id.startsWith('tactful/')) continue
        const message = engineMessage('tactful/unknown-rule', `Unknown rule "${id}" in a tactful-${directive.kind} directive`, locations.toPoint(directive.range[0]), false, locations.toPoint(directive.range[1]))
        message.severity = 'warning'
        messages.push(message)
      }
    }
    const unusedSeverity = fileConfig.reportUnusedDirectives
    if (unusedSeverity !== 'off') {
      for (const directive of unused) {
        const message = engineMessage('tactful/unused-directive', `Unused tactful-${directive.kind} directive (no matching problem)`, locations.toPoint(directive.range[0]), false, locations.toPoint(directive.range[1]))
        message.severity = unusedSeverity
        messages.push(message)
      }
    }
    return sortMessages(dedupe(messages))
  }

  return {
    config: resolved,
    registry,
    adapterFor,
    lint(text: string, givenOptions?: LintOptions | null): LintResult {
      const options = givenOptions ?? {}
      if (typeof text !== 'string') throw new TypeError(`tactful: lint() takes the text as a string, not ${text === null ? 'null' : typeof text}`)
      if (typeof options !== 'object') throw new ConfigError('lint options must be an object')
      checkLintContext(options, registry)
      const timing = options.timing ? emptyTiming() : undefined
      let messages = lintOnce(text, options, timing)
      let output: string | undefined
      if (options.fix && !messages.some((m) => m.fatal)) {
        let current = text
        for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
          const { output: next, applied } = applyFixes(current, messages)
          if (applied === 0 || next === current) break
          current = next
          messages = lintOnce(current, options, timing)
        }
        if (current !== text) output = current
      }
      const result: LintResult = { messages, stats: countStats(messages) }
      if (options.filePath !== undefined) result.filePath = options.filePath
      if (output !== undefined) result.output = output
      if (timing) result.timing = timing
      return result
    },
  }

  function withSettings(fileConfig: ResolvedConfig, settings: FileSettings | undefined, options: LintOptions): ResolvedConfig {
    const result = { ...fileConfig }
    const layers: FileSettings[] = []
    if (settings) layers.push(settings)
    const fromOptions: FileSettings = {}
    // null is "not given", as for channel: the config's region stands.
    if (options.region != null) fromOptions.region = Array.isArray(options.region) ? options.region : options.region.split(',').filter(Boolean)
    if (options.channel) fromOptions.channel = options.channel
    if (options.language) fromOptions.language = options.language
    if (options.complaint !== undefined) fromOptions.complaint = options.complaint
    if (options.voice) fromOptions.voice = options.voice
    layers.push(fromOptions)
    for (const layer of layers) {
      if (layer.region) result.region = layer.region.map((r) => r.trim().toUpperCase()).filter((r) => r in regions)
      if (layer.channel) result.channel = layer.channel
      if (layer.language) result.language = layer.language
      if (layer.complaint !== undefined) result.complaint = layer.complaint
      if (layer.voice) result.voice = layer.voice
    }
    return result
  }
}

export function countStats(messages: readonly LintMessage[]): LintStats {
  const stats: LintStats = { errors: 0, warnings: 0, infos: 0, fixable: 0 }
  for (const m of messages) {
    if (m.severity === 'error') stats.errors++
    else if (m.severity === 'warning') stats.warnings++
    else stats.infos++
    if (m.fix) stats.fixable++
  }
  return stats
}
