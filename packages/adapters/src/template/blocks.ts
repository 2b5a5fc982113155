import type { ScannedTag } from './tag.js'

/** A conditional or loop block; its branches are the file ranges between its tags. */
export interface Block {
  open: ScannedTag
  branches: Array<[number, number]>
  parent?: { block: Block; branch: number }
}

/**
 * Pairs opening, `else` and closing tags into blocks. Marks unbalanced tags
 * with a problem (mutating them) instead of failing: a half-written template
 * is still linted.
 */
export function buildBlocks(tags: readonly ScannedTag[], textLength: number): Block[] {
  const blocks: Block[] = []
  const stack: Array<{ block: Block; branchStart: number }> = []
  for (const tag of tags) {
    if (tag.kind === 'open') {
      const top = stack[stack.length - 1]
      const block: Block = { open: tag, branches: [] }
      if (top) block.parent = { block: top.block, branch: top.block.branches.length }
      blocks.push(block)
      stack.push({ block, branchStart: tag.end })
    } else if (tag.kind === 'else') {
      const top = stack[stack.length - 1]
      if (!top) {
        tag.problem = 'stray-else'
        continue
      }
      top.block.branches.push([top.branchStart, tag.start])
      top.branchStart = tag.end
    } else if (tag.kind === 'close') {
      const index = findOpen(stack, tag.name)
      if (index === -1) {
        tag.problem = 'unmatched-close'
        continue
      }
      // Blocks opened after the match were never closed.
      while (stack.length - 1 > index) close(stack.pop()!, tag.start, true)
      close(stack.pop()!, tag.start, false)
    }
  }
  while (stack.length > 0) close(stack.pop()!, textLength, true)
  return blocks
}

function findOpen(stack: ReadonlyArray<{ block: Block }>, name: string): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    const open = stack[i]!.block.open
    // Mustache closes a section by its variable name, Handlebars and Liquid by the helper name.
    if (open.name === name || name === '') return i
  }
  return -1
}

function close(entry: { block: Block; branchStart: number }, at: number, unclosed: boolean): void {
  entry.block.branches.push([entry.branchStart, at])
  if (unclosed) entry.block.open.problem = 'unclosed-block'
}

/** The variable a block tests, for `{{#if first_name}}` / `{% if customer.first_name %}`. */
export function testedVariables(open: ScannedTag): string[] {
  const inner = open.raw.replace(/^\{[{%]-?~?\s*[#^]?\s*\w+/, '').replace(/-?~?[}%]\}$/, '')
  return inner.match(/[A-Za-z_$][\w.$]*/g)?.filter((w) => !/^(and|or|not|is|none|null|nil|blank|empty|true|false|in)$/.test(w)) ?? []
}
