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
 * worker threads. 1 means the main thread alone. V8's own garbage-collector
 * and compiler threads keep about one core busy beside a linting thread
 * (measured on 2 cores: a second lane made 4,000 files slower, 5.5 s against
 * 5.0 s), so `auto` leaves that core and the load average's share to them and
 * lints in parallel only where at least two cores remain.
 */
export function laneCount(concurrency: Concurrency, fileCount: number, machine: Machine = thisMachine()): number {
  if (concurrency === 'off' || fileCount < 2) return 1
  if (concurrency === 'auto') {
    const free = machine.cores - 1 - Math.floor(machine.load)
    return fileCount > WORKER_THRESHOLD && free >= 2 ? free : 1
  }
  return Math.max(1, Math.min(concurrency, fileCount))
}
