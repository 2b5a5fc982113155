import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/**
 * Replaces one generated section of a docs page (between `<!-- generated:ID -->` markers),
 * creating the page with `header` when it does not exist. Sections written by different
 * commands live in one page without overwriting each other, and nothing is edited by hand.
 */
export function writeSection(file: string, header: string, id: string, body: string): void {
  const begin = `<!-- generated:${id} -->`
  const end = `<!-- /generated:${id} -->`
  const block = `${begin}\n${body.trim()}\n${end}`
  let page = existsSync(file) ? readFileSync(file, 'utf8') : `${header.trim()}\n`
  // The header is generated too: refresh everything before the first section.
  const first = page.indexOf('<!-- generated:')
  page = first >= 0 ? `${header.trim()}\n\n${page.slice(first)}` : `${header.trim()}\n`
  const from = page.indexOf(begin)
  const to = page.indexOf(end)
  if (from >= 0 && to > from) page = page.slice(0, from) + block + page.slice(to + end.length)
  else page = `${page.trimEnd()}\n\n${block}\n`
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, page.endsWith('\n') ? page : `${page}\n`)
}
