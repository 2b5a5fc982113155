// Preloaded into every benchmarked process (NODE_OPTIONS=--import): on exit, appends the
// process's peak resident set size in kilobytes to $TACTFUL_BENCH_RSS_FILE.
import { appendFileSync } from 'node:fs'

const out = process.env.TACTFUL_BENCH_RSS_FILE
if (out) process.on('exit', () => appendFileSync(out, `${process.resourceUsage().maxRSS}\n`))
