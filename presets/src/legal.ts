import { definePreset, type RuleSetting } from '@tactful/engine'

/** Law: statements about rights, guarantees, data and health that the customer's jurisdiction judges. */
export const legal = definePreset({
  id: 'legal',
  description: 'Statements of rights, guarantees, data requests and claims that hold up in the customer’s jurisdiction',
  rules: {},
})

/**
 * The legal rules that are on in `recommended`: every rule of this theme that is
 * quiet on good replies. A rule left out says why in its docs.
 */
export const recommendedLegal: Record<string, RuleSetting> = {
}
