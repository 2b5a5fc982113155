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

/** More alternatives than this are linted only in their first branch. */
const MAX_VARIANTS = 64

/**
 * Masks a template: value placeholders become a run of "x" (one opaque word),
 * other tags become spaces (newlines kept, so lines and paragraphs stay), and
 * each variant hides the branches it does not take. Variant 0 takes every
 * block's first branch; each further variant switches one block to another
 * branch (and its ancestors to the branch containing it), which lints every
 * branch once without an explosion of combinations.
 */
export function layoutTemplate(text: string, tags: ScannedTag[]): TemplateLayout {
  const blocks = buildBlocks(tags, text.length)
  markFallbacks(tags, blocks)
  const full = render(text, tags, [], undefined)
  const alternatives = blocks.filter((b) => b.branches.length > 1)
  if (alternatives.length === 0) return { tags, blocks, full, variants: [full] }
  const variants: Variant[] = [render(text, tags, hiddenRanges(blocks, new Map()), 'first branches')]
  for (const block of alternatives) {
    for (let branch = 1; branch < block.branches.length; branch++) {
      if (variants.length >= MAX_VARIANTS) break
      const choice = new Map<Block, number>([[block, branch]])
      for (let p = block.parent; p; p = p.block.parent) choice.set(p.block, p.branch)
      const line = lineOf(text, block.open.start)
      variants.push(render(text, tags, hiddenRanges(blocks, choice), `${block.open.raw.replace(/\s+/g, ' ')} (line ${line}) branch ${branch + 1}`))
    }
  }
  return { tags, blocks, full, variants }
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++
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
  const isHidden = (offset: number) => hidden.some(([s, e]) => s <= offset && offset < e)
  for (const tag of tags) {
    if (isHidden(tag.start)) continue
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
