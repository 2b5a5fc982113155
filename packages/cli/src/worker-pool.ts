import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { FileResult } from '@tactful/formatters'
import type { LintCliOptions } from './lint-options.js'
import { deserializeError, type WorkerReply, type WorkerTask } from './worker-protocol.js'

/** The built worker script; from TypeScript sources (tests) the built copy in dist is used when present. */
export function workerScript(): URL | undefined {
  const here = import.meta.url
  const url = here.endsWith('.ts') ? new URL('../dist/worker.js', here) : new URL('./worker.js', here)
  return existsSync(fileURLToPath(url)) ? url : undefined
}

/** Files per batch: small enough that lanes finish together, large enough that messages stay few. */
function batchSize(fileCount: number, lanes: number): number {
  return Math.max(5, Math.min(50, Math.ceil(fileCount / (lanes * 8))))
}

/**
 * Starts the worker threads for `lanes` lanes over `fileCount` files (none
 * when there are too few batches to share). Started before the main thread
 * compiles its own linter, so their start-up overlaps it.
 */
export function startWorkers(fileCount: number, lanes: number, options: LintCliOptions, script: URL): Worker[] {
  const tasks = Math.ceil(fileCount / batchSize(fileCount, lanes))
  return Array.from({ length: Math.max(0, Math.min(lanes - 1, tasks - 1)) }, () => new Worker(script, { workerData: { options } }))
}

/**
 * Lints files in batches on the main thread and the `workers`, which pull
 * batches as they finish (so the main thread starts at once while workers
 * load). Results come back in input order, as in a sequential run. The
 * workers are terminated at the end.
 */
export async function lintInLanes(
  files: readonly string[],
  workers: readonly Worker[],
  lintLocally: (file: string) => Promise<FileResult>,
  onFile: () => void,
): Promise<FileResult[]> {
  const batch = batchSize(files.length, workers.length + 1)
  const tasks: WorkerTask[] = []
  for (let i = 0; i < files.length; i += batch) tasks.push({ id: tasks.length, files: files.slice(i, i + batch) })
  const results: FileResult[][] = new Array(tasks.length)
  let next = 0
  const remote = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        let inFlight = 0
        const send = () => {
          const task = tasks[next++]
          if (task) {
            worker.postMessage(task)
            inFlight++
          } else if (inFlight === 0) resolve()
        }
        worker.on('message', (reply: WorkerReply) => {
          if ('error' in reply) return reject(deserializeError(reply.error))
          inFlight--
          results[reply.id] = reply.results
          for (let i = 0; i < reply.results.length; i++) onFile()
          send()
        })
        worker.on('error', reject)
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`a lint worker stopped with exit code ${code}`))
        })
        // Two batches in flight: the main thread hears a reply only between its own batches,
        // so a worker with one batch would idle until then.
        send()
        send()
      }),
  )
  const local = (async () => {
    for (let task = tasks[next++]; task; task = tasks[next++]) {
      const out: FileResult[] = []
      for (const file of task.files) {
        out.push(await lintLocally(file))
        onFile()
      }
      results[task.id] = out
      // Let worker replies in, so idle workers get their next batch.
      await new Promise((resolve) => setImmediate(resolve))
    }
  })()
  try {
    await Promise.all([local, ...remote])
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results.flat()
}
