import { CATEGORIES, type Category } from '@tactful/core'
import type { Finding } from './lint-session'
import { SEVERITIES, SEVERITY_LABEL } from './severity'

/** Counts by severity and by category, as two small labelled lists. */
export function renderSummary(container: HTMLElement, findings: readonly Finding[]): void {
  const bySeverity = new Map(SEVERITIES.map((s) => [s, 0]))
  const byCategory = new Map<string, number>(CATEGORIES.map((c: Category) => [c, 0]))
  for (const f of findings) {
    bySeverity.set(f.message.severity, (bySeverity.get(f.message.severity) ?? 0) + 1)
    const category = f.message.category ?? 'other'
    byCategory.set(category, (byCategory.get(category) ?? 0) + 1)
  }
  container.replaceChildren(
    countList('By severity', 'severity-counts', [...bySeverity].map(([s, n]) => ({ key: s, icon: SEVERITY_LABEL[s].icon, label: SEVERITY_LABEL[s].text, count: n }))),
    countList('By category', 'category-counts', [...byCategory].map(([c, n]) => ({ key: c, label: c, count: n }))),
  )
}

function countList(title: string, id: string, rows: Array<{ key: string; icon?: string; label: string; count: number }>): HTMLElement {
  const wrap = document.createElement('div')
  wrap.className = 'count-group'
  const heading = document.createElement('h3')
  heading.id = `${id}-heading`
  heading.textContent = title
  const list = document.createElement('ul')
  list.id = id
  list.className = 'counts'
  list.setAttribute('aria-labelledby', heading.id)
  for (const row of rows) {
    const item = document.createElement('li')
    item.dataset.key = row.key
    item.className = row.count === 0 ? 'count zero' : `count count-${row.key}`
    const label = document.createElement('span')
    label.className = 'count-label'
    if (row.icon) {
      const icon = document.createElement('span')
      icon.setAttribute('aria-hidden', 'true')
      icon.textContent = `${row.icon} `
      label.append(icon)
    }
    label.append(row.label)
    const value = document.createElement('span')
    value.className = 'count-value'
    value.textContent = String(row.count)
    item.append(label, ' ', value)
    list.append(item)
  }
  wrap.append(heading, list)
  return wrap
}
