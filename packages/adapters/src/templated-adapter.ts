import { OffsetMap, type Adapter, type Directive, type ExtractedFile, type LintUnit, type TemplateTag } from '@tactful/engine'
import type { ScannedTag } from './template/tag.js'
import { scanTags } from './template/scan-tags.js'
import { layoutTemplate } from './template/variants.js'
import { tagDirectives } from './template/template-directives.js'
import type { InnerFormat, InnerResult } from './formats/inner.js'

/** Escapes a replacement for a unit range; `undefined` when the format cannot hold it there. */
export type Encoder = (text: string, range: readonly [number, number]) => string | undefined

/** Encoders of the units an adapter made, so `encodeReplacement` escapes for where the unit sits. */
const encoders = new WeakMap<LintUnit, Encoder>()

export function encodeFor(unit: LintUnit, text: string, range: readonly [number, number]): string | undefined {
  const encode = encoders.get(unit)
  return encode ? encode(text, range) : text
}

export function registerEncoder(unit: LintUnit, encode: Encoder | undefined): LintUnit {
  if (encode) encoders.set(unit, encode)
  return unit
}

export interface TemplatedSpec {
  id: string
  extensions: readonly string[]
  /** The carrier format, fixed or chosen per file (`.html.hbs` is HTML). */
  inner: InnerFormat | { detect(text: string, filePath: string | undefined): InnerFormat }
}

/**
 * An adapter for a prose format that may hold template tags. Tags are masked
 * first (same length), then the carrier format is read once per branch
 * variant, so `{{#if}}…{{else}}…{{/if}}` alternatives are linted apart.
 */
export function templatedAdapter(spec: TemplatedSpec): Adapter {
  return {
    id: spec.id,
    extensions: spec.extensions,
    extract(text, filePath) {
      return extractTemplated(text, typeof spec.inner === 'function' ? spec.inner : spec.inner.detect(text, filePath))
    },
    encodeReplacement: (text, unit, range) => encodeFor(unit, text, range),
  }
}

/** Masks template tags in `text` and reads each variant with `inner`. */
export function extractTemplated(text: string, inner: InnerFormat): ExtractedFile {
  const tags = scanTags(text)
  const layout = layoutTemplate(text, tags)
  const full = inner(layout.full.masked, 0, text.length)
  if (full.error) return { units: [], directives: [], error: full.error }
  const directives: Directive[] = [...tagDirectives(tags), ...full.directives]
  const units: LintUnit[] = []
  for (const variant of layout.variants) {
    const result: InnerResult = variant === layout.full ? full : inner(variant.masked, 0, text.length)
    for (const draft of result.drafts) {
      const extra: Partial<LintUnit> = { ...draft.extra, ...(variant.branch !== undefined ? { branch: variant.branch } : {}) }
      units.push(registerEncoder(draft.builder.build(draft.kind, variant.placeholders, extra), draft.encode))
    }
  }
  if (tags.length > 0) units.push(templateUnit(text, tags))
  const extracted: ExtractedFile = { units, directives }
  if (full.settings) extracted.settings = full.settings
  return extracted
}

/**
 * The raw file as one `template` unit listing its tags, so template hygiene
 * rules (unbalanced tags, greetings without a fallback, mixed syntaxes) can
 * report at the tags themselves. Prose rules never read this kind.
 */
function templateUnit(text: string, tags: readonly ScannedTag[]): LintUnit {
  const templateTags = tags.map((tag) => {
    const entry: TemplateTag = { range: [tag.start, tag.end], raw: tag.raw, kind: tag.kind, syntax: tag.syntax, name: tag.name }
    if (tag.fallback) entry.fallback = true
    if (tag.problem) entry.problem = tag.problem
    return entry
  })
  return { text, kind: 'template', offsetMap: OffsetMap.identity(0, text.length), placeholders: tags.map((t) => [t.start, t.end]), templateTags }
}
