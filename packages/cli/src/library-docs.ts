import { writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { LibraryRule } from '@tactful/config-loader'
import { makeDirectory } from './make-directory.js'

const KIND_TEXT: Record<string, string> = {
  avoid: 'Avoid: reported wherever one of these phrases appears.',
  replace: 'Replace: each phrase has a preferred wording.',
  limit: 'Limit: counts these phrases in one text.',
  require: 'Require: reported once when a text contains none of these phrases.',
}

function limitText(entry: LibraryRule): string | undefined {
  const limit = entry.source.limit
  if (entry.source.kind !== 'limit' || !limit) return undefined
  return [limit.max !== undefined ? `at most ${limit.max}` : '', limit.min !== undefined ? `at least ${limit.min}` : ''].filter(Boolean).join(' and ')
}

function scopeLines(entry: LibraryRule): string[] {
  const scope = entry.source.scope ?? {}
  const labels: Array<[keyof typeof scope, string]> = [
    ['channels', 'Channels'],
    ['regions', 'Regions'],
    ['notRegions', 'Not in regions'],
    ['files', 'Files'],
    ['ifContains', 'Only texts containing'],
  ]
  return labels.filter(([key]) => scope[key]?.length).map(([key, label]) => `- ${label}: ${scope[key]!.map((v) => `\`${v}\``).join(', ')}`)
}

/** One Markdown page for a phrase-library rule: what it checks, its message, phrases, suggestions, scope and examples. */
export function libraryRulePage(entry: LibraryRule, cwd: string): string {
  const { source, rule } = entry
  const lines = [`# ${rule.meta.id}`, '', `${source.description}.`, '', `- Kind: ${KIND_TEXT[source.kind]}`]
  const limit = limitText(entry)
  if (limit) lines.push(`- Allowed: ${limit} per text`)
  lines.push(`- Category: ${source.category}`, `- Severity: ${rule.meta.defaultSeverity}`, `- Defined in: \`${relative(cwd, entry.file)}\` line ${entry.line}`, '', '## Message', '', `> ${source.message}`, '')
  lines.push('## Phrases', '')
  for (const pattern of source.patterns) {
    const phrases = pattern.phrases.map((p) => `“${p}”`).join(', ')
    const suggest = pattern.suggest?.length ? ` → ${pattern.suggest.map((s) => `“${s}”`).join(' or ')}` : ''
    lines.push(`- ${phrases}${suggest}${pattern.note ? ` (${pattern.note})` : ''}`)
  }
  lines.push('')
  const scope = scopeLines(entry)
  if (scope.length > 0) lines.push('## Where it applies', '', ...scope, '')
  const { pass = [], fail = [] } = source.examples ?? {}
  if (fail.length > 0) lines.push('## Reported', '', ...fail.map((t) => `- ${t}`), '')
  if (pass.length > 0) lines.push('## Not reported', '', ...pass.map((t) => `- ${t}`), '')
  return lines.join('\n')
}

/** Writes `<dir>/<name>.md` for every library rule; returns the paths written. */
export async function writeLibraryDocs(entries: readonly LibraryRule[], dir: string, cwd: string): Promise<string[]> {
  await makeDirectory(dir)
  const written: string[] = []
  for (const entry of entries) {
    const path = join(dir, `${entry.rule.meta.id.replace(/^custom\//, '')}.md`)
    await writeFile(path, libraryRulePage(entry, cwd))
    written.push(path)
  }
  return written
}
