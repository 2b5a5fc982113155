import { readFileSync } from 'node:fs'

/** The four labelled categories of the eval schema (`../shared/eval/README.md`). */
export const LABELLED = ['politeness', 'vagueness', 'cultural', 'legal'] as const
export type Labelled = (typeof LABELLED)[number]

export type Format = 'text' | 'markdown' | 'html' | 'handlebars'
export type Channel = 'email' | 'chat' | 'template'

export interface GoldSpan {
  category: Labelled
  quote: string
  why: string
  /** `[start, end)` in UTF-16 code units of `text`, from the first occurrence of `quote`. */
  range: [number, number]
}

export interface EvalRecord {
  id: string
  channel: Channel
  format: Format
  region: string | null
  text: string
  labels: Record<Labelled, 0 | 1>
  spans: GoldSpan[]
}

const FORMATS: readonly string[] = ['text', 'markdown', 'html', 'handlebars']
const CHANNELS: readonly string[] = ['email', 'chat', 'template']

export class DatasetError extends Error {}

/** Reads a JSON Lines eval set; a bad line is a `DatasetError` naming file, line and field. */
export function loadDataset(path: string): EvalRecord[] {
  let source: string
  try {
    source = readFileSync(path, 'utf8')
  } catch (error) {
    throw new DatasetError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  const records: EvalRecord[] = []
  const ids = new Set<string>()
  source.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    const where = `${path}:${index + 1}`
    let raw: Record<string, unknown>
    try {
      raw = JSON.parse(line)
    } catch (error) {
      throw new DatasetError(`${where}: invalid JSON (${(error as Error).message})`)
    }
    records.push(toRecord(raw, where, ids))
  })
  return records
}

function toRecord(raw: Record<string, unknown>, where: string, ids: Set<string>): EvalRecord {
  const fail = (key: string, problem: string): never => {
    throw new DatasetError(`${where}: "${key}" ${problem}`)
  }
  const { id, channel, format, region, text, labels, spans } = raw
  if (typeof id !== 'string' || id === '') fail('id', 'must be a non-empty string')
  if (ids.has(id as string)) fail('id', `duplicates "${id}"`)
  ids.add(id as string)
  if (typeof text !== 'string') fail('text', 'must be a string')
  if (!CHANNELS.includes(channel as string)) fail('channel', `must be one of ${CHANNELS.join(', ')}`)
  if (!FORMATS.includes(format as string)) fail('format', `must be one of ${FORMATS.join(', ')}`)
  if (region !== null && typeof region !== 'string') fail('region', 'must be a string or null')
  if (typeof labels !== 'object' || labels === null) fail('labels', 'must be an object')
  const labelMap = labels as Record<string, unknown>
  for (const category of LABELLED) {
    if (labelMap[category] !== 0 && labelMap[category] !== 1) fail(`labels.${category}`, 'must be 0 or 1')
  }
  if (!Array.isArray(spans)) fail('spans', 'must be an array')
  const gold = (spans as Record<string, unknown>[]).map((span, i): GoldSpan => {
    const category = span.category as Labelled
    if (!LABELLED.includes(category)) fail(`spans[${i}].category`, `must be one of ${LABELLED.join(', ')}`)
    if (typeof span.quote !== 'string' || span.quote === '') fail(`spans[${i}].quote`, 'must be a non-empty string')
    const start = (text as string).indexOf(span.quote as string)
    if (start < 0) fail(`spans[${i}].quote`, 'is not a substring of text')
    return { category, quote: span.quote as string, why: String(span.why ?? ''), range: [start, start + (span.quote as string).length] }
  })
  return {
    id: id as string,
    channel: channel as Channel,
    format: format as Format,
    region: (region as string | null) ?? null,
    text: text as string,
    labels: labelMap as Record<Labelled, 0 | 1>,
    spans: gold,
  }
}
