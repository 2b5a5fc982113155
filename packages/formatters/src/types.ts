import type { LintMessage, LintTiming, RuleMeta } from '@tactful/engine'

/** One linted file as the CLI hands it to a formatter. */
export interface FileResult {
  /** Absolute path, or the `--stdin-filename` resolved against the working directory. */
  filePath: string
  messages: LintMessage[]
  errorCount: number
  warningCount: number
  infoCount: number
  fixableCount: number
  /** Fixed text, present with `--fix-dry-run` when something changed. */
  output?: string
  /** Where the time went (the CLI's `TIMING`); never printed by a formatter nor cached. */
  timing?: LintTiming
}

/** What a rule looks like to a formatter: enough for SARIF rule metadata. */
export type FormatterRuleMeta = Pick<RuleMeta, 'id' | 'description' | 'category' | 'defaultSeverity' | 'docsUrl' | 'fixable'>

export interface FormatterOptions {
  /** Paths are shown relative to this directory. */
  cwd: string
  /** ANSI colours; only the CLI decides (TTY, --no-color, NO_COLOR). */
  color: boolean
  /** Rule metadata by id, for formats that describe rules (SARIF). */
  rules?: ReadonlyMap<string, FormatterRuleMeta>
  /** tactful's version, for SARIF's tool.driver.version. */
  version?: string
}

/** A formatter is pure: results in, text out. A custom formatter module default-exports one. */
export type Formatter = (results: readonly FileResult[], options: FormatterOptions) => string
