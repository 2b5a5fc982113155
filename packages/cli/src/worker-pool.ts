import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { FileResult } from '@tactful/formatters'
import type { Concurrency, LintCliOptions } from './lint-options.js'
import { deserializeError, type WorkerReply, type WorkerTask } from './worker-protocol.js'

/** Below this many files, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 200

/** How many worker threads a run of `fileCount` files gets; 0 means lint on the main thread. */
export function workerCount(concurrency: Concurrency, fileCount: number): number {
  if (concurrency === 'off' || fileCount < 2) return 0
  if (concurrency === 'auto') {
    const cores = availableParallelism()
    return fileCount > WORKER_THRESHOLD && cores > 1 ? Math.min(cores, Math.ceil(fileCount / 100)) : 0
  }
  return concurrency > 1 ? Math.min(concurrency, fileCount) : 0
}

/** The built worker script; from TypeScript sources (tests) the built copy in dist is used when present. */
export function workerScript(): URL | undefined {
  const here = import.meta.url
  const url = here.endsWith('.ts') ? new URL('../dist/worker.js', here) : new URL('./worker.js', here)
  return existsSync(fileURLToPath(url)) ? url : undefined
}

/**
 * Lints files on worker threads in batches; results come back in input
 * order, so the output is the same as a sequential run.
 */
export async function lintInWorkers(files: readonly string[], options: LintCliOptions, threads: number, script: URL, onFile: () => void): Promise<FileResult[]> {
  const batch = Math.max(5, Math.min(100, Math.ceil(files.length / (threads * 8))))
  const tasks: WorkerTask[] = []
  for (let i = 0; i < files.length; i += batch) tasks.push({ id: tasks.length, files: files.slice(i, i + batch) })
  const results: FileResult[][] = new Array(tasks.length)
  const workers = Array.from({ length: Math.min(threads, tasks.length) }, () => new Worker(script, { workerData: { options } }))
  let next = 0
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const task = tasks[next++]
              if (task) worker.postMessage(task)
              else resolve()
            }
            worker.on('message', (reply: WorkerReply) => {
              if ('error' in reply) return reject(deserializeError(reply.error))
              results[reply.id] = reply.results
              for (let i = 0; i < reply.results.length; i++) onFile()
              send()
            })
            worker.on('error', reject)
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`a lint worker stopped with exit code ${code}`))
            })
            send()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results.flat()
}
