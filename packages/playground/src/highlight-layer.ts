import type { Finding } from './lint-session'
import type { Range } from './track-edits'

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const

/**
 * Draws the findings into the mirror layer behind the transparent textarea.
 * The layer holds the same text with the same font and wrapping, so each
 * <mark> sits exactly under its words. Overlapping findings split the text
 * into segments; a segment takes the strongest severity that covers it.
 */
export function renderHighlights(layer: HTMLElement, text: string, findings: readonly Finding[], placeholders: readonly Range[] = []): void {
  const live = findings.filter((f) => !f.stale)
  const cuts = new Set<number>([0, text.length])
  for (const [start, end] of [...live.map((f) => f.range), ...placeholders]) {
    cuts.add(clamp(start, text.length))
    cuts.add(clamp(end, text.length))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const fragment = document.createDocumentFragment()

  for (let i = 0; i < points.length; i++) {
    const start = points[i]!
    // Empty ranges (a missing greeting, a missing sign-off) get a caret mark.
    for (const f of live) {
      if (f.range[0] === start && f.range[1] === start) fragment.append(mark(f.message.severity, [f], ''))
    }
    const end = points[i + 1]
    if (end === undefined || end === start) continue
    const covering = live.filter((f) => f.range[0] <= start && f.range[1] >= end && f.range[0] < f.range[1])
    const slice = text.slice(start, end)
    if (covering.length === 0) {
      fragment.append(placeholders.some(([s, e]) => s <= start && e >= end) ? placeholderMark(slice) : slice)
      continue
    }
    const severity = covering.reduce((best, f) => (SEVERITY_RANK[f.message.severity] > SEVERITY_RANK[best] ? f.message.severity : best), covering[0]!.message.severity)
    fragment.append(mark(severity, covering, slice))
  }
  // A trailing newline needs a character after it, or the mirror is one line short of the textarea.
  fragment.append(text.endsWith('\n') || text === '' ? '\u200b' : '')
  layer.replaceChildren(fragment)
}

function mark(severity: string, covering: readonly Finding[], slice: string): HTMLElement {
  const el = document.createElement('mark')
  el.className = `hl hl-${severity}${slice === '' ? ' hl-point' : ''}`
  el.dataset.findings = covering.map((f) => f.id).join(' ')
  el.textContent = slice
  return el
}

/** A template tag or other masked stretch: never flagged, never changed. */
function placeholderMark(slice: string): HTMLElement {
  const el = document.createElement('span')
  el.className = 'placeholder'
  el.textContent = slice
  return el
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max))
}

/** Outlines the marks of one finding, for the finding the list has in focus. */
export function setActiveHighlight(layer: HTMLElement, id: number | undefined): void {
  for (const el of layer.querySelectorAll<HTMLElement>('mark.hl')) {
    const ids = (el.dataset.findings ?? '').split(' ')
    el.classList.toggle('hl-active', id !== undefined && ids.includes(String(id)))
  }
}
