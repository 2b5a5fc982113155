import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { RuleCases } from './cases.js'

/** Reads a `cases.yaml`, failing with the file name when its shape is wrong. */
export function loadCases(path: string): RuleCases {
  const data = parse(readFileSync(path, 'utf8')) as Partial<RuleCases> | null
  if (!data || !Array.isArray(data.valid) || !Array.isArray(data.invalid)) {
    throw new Error(`${path}: needs "valid" and "invalid" lists`)
  }
  data.invalid.forEach((c, i) => {
    if (typeof c?.text !== 'string' || !Array.isArray(c.errors) || c.errors.length === 0) {
      throw new Error(`${path}: invalid[${i}] needs text and at least one error`)
    }
  })
  return data as RuleCases
}
