import { dirname, relative, sep } from 'node:path'
import type { LinterSetup } from '@tactful/core'
import { configBase, createConfigLoader, createIgnoreFilter, type ConfigLoader, type IgnoreFilter, type LoadedConfig } from '@tactful/config-loader'
import { compileConfig, type CompiledConfig } from './compiled-linters.js'
import type { LintCliOptions } from './lint-options.js'

/** The config one file is linted with, and what depends on it. */
export interface FileConfig extends CompiledConfig {
  /** Directory that override globs and `ignores` are relative to. */
  base: string
  isIgnored: IgnoreFilter
  /** The file's path relative to `base`, with forward slashes, for `overrides[].files`. */
  relativePath(absolutePath: string): string
}

export type ConfigOptions = Pick<LintCliOptions, 'cwd' | 'configPath' | 'noConfig' | 'rules'>

/**
 * Finds the config for each file: `--config` or `--no-config` for all of
 * them, else the nearest config file above the file (no cascade).
 */
export class ConfigProvider {
  private loader: ConfigLoader | undefined
  private readonly byFile = new Map<string, Promise<FileConfig>>()
  private fixed: Promise<FileConfig> | undefined

  constructor(
    private readonly options: ConfigOptions,
    private readonly setup?: Partial<LinterSetup>,
  ) {}

  private getLoader(): ConfigLoader {
    return (this.loader ??= createConfigLoader())
  }

  private build(loaded: LoadedConfig): FileConfig {
    const compiled = compileConfig(loaded, this.options.rules, this.setup)
    const base = configBase(loaded, this.options.cwd)
    const ignores = createIgnoreFilter({ ignoreFileDir: this.options.cwd, configDir: base, configIgnores: compiled.resolved.ignores })
    // A phrase library is configuration, not a reply: its fail examples must not fail the lint run.
    const libraries = new Set(compiled.libraryFiles)
    return {
      ...compiled,
      base,
      isIgnored: (absolutePath) => libraries.has(absolutePath) || ignores(absolutePath),
      relativePath: (absolutePath) => relative(base, absolutePath).split(sep).join('/'),
    }
  }

  private cached(key: string, load: () => Promise<LoadedConfig>): Promise<FileConfig> {
    let entry = this.byFile.get(key)
    if (!entry) {
      entry = load().then((loaded) => this.build(loaded))
      this.byFile.set(key, entry)
    }
    return entry
  }

  /** The config for a file (or for `--stdin-filename`), given as an absolute path. */
  async forFile(absolutePath: string): Promise<FileConfig> {
    if (this.options.noConfig) return (this.fixed ??= Promise.resolve(this.build({ config: {} })))
    const configPath = this.options.configPath
    if (configPath) return (this.fixed ??= this.getLoader().load(configPath).then((loaded) => this.build(loaded)))
    const directory = dirname(absolutePath)
    const loaded = await this.getLoader().search(directory)
    return this.cached(loaded.filePath ?? '', () => Promise.resolve(loaded))
  }
}
