/** What the engine knows of one ISO 3166-1 region; the table itself is data supplied with the rules. */
export interface RegionInfo {
  name: string
  /** Jurisdiction and culture groups: EU, EEA, UK, US, AU, GCC, CN, MENA, EAST-ASIA, … */
  groups: readonly string[]
  /** Facts rules need, e.g. `{ withdrawalDays: 14, measurement: 'metric' }`. */
  facts?: Readonly<Record<string, unknown>>
}
export type RegionTable = Readonly<Record<string, RegionInfo>>

export interface RegionContext {
  /** Upper-case ISO codes given for the customer; empty when unknown (a template sent everywhere). */
  readonly codes: readonly string[]
  /** True when at least one region was given. */
  readonly known: boolean
  /** True when any given region is this code or belongs to this group. */
  is(codeOrGroup: string): boolean
  /**
   * A fact of the first given region that has it. With several regions, prefer `factsByRegion`
   * and take the strictest reading: the result must not depend on the order the codes were given in.
   */
  fact<T = unknown>(name: string): T | undefined
  /** The fact of each given region, in the order of `codes` (undefined where a region lacks it). */
  factsByRegion<T = unknown>(name: string): ReadonlyArray<T | undefined>
}

export function createRegionContext(codes: readonly string[], table: RegionTable): RegionContext {
  const upper = codes.map((c) => c.toUpperCase())
  const names = new Set<string>()
  for (const code of upper) {
    names.add(code)
    for (const group of table[code]?.groups ?? []) names.add(group.toUpperCase())
  }
  return {
    codes: upper,
    known: upper.length > 0,
    is: (codeOrGroup) => names.has(codeOrGroup.toUpperCase()),
    fact<T>(name: string): T | undefined {
      for (const code of upper) {
        const value = table[code]?.facts?.[name]
        if (value !== undefined) return value as T
      }
      return undefined
    },
    factsByRegion<T>(name: string): ReadonlyArray<T | undefined> {
      return upper.map((code) => table[code]?.facts?.[name] as T | undefined)
    },
  }
}

/** ISO 3166-1 alpha-2 shape; whether the code is known is checked against the table. */
export const REGION_CODE = /^[A-Za-z]{2}$/
