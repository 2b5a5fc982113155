import picomatch from 'picomatch'
import { ConfigError } from './config-error.js'

/**
 * The config's `adapters` map ("macros/*.txt": "markdown"): reads a file with another format than its
 * extension says. The first glob that matches wins; globs without a slash match the file name anywhere.
 */
export function formatByPath(adapters: Record<string, string>, knownFormats: readonly string[], configFile?: string): (relativePath: string | undefined) => string | undefined {
  const entries = Object.entries(adapters)
  for (const [glob, id] of entries) {
    if (!knownFormats.includes(id)) throw new ConfigError(`unknown format "${id}"; known formats: ${knownFormats.join(', ')}`, `adapters["${glob}"]`, configFile)
  }
  if (entries.length === 0) return () => undefined
  const matchers = entries.map(([glob, id]) => ({ test: picomatch(glob, { windows: false, dot: true, matchBase: !glob.includes('/') }), id }))
  return (relativePath) => {
    if (relativePath === undefined) return undefined
    const path = relativePath.replace(/\\/g, '/')
    return matchers.find((m) => m.test(path))?.id
  }
}
