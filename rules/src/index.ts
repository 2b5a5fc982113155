export { rules, type RuleId } from './generated/registry.js'
export { regions } from './generated/regions.js'
