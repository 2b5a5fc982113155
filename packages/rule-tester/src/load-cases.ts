import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { RuleCases } from './cases.js'
import { checkCases } from './check-cases.js'

/** Reads a `cases.yaml`, failing with the file name when its shape is wrong. */
export function loadCases(path: string): RuleCases {
  return checkCases(parse(readFileSync(path, 'utf8')), path)
}
