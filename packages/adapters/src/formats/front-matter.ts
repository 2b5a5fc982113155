import { isMap, isScalar, parseDocument, type Node, type YAMLMap } from 'yaml'
import type { FileSettings } from '@tactful/engine'
import { frontMatterValue, type FrontMatterProblem } from './front-matter-values.js'

/**
 * Reads tactful settings from a front-matter block: `region`, `channel`,
 * `language`, `complaint`, `voice`, at the top level or under `tactful:`.
 * Unknown keys belong to other tools and are ignored; a tactful key with a
 * value tactful cannot use is a problem at that key (offsets into `yamlText`).
 */
export function settingsFromFrontMatter(yamlText: string): FileSettings | FrontMatterProblem {
  const document = parseDocument(yamlText, { prettyErrors: false })
  const syntax = document.errors[0]
  if (syntax) return { error: `front matter is not valid YAML: ${syntax.message.split('\n')[0]}`, offset: syntax.pos[0] }
  if (!isMap(document.contents)) return {}
  const top = document.contents
  const scoped = top.get('tactful', true)
  const map: YAMLMap = isMap(scoped) ? scoped : top
  const prefix = map === top ? '' : 'tactful.'
  const settings: FileSettings = {}
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined
    const read = key !== undefined ? frontMatterValue(key, pair.value as Node | null) : undefined
    if (!read) continue
    if ('error' in read) return { error: `front matter ${prefix}${key}: ${read.error}`, offset: read.offset ?? (pair.key as Node).range?.[0] ?? 0 }
    Object.assign(settings, read)
  }
  return settings
}
