import type { ReportedSeverity } from '@tactful/core'

/** Severity is shown as a word and a shape as well as a colour, never colour alone. */
export const SEVERITY_LABEL: Record<ReportedSeverity, { text: string; icon: string }> = {
  error: { text: 'Error', icon: '✖' },
  warning: { text: 'Warning', icon: '⚠' },
  info: { text: 'Info', icon: 'ℹ' },
}

export const SEVERITIES: readonly ReportedSeverity[] = ['error', 'warning', 'info']

export function severityBadge(severity: ReportedSeverity): HTMLElement {
  const badge = document.createElement('span')
  badge.className = `badge badge-${severity}`
  const icon = document.createElement('span')
  icon.setAttribute('aria-hidden', 'true')
  icon.textContent = SEVERITY_LABEL[severity].icon
  badge.append(icon, ` ${SEVERITY_LABEL[severity].text}`)
  return badge
}
