import { availableParallelism, loadavg } from 'node:os'
import type { Concurrency } from './lint-options.js'

/**
 * Below this many files a worker costs more than it saves. Each one loads
 * the engine and the rules, compiles its own linter and runs cold code: on
 * the benchmark machine it adds about 1.6 s of CPU to a run, against about
 * 2 ms a file, so a second lane pays only once the main thread alone would
 * need longer than that (about 800 files), and then by half the difference.
 */
export const WORKER_THRESHOLD = 800

/**
 * Where only two cores are free, V8's garbage-collector and compiler threads
 * already keep part of the second busy, so a second lane pays only on large
 * runs: on the benchmark machine (2 cores) --concurrency 2 against off measured
 * 0.82x on 1,000 files, 1.05x on 4,000 and 1.17x on 10,000.
 */
export const TWO_CORE_THRESHOLD = 4000

export interface Machine {
  cores: number
  /** One-minute load average (0 where the platform has none). */
  load: number
}

function thisMachine(): Machine {
  return { cores: availableParallelism(), load: loadavg()[0] ?? 0 }
}

/**
 * How many lanes lint a run of `fileCount` files: the main thread plus
 * worker threads. 1 means the main thread alone. `auto` counts the cores
 * the load average leaves free; from three, it leaves one of them to V8's
 * own threads and lints on the rest; with two, it takes both only for a
 * large run.
 */
export function laneCount(concurrency: Concurrency, fileCount: number, machine: Machine = thisMachine()): number {
  if (concurrency === 'off' || fileCount < 2) return 1
  if (concurrency === 'auto') {
    const free = machine.cores - Math.floor(machine.load)
    if (free >= 3 && fileCount > WORKER_THRESHOLD) return free - 1
    if (free === 2 && fileCount > TWO_CORE_THRESHOLD) return 2
    return 1
  }
  return Math.max(1, Math.min(concurrency, fileCount))
}
