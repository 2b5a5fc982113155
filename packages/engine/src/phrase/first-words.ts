import type { PhrasePattern, PhraseRule } from './compile-phrase-rule.js'
import { packedAlternatives, unpackSlot, type PhraseSlot } from './phrase-template.js'
import { normalizeWord } from './tokenize-phrase.js'

/**
 * Where a rule's phrases start: each normalised first token ("*" for the wildcard) to the
 * alternatives that begin with it. Templates are numbered across the rule's patterns. An
 * alternative of a template's first slot is two numbers, `template, alternative`; one of a later
 * slot, reached when the slots before it are left out ("(please|) wait"), is four:
 * `-1 - template, slot, alternative, offset`, the offset being the phrase index the left-out
 * slots give within the template. Listed in the order a walk of the rule's templates meets them,
 * so the matcher's targets keep the rule's order.
 *
 * Generated rules carry it precomputed: the matcher builds the trie's root one token at a time
 * from it, instead of reading the first slot of every template of every rule when it starts
 * (tens of thousands of alternatives, most of a cold start's phrase matching).
 */
export type FirstWordIndex = Readonly<Record<string, readonly number[]>>

/** A template's slots as the rule holds them: generated rules keep each slot packed in one string. */
function templateSlots(pattern: PhrasePattern, template: number): { count: number; slot(index: number): PhraseSlot } {
  const packed = pattern.packedTemplates?.[template]
  if (packed) return { count: packed.length, slot: (i) => unpackSlot(packed[i]!) }
  const slots = pattern.templates[template]!
  return { count: slots.length, slot: (i) => slots[i]! }
}

/** How many alternatives each slot of a template has, read without unpacking a generated rule's slots. */
export function slotAlternativeCounts(pattern: PhrasePattern, template: number): number[] {
  const packed = pattern.packedTemplates?.[template]
  return packed ? packed.map(packedAlternatives) : pattern.templates[template]!.map((slot) => slot.length)
}

/** How far the phrase index moves per alternative of each slot: mixed radix, the first slot outermost. */
export function slotStrides(alternatives: readonly number[]): number[] {
  const strides = new Array<number>(alternatives.length)
  let stride = 1
  for (let i = alternatives.length - 1; i >= 0; i--) {
    strides[i] = stride
    stride *= alternatives[i]!
  }
  return strides
}

export function firstWordIndex(rule: PhraseRule): FirstWordIndex {
  // A null prototype: a first word such as "constructor" is a key like any other.
  const index: Record<string, number[]> = Object.create(null)
  let template = 0
  for (const pattern of rule.patterns) {
    const templates = pattern.packedTemplates ?? pattern.templates
    for (let inPattern = 0; inPattern < templates.length; inPattern++, template++) {
      const slots = templateSlots(pattern, inPattern)
      const strides = slotStrides(slotAlternativeCounts(pattern, inPattern))
      const at = template
      addSlot(slots, strides, 0, 0, (token, slot, alternative, offset) => {
        const run = (index[normalizeWord(token)] ??= [])
        if (slot === 0) run.push(at, alternative)
        else run.push(-1 - at, slot, alternative, offset)
      })
    }
  }
  return index
}

/**
 * The alternatives of `slot` start phrases, then, through each empty alternative, those of the
 * next slot: the order in which a walk of the template meets them. `offset` counts the phrases
 * the left-out slots before `slot` pass over; an alternative's own is added by the matcher.
 */
function addSlot(slots: ReturnType<typeof templateSlots>, strides: readonly number[], slot: number, offset: number, add: (token: string, slot: number, alternative: number, offset: number) => void): void {
  if (slot === slots.count) return
  const skips: number[] = []
  slots.slot(slot).forEach((tokens, alternative) => {
    if (tokens.length === 0) skips.push(offset + alternative * strides[slot]!)
    else add(tokens[0]!, slot, alternative, offset)
  })
  for (const skip of skips) addSlot(slots, strides, slot + 1, skip, add)
}
