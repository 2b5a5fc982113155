import { mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'

/**
 * `mkdir -p`, one level at a time. Node's `mkdir(path, { recursive: true })` loops forever when a
 * parent exists but refuses new entries with ENOENT (anything under /proc): a CI job would hang
 * on a mistyped `--output-file` instead of failing with a message.
 */
export async function makeDirectory(path: string): Promise<void> {
  const missing: string[] = []
  let current = resolve(path)
  for (;;) {
    try {
      await mkdir(current)
      break
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST') break
      const parent = dirname(current)
      if (code !== 'ENOENT' || parent === current) throw error
      missing.push(current)
      current = parent
    }
  }
  // Deepest last; a second ENOENT here is the refusing parent, and it surfaces as an error.
  for (const directory of missing.reverse()) {
    try {
      await mkdir(directory)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}
