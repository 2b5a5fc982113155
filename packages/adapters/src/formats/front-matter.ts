import { parse } from 'yaml'
import type { Channel, FileSettings } from '@tactful/engine'

const CHANNELS: readonly Channel[] = ['email', 'chat', 'template']

/**
 * Reads tactful settings from a front-matter block: `region`, `channel`,
 * `language`, `complaint`, `voice`, at the top level or under `tactful:`.
 * Unknown keys belong to other tools and are ignored.
 */
export function settingsFromFrontMatter(yamlText: string): FileSettings | { error: string } {
  let data: unknown
  try {
    data = parse(yamlText)
  } catch (error) {
    return { error: `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` }
  }
  if (!data || typeof data !== 'object') return {}
  const record = data as Record<string, unknown>
  const scoped = record['tactful'] && typeof record['tactful'] === 'object' ? (record['tactful'] as Record<string, unknown>) : record
  const settings: FileSettings = {}
  const region = scoped['region'] ?? scoped['regions']
  if (typeof region === 'string') settings.region = region.split(/[\s,]+/).filter(Boolean)
  else if (Array.isArray(region)) settings.region = region.map(String)
  const channel = scoped['channel']
  if (typeof channel === 'string' && (CHANNELS as readonly string[]).includes(channel)) settings.channel = channel as Channel
  if (typeof scoped['language'] === 'string') settings.language = scoped['language']
  if (typeof scoped['complaint'] === 'boolean') settings.complaint = scoped['complaint']
  const voice = scoped['voice']
  if (voice === 'formal' || voice === 'friendly') settings.voice = voice
  return settings
}
