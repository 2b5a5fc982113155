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

/**
 * Lints files in batches on the main thread and `lanes - 1` worker threads,
 * which pull batches as they finish (so the main thread starts at once while
 * workers load). Results come back in input order, as in a sequential run.
 */
export async function lintInLanes(
  files: readonly string[],
  options: LintCliOptions,
  lanes: number,
  script: URL,
  lintLocally: (file: string) => Promise<FileResult>,
  onFile: () => void,
): Promise<FileResult[]> {
  const batch = Math.max(5, Math.min(50, Math.ceil(files.length / (lanes * 8))))
  const tasks: WorkerTask[] = []
  for (let i = 0; i < files.length; i += batch) tasks.push({ id: tasks.length, files: files.slice(i, i + batch) })
  const results: FileResult[][] = new Array(tasks.length)
  let next = 0
  const workers = Array.from({ length: Math.min(lanes - 1, tasks.length - 1) }, () => new Worker(script, { workerData: { options } }))
  const remote = workers.map(
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
