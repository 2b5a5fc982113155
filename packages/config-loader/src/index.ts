import type { LoadedConfig } from './load-config.js'
import type { PhraseLibraries } from './phrase-library.js'
import { libraryPaths, phraseLibraryFingerprint } from './library-files.js'

export { createConfigLoader, configBase, type ConfigLoader, type LoadedConfig } from './load-config.js'
export { createIgnoreFilter, IGNORE_FILE, type IgnoreFilter } from './ignore-filter.js'
export { SEARCH_PLACES, MODULE_NAME } from './search-places.js'
export { libraryPaths, phraseLibraryFingerprint } from './library-files.js'
export type { PhraseLibraries, LibraryRule } from './phrase-library.js'

/**
 * Reads and compiles every `phraseLibraries` file of a loaded config (paths
 * relative to the config file). A broken library is a ConfigError whose file
 * is `path:line` and whose key is the rule's key path. The YAML parser loads
 * with the first call.
 */
export async function loadPhraseLibraries(loaded: LoadedConfig, fallbackDir = process.cwd()): Promise<PhraseLibraries> {
  // Most configs have no library: answer without loading the parser and the engine.
  if (libraryPaths(loaded, fallbackDir)?.length === 0) return { rules: new Map(), entries: [], files: [], fingerprint: phraseLibraryFingerprint(loaded, fallbackDir)! }
  return (await import('./phrase-library.js')).loadPhraseLibraries(loaded, fallbackDir)
}
