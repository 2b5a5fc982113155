import type { OffsetMap } from '../position/offset-map.js'
import type { Directive } from '../directives/directive.js'

/** What part of a file a unit of prose comes from. */
export type UnitKind =
  | 'subject'
  | 'body'
  | 'quoted'
  | 'signature'
  | 'entry'
  | 'agent-turn'
  | 'customer-turn'
  /** The raw source of a templated file, for template hygiene rules only; its `templateTags` list the tags. */
  | 'template'

export type Channel = 'email' | 'chat' | 'template'

/** Settings a file can carry itself (front matter, a transcript's metadata). */
export interface FileSettings {
  region?: string[]
  channel?: Channel
  language?: string
  complaint?: boolean
  voice?: 'formal' | 'friendly'
}

/** A template tag (`{{first_name}}`, `{% if %}`), in unit offsets, for template hygiene rules. */
export interface TemplateTag {
  range: [number, number]
  raw: string
  kind: 'value' | 'open' | 'else' | 'close' | 'comment' | 'control'
  /** mustache, handlebars, liquid, jinja or merge-tag. */
  syntax: string
  /** Helper, keyword or variable name: `if`, `first_name`. */
  name: string
  /** A value tag with a default, or inside a block that tests it. */
  fallback?: boolean
  /** unclosed-tag, unclosed-block, unmatched-close or stray-else. */
  problem?: string
}

/**
 * A stretch of prose extracted from a file. `text` has the same length as the
 * prose it stands for after masking: placeholders are replaced by neutral
 * stand-ins, so offsets inside it map back through `offsetMap`.
 */
export interface LintUnit {
  text: string
  kind: UnitKind
  key?: string
  offsetMap: OffsetMap
  /** Masked ranges in unit offsets: template placeholders, code, markup. Never flagged, never changed. */
  placeholders: Array<[number, number]>
  /** Text of the customer's turn before this one (transcripts), for rules that need it. */
  previousCustomerTurn?: string
  /** Alternative branch id: units from different `{{#if}}…{{else}}` branches never render together. */
  branch?: string
  /** Template tags of a `template` unit. */
  templateTags?: TemplateTag[]
}

export interface ExtractedFile {
  units: LintUnit[]
  directives: Directive[]
  settings?: FileSettings
  /** File ranges no fix or suggestion may touch (an encoded e-mail part whose bytes cannot be edited in place). */
  readOnly?: Array<[number, number]>
  /** Set when the adapter could not read the file; the engine reports it and lints nothing. */
  error?: { message: string; offset?: number }
}

/** Turns a file of one format into prose units. Pure: no I/O. */
export interface Adapter {
  id: string
  extensions: readonly string[]
  extract(text: string, filePath?: string): ExtractedFile
  /**
   * Escapes replacement text for the carrier format (HTML entities, JSON string escapes)
   * at a unit range. `undefined` when no escaping keeps the file's structure (a `: ` in a
   * YAML plain scalar, a comma in an unquoted CSV field): that fix or suggestion is dropped.
   */
  encodeReplacement?(text: string, unit: LintUnit, range: readonly [number, number]): string | undefined
}
