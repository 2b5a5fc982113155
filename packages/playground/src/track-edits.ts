/** A text range in UTF-16 offsets, end exclusive: the engine's and the textarea's unit. */
export type Range = [start: number, end: number]

/** The one stretch that changed between two versions of the text. */
export interface Edit {
  start: number
  /** End of the changed stretch in the old text. */
  oldEnd: number
  /** End of the changed stretch in the new text. */
  newEnd: number
}

/** Finds the changed stretch by trimming the common prefix and suffix. */
export function diffEdit(oldText: string, newText: string): Edit | undefined {
  if (oldText === newText) return undefined
  const max = Math.min(oldText.length, newText.length)
  let start = 0
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++
  let suffix = 0
  while (suffix < max - start && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix }
}

/**
 * Moves a range through an edit so highlights stay on their words while the
 * user types, until the next lint. A range the edit touches is stale: its
 * words changed, so it maps to nothing.
 */
export function shiftRange(range: Range, edit: Edit): Range | undefined {
  const [start, end] = range
  if (end < edit.start || (end === edit.start && start < end)) return range
  if (start > edit.oldEnd || (start === edit.oldEnd && start < end)) {
    const delta = edit.newEnd - edit.oldEnd
    return [start + delta, end + delta]
  }
  return undefined
}
