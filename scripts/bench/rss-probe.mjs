// Preloaded into every benchmarked process (NODE_OPTIONS=--import): on exit, appends the
// process's peak resident set size (KB) and user and system CPU time (µs) to $TACTFUL_BENCH_RSS_FILE.
import { appendFileSync } from 'node:fs'

const out = process.env.TACTFUL_BENCH_RSS_FILE
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    appendFileSync(out, `${usage.maxRSS} ${usage.userCPUTime} ${usage.systemCPUTime}\n`)
  })
}
