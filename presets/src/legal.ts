import { definePreset } from '@tactful/engine'

/** Law: statements about rights, guarantees, data and health that the customer's jurisdiction judges. */
export const legal = definePreset({
  id: 'legal',
  description: 'Statements of rights, guarantees, data requests and claims that hold up in the customer’s jurisdiction',
  rules: {},
})
