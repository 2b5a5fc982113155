import { availableParallelism } from 'node:os'
import type { Concurrency } from './lint-options.js'

/** Below this many files, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 200

/**
 * How many lanes lint a run of `fileCount` files: the main thread plus
 * worker threads. 1 means the main thread alone.
 */
export function laneCount(concurrency: Concurrency, fileCount: number): number {
  if (concurrency === 'off' || fileCount < 2) return 1
  if (concurrency === 'auto') return fileCount > WORKER_THRESHOLD ? Math.max(1, availableParallelism()) : 1
  return Math.max(1, Math.min(concurrency, fileCount))
}
