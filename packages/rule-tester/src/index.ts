export { runRuleCases, lintCase, validCaseProblems, type RuleTesterSetup } from './rule-tester.js'
export { loadCases } from './load-cases.js'
export { checkMessageInvariants, checkFixConvergence } from './invariants.js'
export type { RuleCases, CaseSettings, ValidCase, InvalidCase, ExpectedError } from './cases.js'
