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
 * worker threads. 1 means the main thread alone. `auto` uses every core for
 * large runs, unless other work already keeps them busy: a worker that finds
 * no idle core only adds its start-up to the run.
 */
export function laneCount(concurrency: Concurrency, fileCount: number, machine: Machine = thisMachine()): number {
  if (concurrency === 'off' || fileCount < 2) return 1
  if (concurrency === 'auto') return fileCount > WORKER_THRESHOLD && machine.load < machine.cores ? Math.max(1, machine.cores) : 1
  return Math.max(1, Math.min(concurrency, fileCount))
}
