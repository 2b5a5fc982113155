import { join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { ConfigProvider } from './configs.js'
import { lintFile } from './lint-file.js'
import type { LintCliOptions } from './lint-options.js'
import { serializeError, type WorkerReply, type WorkerTask } from './worker-protocol.js'

/** A lint worker: receives file paths and the CLI options, compiles its own linters, returns plain results. */
const { options } = workerData as { options: LintCliOptions }
const configs = new ConfigProvider(options)

// Load and compile while the main thread hands out the first batches. With one config for every file
// (--config, --no-config) that is the whole linter; else at least the rules. Failures surface with the first task.
const warm = options.noConfig || options.configPath ? configs.forFile(join(options.cwd, 'file')) : import('./compiled-linters.js')
warm.catch(() => {})

parentPort!.on('message', async (task: WorkerTask) => {
  let reply: WorkerReply
  try {
    const results = []
    for (const file of task.files) results.push(await lintFile(file, await configs.forFile(file), options))
    reply = { id: task.id, results }
  } catch (error) {
    reply = { id: task.id, error: serializeError(error) }
  }
  parentPort!.postMessage(reply)
})
