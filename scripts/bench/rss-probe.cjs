// Preloaded into every benchmarked process (NODE_OPTIONS=--require): on exit, appends the
// process's peak resident set size (KB) and user and system CPU time (µs) to $TACTFUL_BENCH_RSS_FILE.
// CommonJS on purpose: an --import'ed probe starts the ES module loader first, ~30 ms of
// Node's own start that would be counted against every tool.
const { appendFileSync } = require('node:fs')

const out = process.env.TACTFUL_BENCH_RSS_FILE
if (out) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    appendFileSync(out, `${usage.maxRSS} ${usage.userCPUTime} ${usage.systemCPUTime}\n`)
  })
}
