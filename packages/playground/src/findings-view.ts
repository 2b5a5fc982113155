import type { Finding, FindingSuggestion } from './lint-session'
import { severityBadge } from './severity'

export interface FindingsHandlers {
  /** Replace the suggestion's range with its text, then lint again. */
  apply(finding: Finding, suggestion: FindingSuggestion): void
  /** Select the finding's words in the text area. */
  reveal(finding: Finding): void
  /** The finding that has keyboard focus or the pointer, for its highlight. */
  activate(finding: Finding | undefined): void
}

/**
 * The findings list. Each item is one tab stop (roving tabindex): arrow keys,
 * Home and End move between findings, Tab goes on to the item's own buttons
 * and link, Enter on the item selects its words in the text.
 */
export function renderFindings(list: HTMLOListElement, findings: readonly Finding[], handlers: FindingsHandlers, focusIndex?: number): void {
  const items = findings.map((f) => findingItem(f, handlers))
  list.replaceChildren(...items)
  if (items.length === 0) {
    const empty = document.createElement('li')
    empty.className = 'finding-empty'
    empty.textContent = 'No findings. Nothing to change for these settings.'
    list.append(empty)
    return
  }
  const current = Math.min(focusIndex ?? 0, items.length - 1)
  items[current]!.tabIndex = 0
  if (focusIndex !== undefined) items[current]!.focus()
}

export function installListKeys(list: HTMLOListElement, handlers: FindingsHandlers, findingsOf: () => readonly Finding[]): void {
  list.addEventListener('keydown', (event) => {
    const item = (event.target as HTMLElement).closest<HTMLLIElement>('li.finding')
    if (!item || event.target !== item) return
    const items = [...list.querySelectorAll<HTMLLIElement>('li.finding')]
    const index = items.indexOf(item)
    let next: number | undefined
    if (event.key === 'ArrowDown') next = Math.min(index + 1, items.length - 1)
    else if (event.key === 'ArrowUp') next = Math.max(index - 1, 0)
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = items.length - 1
    else if (event.key === 'Enter') {
      const finding = findingsOf()[index]
      if (finding) handlers.reveal(finding)
      event.preventDefault()
      return
    }
    if (next === undefined) return
    event.preventDefault()
    for (const el of items) el.tabIndex = -1
    items[next]!.tabIndex = 0
    items[next]!.focus()
  })
}

function findingItem(finding: Finding, handlers: FindingsHandlers): HTMLLIElement {
  const { message } = finding
  const item = document.createElement('li')
  item.className = `finding finding-${message.severity}`
  item.tabIndex = -1
  item.dataset.finding = String(finding.id)
  item.dataset.rule = message.ruleId
  item.dataset.start = String(finding.range[0])
  item.dataset.end = String(finding.range[1])
  const messageId = `finding-${finding.id}-message`
  item.setAttribute('aria-labelledby', messageId)
  item.addEventListener('focusin', () => handlers.activate(finding))
  item.addEventListener('focusout', () => handlers.activate(undefined))
  item.addEventListener('mouseenter', () => handlers.activate(finding))
  item.addEventListener('mouseleave', () => handlers.activate(undefined))

  const head = document.createElement('div')
  head.className = 'finding-head'
  const where = document.createElement('span')
  where.className = 'finding-where'
  where.textContent = `Line ${message.position.start.line}, column ${message.position.start.column}`
  head.append(severityBadge(message.severity), where)
  if (message.category) {
    const category = document.createElement('span')
    category.className = 'finding-category'
    category.textContent = message.category
    head.append(category)
  }

  const text = document.createElement('p')
  text.className = 'finding-message'
  text.id = messageId
  text.textContent = message.message

  const rule = document.createElement('p')
  rule.className = 'finding-rule'
  const link = document.createElement('a')
  link.href = message.url
  link.target = '_blank'
  link.rel = 'noopener noreferrer'
  link.textContent = message.ruleId
  link.setAttribute('aria-label', `Rule ${message.ruleId}: documentation (opens in a new tab)`)
  rule.append('Rule ', link)

  item.append(head, text, rule)

  if (message.note) {
    const note = document.createElement('p')
    note.className = 'finding-note'
    const why = document.createElement('strong')
    why.textContent = 'Why: '
    note.append(why, message.note)
    item.append(note)
  }

  const actions = document.createElement('div')
  actions.className = 'finding-actions'
  if (finding.suggestions.length > 0) {
    const label = document.createElement('span')
    label.className = 'actions-label'
    label.textContent = 'Better wording:'
    actions.append(label)
  }
  for (const suggestion of finding.suggestions) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = `apply apply-${suggestion.kind}`
    button.textContent = suggestion.label
    button.addEventListener('click', () => handlers.apply(finding, suggestion))
    actions.append(button)
  }
  const show = document.createElement('button')
  show.type = 'button'
  show.className = 'secondary show'
  show.textContent = 'Show in text'
  show.setAttribute('aria-label', `Show “${message.actual ?? message.ruleId}” in the text`)
  show.addEventListener('click', () => handlers.reveal(finding))
  actions.append(show)
  item.append(actions)
  return item
}
