import { isScalar, isSeq, type Node } from 'yaml'
import { REGION_CODE, type Channel, type FileSettings } from '@tactful/engine'

export interface FrontMatterProblem {
  error: string
  /** Where the bad value starts, in the front matter text. */
  offset?: number
}

const CHANNELS: readonly Channel[] = ['email', 'chat', 'template']
const VOICES = ['formal', 'friendly'] as const
/** A BCP 47 primary language subtag, optionally with a region or script: `en`, `en-GB`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

// The adapters cannot see tactful's region table; the platform's CLDR names reject codes no country has ("XX").
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

/** The setting one front-matter key makes, a problem with its value, or undefined for a key tactful does not read. */
export function frontMatterValue(key: string, node: Node | null): FileSettings | FrontMatterProblem | undefined {
  const value: unknown = isScalar(node) ? node.value : node?.toJSON()
  const problem = (error: string, at: unknown = node): FrontMatterProblem => {
    const offset = (at as Node | null)?.range?.[0]
    return offset === undefined ? { error } : { error, offset }
  }
  switch (key) {
    case 'region':
    case 'regions': {
      const items = isSeq(node) ? node.items : [node]
      const codes: string[] = []
      for (const item of items) {
        const raw: unknown = isScalar(item) ? item.value : undefined
        if (typeof raw !== 'string') return problem(`${describe(isScalar(item) ? item.value : (item as Node | null)?.toJSON())} is not a region code (expected two letters such as DE)`, item)
        // `region: ""` is a value left out, not "no region": that is `region: []`.
        if (raw.trim() === '') return problem('an empty value is not a region code (write [] for no region)', item)
        for (const code of raw.split(/[\s,]+/).filter(Boolean)) {
          if (!REGION_CODE.test(code) || regionNames.of(code.toUpperCase()) === undefined) {
            return problem(`"${code}" is not a known ISO 3166-1 alpha-2 region code`, item)
          }
          codes.push(code)
        }
      }
      return { region: codes }
    }
    case 'channel':
      if (typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)) return { channel: value as Channel }
      return problem(`${describe(value)} is not a channel; expected one of ${CHANNELS.join(', ')}`)
    case 'voice':
      if (value === 'formal' || value === 'friendly') return { voice: value }
      return problem(`${describe(value)} is not a voice; expected one of ${VOICES.join(', ')}`)
    case 'complaint':
      if (typeof value === 'boolean') return { complaint: value }
      return problem(`${describe(value)} is not true or false`)
    case 'language':
      if (typeof value === 'string' && LANGUAGE_TAG.test(value)) return { language: value }
      return problem(`${describe(value)} is not a language tag such as en`)
    default:
      return undefined
  }
}

function describe(value: unknown): string {
  return value === null || value === undefined ? 'an empty value' : JSON.stringify(value)
}
