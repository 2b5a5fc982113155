import { REGION_CODE, type RegionTable } from './region-context.js'

/** Codes people write for a region whose ISO 3166-1 code is another. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' }

/**
 * Why a region code is not one of the table's, or undefined when it is. The same words wherever a
 * code comes from (config, `--region`, front matter), with a hint for the usual slips: "UK" for GB,
 * a group such as "EU" for its countries.
 */
export function regionCodeProblem(code: string, table: RegionTable): string | undefined {
  const upper = code.trim().toUpperCase()
  if (REGION_CODE.test(upper) && upper in table) return undefined
  return `"${code}" is not a known ISO 3166-1 alpha-2 region code${hintFor(upper, table)}`
}

function hintFor(upper: string, table: RegionTable): string {
  const alias = ALIASES[upper]
  if (alias !== undefined && alias in table) return ` (did you mean ${alias}?)`
  const members = Object.keys(table).filter((code) => table[code]!.groups.includes(upper))
  if (members.length > 0) return ` (${upper} is a group; list its countries, such as ${members.slice(0, 2).join(' or ')})`
  return ' (for example DE, US, JP)'
}
