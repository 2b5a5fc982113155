export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line'

/** An inline comment that turns rules off or on. Offsets and lines are in the original file. */
export interface Directive {
  kind: DirectiveKind
  /** Rule ids, or null for all rules. */
  ruleIds: string[] | null
  reason?: string
  range: [number, number]
}
