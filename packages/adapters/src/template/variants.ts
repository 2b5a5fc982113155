import type { ScannedTag } from './tag.js'
import { buildBlocks, testedVariables, type Block } from './blocks.js'

/** One way the template can render: a same-length masked copy of the file. */
export interface Variant {
  /** Set when the template has alternatives: which branch choice this variant shows. */
  branch?: string
  masked: string
  /** File ranges masked in this variant: values, other tags, hidden branches. Fixes never touch them. */
  placeholders: Array<[number, number]>
}

export interface TemplateLayout {
  tags: ScannedTag[]
  blocks: Block[]
  /** Every branch shown, for directives and front matter: never linted as prose. */
  full: Variant
  /** The variants to lint; no variant shows two branches that never render together. */
  variants: Variant[]
}

/** More variants than this are not made: the branches left over are linted only where a variant shows them. */
const MAX_VARIANTS = 64

/** A branch to show, with the branch of each enclosing block that contains it. */
type Choice = Map<Block, number>

/**
 * Masks a template: value placeholders become a run of "x" (one opaque word),
 * other tags become spaces (newlines kept, so lines and paragraphs stay), and
 * each variant hides the branches it does not take. Variant 0 takes every
 * block's first branch; every other branch is shown by a further variant,
 * which also shows the other blocks' branches it can without a conflict (a
 * block shows one branch per variant, an enclosing block the branch that
 * holds the switched one). So each branch is linted, no variant shows two
 * branches that never render together, and a template of 5,000 `{% if %}`
 * blocks makes two variants, not 5,001 (each variant is the whole file to lint).
 */
export function layoutTemplate(text: string, tags: ScannedTag[]): TemplateLayout {
  const blocks = buildBlocks(tags, text.length)
  markFallbacks(tags, blocks)
  const full = render(text, tags, [], undefined)
  const alternatives = blocks.filter((b) => b.branches.length > 1)
  if (alternatives.length === 0) return { tags, blocks, full, variants: [full] }
  const packed: Array<{ choice: Choice; label: string; switched: number }> = []
  for (const block of alternatives) {
    for (let branch = 1; branch < block.branches.length; branch++) {
      const wanted: Choice = new Map([[block, branch]])
      for (let p = block.parent; p; p = p.block.parent) wanted.set(p.block, p.branch)
      let home = packed.find((variant) => [...wanted].every(([b, n]) => (variant.choice.get(b) ?? n) === n))
      if (!home) {
        if (packed.length + 1 >= MAX_VARIANTS) continue
        const label = `${block.open.raw.replace(/\s+/g, ' ')} (line ${lineOf(text, block.open.start)}) branch ${branch + 1}`
        packed.push((home = { choice: new Map(), label, switched: 0 }))
      }
      for (const [b, n] of wanted) home.choice.set(b, n)
      home.switched++
    }
  }
  const variants: Variant[] = [render(text, tags, hiddenRanges(blocks, new Map()), 'first branches')]
  for (const { choice, label, switched } of packed) {
    const more = switched > 1 ? ` and ${(switched - 1).toLocaleString('en')} more` : ''
    variants.push(render(text, tags, hiddenRanges(blocks, choice), label + more))
  }
  return { tags, blocks, full, variants }
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++
  return line
}

function hiddenRanges(blocks: readonly Block[], choice: ReadonlyMap<Block, number>): Array<[number, number]> {
  const hidden: Array<[number, number]> = []
  for (const block of blocks) {
    const chosen = choice.get(block) ?? 0
    block.branches.forEach((range, index) => {
      if (index !== chosen) hidden.push(range)
    })
  }
  return hidden
}

function render(text: string, tags: readonly ScannedTag[], hidden: ReadonlyArray<[number, number]>, branch: string | undefined): Variant {
  if (tags.length === 0) return { masked: text, placeholders: [] }
  const chars = text.split('')
  const blank = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' '
  }
  const placeholders: Array<[number, number]> = []
  for (const [start, end] of hidden) {
    blank(start, end)
    placeholders.push([start, end])
  }
  // Tags come in text order: one sweep over the hidden ranges (which may nest) in start order.
  const byStart = [...hidden].sort((a, b) => a[0] - b[0])
  let next = 0
  let hiddenUntil = -1
  for (const tag of tags) {
    while (next < byStart.length && byStart[next]![0] <= tag.start) hiddenUntil = Math.max(hiddenUntil, byStart[next++]![1])
    if (tag.start < hiddenUntil) continue
    if (tag.kind === 'value') {
      for (let i = tag.start; i < tag.end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = 'x'
    } else blank(tag.start, tag.end)
    placeholders.push([tag.start, tag.end])
  }
  const variant: Variant = { masked: chars.join(''), placeholders }
  if (branch !== undefined) variant.branch = branch
  return variant
}

/** A value inside `{{#if first_name}}` has a fallback in effect: the block tests it. */
function markFallbacks(tags: readonly ScannedTag[], blocks: readonly Block[]): void {
  for (const tag of tags) {
    if (tag.kind !== 'value' || tag.fallback) continue
    for (const block of blocks) {
      const first = block.branches[0]
      if (!first || tag.start < first[0] || tag.start >= first[1]) continue
      const name = block.open.name
      if (name === 'unless' || name === 'for' || name === 'each') continue
      const tested = name === 'if' || name === 'with' ? testedVariables(block.open) : [name]
      if (tested.some((v) => v === tag.name || tag.name.startsWith(`${v}.`))) tag.fallback = true
    }
  }
}
