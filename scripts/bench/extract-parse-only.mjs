// The floor of a tactful run: read every file, take its prose out with tactful's own adapters
// (Markdown, HTML, templates, plain text) and parse each unit with retext-english as the engine
// does, with no rule, no phrase matcher and no report. Every tactful run does at least this much.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { adapters } from '@tactful/adapters'
import { englishParser, parseUnit } from '@tactful/engine'

function* files(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* files(join(path, name))
  } else yield path
}

/** The adapter whose extension ends the path, longest first, as the engine picks it. */
function adapterFor(path) {
  let best
  for (const adapter of adapters) {
    for (const ext of adapter.extensions) if (path.endsWith(ext) && ext.length > (best?.ext.length ?? -1)) best = { adapter, ext }
  }
  return best?.adapter ?? adapters.find((a) => a.id === 'text')
}

let count = 0
let paragraphs = 0
for (const arg of process.argv.slice(2)) {
  for (const file of files(arg)) {
    const text = readFileSync(file, 'utf8')
    for (const unit of adapterFor(file).extract(text, file).units) {
      if (unit.text.trim() === '') continue
      paragraphs += parseUnit(unit.text, unit.placeholders, englishParser).children.length
    }
    count++
  }
}
process.stdout.write(`${count} files extracted and parsed (${paragraphs} paragraphs)\n`)
