import picomatch from 'picomatch'
import type { ResolvedConfig, ResolvedOverride } from '../types/config.js'

const matcherCache = new WeakMap<ResolvedOverride, (path: string) => boolean>()

function matcher(override: ResolvedOverride): (path: string) => boolean {
  let match = matcherCache.get(override)
  if (!match) {
    const globs = override.files ?? []
    const test = globs.length > 0 ? picomatch(globs, { windows: false, dot: true, matchBase: !globs.some((g) => g.includes('/')) }) : () => false
    match = (path: string) => test(path)
    matcherCache.set(override, match)
  }
  return match
}

/** The overrides that apply to a file, in order; the path is relative to the config file, with forward slashes. */
export function matchingOverrides(config: ResolvedConfig, relativePath: string | undefined): ResolvedOverride[] {
  if (relativePath === undefined) return []
  const path = relativePath.replace(/\\/g, '/')
  // An override with `keys` applies to catalogue entries only (configForKey), never to the whole file.
  return config.overrides.filter((o) => o.files && !o.keys && matcher(o)(path))
}

/** Applies matching overrides to a resolved config, giving the config one file is linted with. */
export function configForFile(config: ResolvedConfig, relativePath: string | undefined): ResolvedConfig {
  return applyOverrides(config, matchingOverrides(config, relativePath))
}

const keyMatcherCache = new WeakMap<ResolvedOverride, (key: string) => boolean>()

/**
 * Catalogue key patterns: `*` is one key, `[*]` any index, `**` any depth.
 * `macros[*].body` matches `macros[3].body`; `**.title` matches a title anywhere; `**` alone matches every key.
 */
function keyMatcher(override: ResolvedOverride): (key: string) => boolean {
  let match = keyMatcherCache.get(override)
  if (!match) {
    const sources = (override.keys ?? []).map((pattern) =>
      pattern
        .split(/(\*\*\.?|\[\*\]|\*)/)
        .map((part) =>
          part === '**.' ? '(?:.*\\.)?' : part === '**' ? '.*' : part === '[*]' ? '\\[\\d+\\]' : part === '*' ? '[^.\\[\\]]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join(''),
    )
    const regex = new RegExp(`^(?:${sources.join('|')})$`)
    match = (key: string) => regex.test(key)
    keyMatcherCache.set(override, match)
  }
  return match
}

/** The config for one catalogue entry: overrides whose `keys` match it (and whose `files`, if any, match the file). */
export function configForKey(fileConfig: ResolvedConfig, relativePath: string | undefined, key: string): ResolvedConfig {
  const path = relativePath?.replace(/\\/g, '/')
  const overrides = fileConfig.overrides.filter(
    (o) => o.keys && keyMatcher(o)(key) && (!o.files || (path !== undefined && matcher(o)(path))),
  )
  return applyOverrides(fileConfig, overrides)
}

function applyOverrides(config: ResolvedConfig, overrides: ResolvedOverride[]): ResolvedConfig {
  if (overrides.length === 0) return config
  const rules = new Map(config.rules)
  const result: ResolvedConfig = { ...config, rules }
  for (const override of overrides) {
    for (const [id, entry] of override.rules) {
      const previous = rules.get(id)
      rules.set(id, entry.options === undefined && previous ? { ...entry, options: previous.options } : entry)
    }
    if (override.region) result.region = override.region
    if (override.channel) result.channel = override.channel
    if (override.language) result.language = override.language
    if (override.voice) result.voice = override.voice
    if (override.complaint !== undefined) result.complaint = override.complaint
  }
  return result
}
