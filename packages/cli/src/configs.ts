import { dirname, relative, sep } from 'node:path'
import type { LinterSetup } from '@tactful/engine'
import { configBase, createConfigLoader, createIgnoreFilter, libraryPaths, type ConfigLoader, type IgnoreFilter, type LoadedConfig } from '@tactful/config-loader'
import type { CompiledConfig } from './compiled-linters.js'
import type { LintCliOptions } from './lint-options.js'

/**
 * The config one file is linted with, before anything is compiled: enough
 * to skip ignored files and to look results up in the cache, so a run whose
 * every file is a cache hit never loads the rules or the adapters.
 */
export interface ConfigSource {
  loaded: LoadedConfig
  /** Directory that override globs and `ignores` are relative to. */
  base: string
  isIgnored: IgnoreFilter
  /** The file's path relative to `base`, with forward slashes, for `overrides[].files`. */
  relativePath(absolutePath: string): string
  compile(): Promise<FileConfig>
}

/** A source with its linter compiled. */
export type FileConfig = ConfigSource & CompiledConfig

export type ConfigOptions = Pick<LintCliOptions, 'cwd' | 'configPath' | 'noConfig' | 'rules'>

function forwardSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

function stringList(value: unknown): string[] | undefined {
  if (value === undefined) return []
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined
}

/**
 * Finds the config for each file: `--config` or `--no-config` for all of
 * them, else the nearest config file above the file (no cascade).
 */
export class ConfigProvider {
  private loader: ConfigLoader | undefined
  private readonly byFile = new Map<string, Promise<ConfigSource>>()
  private fixed: Promise<ConfigSource> | undefined

  constructor(
    private readonly options: ConfigOptions,
    private readonly setup?: Partial<LinterSetup>,
  ) {}

  private getLoader(): ConfigLoader {
    return (this.loader ??= createConfigLoader())
  }

  private async source(loaded: LoadedConfig): Promise<ConfigSource> {
    const { cwd, rules } = this.options
    const base = configBase(loaded, cwd)
    let compiling: Promise<FileConfig> | undefined
    const source: ConfigSource = {
      loaded,
      base,
      isIgnored: () => false,
      relativePath: (absolutePath) =>
        // Files under the base (nearly all): a slice, without path.relative's resolving.
        forwardSlashes(absolutePath.startsWith(base + sep) ? absolutePath.slice(base.length + 1) : relative(base, absolutePath)),
      compile: () =>
        (compiling ??= import('./compiled-linters.js').then(async ({ compileConfig }) => {
          const compiled = await compileConfig(loaded, rules, this.setup)
          return { ...source, ...compiled, isIgnored: await ignoreFilter(cwd, base, compiled.resolved.ignores, compiled.libraryFiles) }
        })),
    }
    const ignores = stringList(loaded.config.ignores)
    const libraries = libraryPaths(loaded)
    // A malformed key: only the full resolution can name the problem.
    if (!ignores || !libraries) await source.compile()
    source.isIgnored = await ignoreFilter(cwd, base, ignores ?? [], libraries ?? [])
    return source
  }

  private cached(key: string, load: () => Promise<LoadedConfig>): Promise<ConfigSource> {
    let entry = this.byFile.get(key)
    if (!entry) {
      entry = load().then((loaded) => this.source(loaded))
      this.byFile.set(key, entry)
    }
    return entry
  }

  /** The config source for a file (or for `--stdin-filename`), given as an absolute path; nothing compiled yet. */
  async sourceFor(absolutePath: string): Promise<ConfigSource> {
    if (this.options.noConfig) return (this.fixed ??= this.source({ config: {} }))
    const configPath = this.options.configPath
    if (configPath) return (this.fixed ??= this.getLoader().load(configPath).then((loaded) => this.source(loaded)))
    const loaded = await this.getLoader().search(dirname(absolutePath))
    return this.cached(loaded.filePath ?? '', () => Promise.resolve(loaded))
  }

  /** The compiled config for a file (or for `--stdin-filename`), given as an absolute path. */
  async forFile(absolutePath: string): Promise<FileConfig> {
    return (await this.sourceFor(absolutePath)).compile()
  }
}

/** `.tactfulignore`, the config's `ignores`, and the phrase-library files. */
async function ignoreFilter(cwd: string, base: string, configIgnores: readonly string[], libraryFiles: readonly string[]): Promise<IgnoreFilter> {
  const ignored = await createIgnoreFilter({ ignoreFileDir: cwd, configDir: base, configIgnores })
  // A phrase library is configuration, not a reply: its fail examples must not fail the lint run.
  const skipped = new Set(libraryFiles)
  return (absolutePath) => skipped.has(absolutePath) || ignored(absolutePath)
}

