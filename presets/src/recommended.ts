import { definePreset } from '@tactful/engine'
import { recommendedCultural } from './cultural.js'
import { recommendedLegal } from './legal.js'
import { recommendedPoliteness } from './politeness.js'
import { recommendedVagueness } from './vagueness.js'

/**
 * What runs with no config file: every themed rule that is quiet on good
 * replies. Each theme keeps its own hand-kept list beside its preset.
 */
export const recommended = definePreset({
  id: 'recommended',
  description: 'The rules of every themed preset that are precise enough to be on by default',
  rules: { ...recommendedPoliteness, ...recommendedVagueness, ...recommendedCultural, ...recommendedLegal },
})
