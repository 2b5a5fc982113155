import type { LintTiming } from '../types/message.js'

/** An empty timing record, filled in as one file is linted. */
export function emptyTiming(): LintTiming {
  return { total: 0, extract: 0, parse: 0, phrases: 0, rules: {} }
}

/** Runs `run`, adding its wall time to `timing.rules[ruleId]`. */
export function timeRule<T>(timing: LintTiming, ruleId: string, run: () => T): T {
  const start = performance.now()
  try {
    return run()
  } finally {
    timing.rules[ruleId] = (timing.rules[ruleId] ?? 0) + performance.now() - start
  }
}

/** The parse trees as they are pulled: each tree's parse time goes to `timing.parse`. */
export function* timedTrees<T>(trees: Iterator<T>, timing: LintTiming): Generator<T> {
  for (;;) {
    const start = performance.now()
    const next = trees.next()
    timing.parse += performance.now() - start
    if (next.done) return
    yield next.value
  }
}
