// The floor of a tactful run: read every file, take its prose out with tactful's own adapters
// (Markdown, HTML, templates, plain text) and parse each unit with retext-english as the engine
// does, with no rule, no phrase matcher and no report. Every tactful run does at least this much.
import { readFileSync } from 'node:fs'
import { filesUnder } from './files-under.mjs'
import { adapters } from '@tactful/adapters'
import { createLinter, englishParser, parseUnit } from '@tactful/engine'

// A linter with no rule, only for its choice of adapter by file extension, the same as a lint run's.
const { adapterFor } = createLinter({ extends: [] }, { rules: new Map(), adapters })

let count = 0
let paragraphs = 0
for (const arg of process.argv.slice(2)) {
  for (const file of filesUnder(arg)) {
    const text = readFileSync(file, 'utf8')
    for (const unit of adapterFor(file).extract(text, file).units) {
      if (unit.text.trim() === '') continue
      paragraphs += parseUnit(unit.text, unit.placeholders, englishParser).children.length
    }
    count++
  }
}
process.stdout.write(`${count} files extracted and parsed (${paragraphs} paragraphs)\n`)
