import './styles.css'
import type { Channel } from '@tactful/core'
import { checkedPresets, renderFormatOptions, renderPresetOptions, renderRegionOptions } from './controls'
import { EXAMPLE_REPLY } from './example'
import { installListKeys, renderFindings, type FindingsHandlers } from './findings-view'
import { renderHighlights, setActiveHighlight } from './highlight-layer'
import { LintSession, type Finding, type FindingSuggestion, type LintSettings } from './lint-session'
import type { Range } from './track-edits'
import { renderSummary } from './summary-view'
import { diffEdit, shiftRange } from './track-edits'

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
const LINT_DELAY_MS = 200

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id)
  if (!el) throw new Error(`playground: #${id} is missing from index.html`)
  return el as T
}

const textarea = byId<HTMLTextAreaElement>('text')
const backdrop = byId<HTMLDivElement>('backdrop')
const presetBox = byId<HTMLDivElement>('preset-options')
const regionSelect = byId<HTMLSelectElement>('region')
const channelSelect = byId<HTMLSelectElement>('channel')
const formatSelect = byId<HTMLSelectElement>('format')
const fileInput = byId<HTMLInputElement>('file')
const fileStatus = byId<HTMLParagraphElement>('file-status')
const status = byId<HTMLParagraphElement>('status')
const summary = byId<HTMLDivElement>('summary')
const list = byId<HTMLOListElement>('findings')

const session = new LintSession()
let findings: Finding[] = []
let placeholders: Range[] = []
let linted = ''
let fileName: string | undefined
let timer: ReturnType<typeof setTimeout> | undefined
/** Counts finished lints, so a test (or a curious writer) can tell a fresh result from an old one. */
let lintRuns = 0

function settings(): LintSettings {
  return {
    presets: checkedPresets(presetBox),
    region: regionSelect.value,
    channel: channelSelect.value as Channel,
    format: formatSelect.value,
    ...(fileName ? { fileName } : {}),
  }
}

/** Lints the text now; `focusIndex` puts keyboard focus back on the list after an apply. */
function lintNow(focusIndex?: number): void {
  clearTimeout(timer)
  const text = textarea.value
  const current = settings()
  try {
    const outcome = current.presets.length === 0 ? { findings: [], placeholders: [] } : session.lint(text, current)
    findings = outcome.findings
    placeholders = outcome.placeholders
    status.textContent = current.presets.length === 0 ? 'Choose at least one preset to check the text.' : describe(findings)
    status.classList.remove('status-error')
  } catch (error) {
    findings = []
    placeholders = []
    status.textContent = `Could not check the text: ${error instanceof Error ? error.message : String(error)}`
    status.classList.add('status-error')
  }
  linted = text
  renderHighlights(backdrop, text, findings, placeholders)
  renderSummary(summary, findings)
  renderFindings(list, findings, handlers, focusIndex)
  document.body.dataset.lintRuns = String(++lintRuns)
}

function describe(found: readonly Finding[]): string {
  if (found.length === 0) return 'No findings.'
  const count = (s: string) => found.filter((f) => f.message.severity === s).length
  const parts = [[count('error'), 'error'], [count('warning'), 'warning'], [count('info'), 'info']]
    .filter(([n]) => n !== 0)
    .map(([n, word]) => `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`)
  return `${found.length} finding${found.length === 1 ? '' : 's'}: ${parts.join(', ')}.`
}

/** While the user types, highlights ride along with their words until the next lint. */
function onInput(): void {
  const text = textarea.value
  const edit = diffEdit(linted, text)
  if (edit) {
    for (const finding of findings) {
      const moved = finding.stale ? undefined : shiftRange(finding.range, edit)
      if (!moved) {
        finding.stale = true
        continue
      }
      finding.range = moved
      for (const suggestion of finding.suggestions) {
        const range = shiftRange(suggestion.range, edit)
        if (range) suggestion.range = range
        else finding.stale = true
      }
    }
    placeholders = placeholders.flatMap((range) => {
      const moved = shiftRange(range, edit)
      return moved ? [moved] : []
    })
    linted = text
    renderHighlights(backdrop, text, findings, placeholders)
  }
  fitHeight()
  clearTimeout(timer)
  timer = setTimeout(() => lintNow(), LINT_DELAY_MS)
}

const handlers: FindingsHandlers = {
  apply(finding: Finding, suggestion: FindingSuggestion) {
    const index = findings.indexOf(finding)
    if (finding.stale || index === -1) {
      lintNow(Math.max(index, 0))
      status.textContent = `The text changed under that finding; checked again. ${status.textContent}`
      return
    }
    const [start, end] = suggestion.range
    textarea.setRangeText(suggestion.text, start, end, 'end')
    fitHeight()
    lintNow(index)
    status.textContent = `Applied: ${suggestion.label}. ${status.textContent}`
  },
  reveal(finding: Finding) {
    textarea.focus()
    textarea.setSelectionRange(finding.range[0], finding.range[1])
    backdrop.querySelector(`mark[data-findings~="${finding.id}"]`)?.scrollIntoView({ block: 'center' })
  },
  activate(finding: Finding | undefined) {
    setActiveHighlight(backdrop, finding?.id)
  },
}

/** The text area grows with its text, so it never scrolls apart from the highlight layer. */
function fitHeight(): void {
  textarea.style.height = 'auto'
  textarea.style.height = `${textarea.scrollHeight + 2}px`
}

async function openFile(): Promise<void> {
  const file = fileInput.files?.[0]
  if (!file) return
  const text = await file.text()
  fileName = file.name
  const adapter = session.linterFor(checkedPresets(presetBox)).adapterFor(file.name)
  formatSelect.value = adapter?.id ?? 'auto'
  fileStatus.textContent = `Opened ${file.name}, read as ${adapter?.id ?? 'text'}.`
  textarea.value = text
  fitHeight()
  lintNow()
}

renderPresetOptions(presetBox, ['recommended'])
renderRegionOptions(regionSelect)
renderFormatOptions(formatSelect)
installListKeys(list, handlers, () => findings)

textarea.addEventListener('input', onInput)
for (const control of [presetBox, regionSelect, channelSelect, formatSelect]) control.addEventListener('change', () => lintNow())
fileInput.addEventListener('change', () => void openFile())
byId<HTMLButtonElement>('load-example').addEventListener('click', () => {
  textarea.value = EXAMPLE_REPLY
  fileName = undefined
  formatSelect.value = 'auto'
  fileStatus.textContent = "The file's extension picks the format."
  fitHeight()
  lintNow()
})
window.addEventListener('resize', fitHeight)

textarea.value = EXAMPLE_REPLY
fitHeight()
lintNow()
document.body.dataset.ready = 'true'
