// The files under each path given to a baseline script, in sorted order, as the linters read them.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export function* filesUnder(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* filesUnder(join(path, name))
  } else yield path
}
