import { resolve } from 'node:path'
import { createConfigLoader, loadPhraseLibraries, type LibraryRule, type LoadedConfig } from '@tactful/config-loader'
import type { CliIo } from './io.js'
import type { ParsedFlags } from './options.js'

/** The config `rules` and `test-rules` read (`--config`, else the nearest one above the cwd) and its phrase-library rules. */
export async function libraryRulesFor(flags: ParsedFlags, io: CliIo): Promise<{ loaded: LoadedConfig; entries: LibraryRule[] }> {
  const loader = createConfigLoader()
  const loaded = typeof flags.config === 'string' ? await loader.load(resolve(io.cwd, flags.config)) : await loader.search(io.cwd)
  return { loaded, entries: (await loadPhraseLibraries(loaded, io.cwd)).entries }
}
