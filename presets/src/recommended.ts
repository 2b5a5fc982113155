import { definePreset } from '@tactful/engine'

/**
 * What runs with no config file: every themed rule that is quiet on good
 * replies. A rule stays out when its docs say it is too noisy by default.
 */
export const recommended = definePreset({
  id: 'recommended',
  description: 'The rules of every themed preset that are precise enough to be on by default',
  rules: {
    'no-blame-language': 'warning',
    'require-greeting': 'warning',
  },
})
