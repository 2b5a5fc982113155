// The parse-only baseline: read every file under the given paths and parse it with
// retext-english, nothing else. What a linter built on nlcst cannot go below.
import { readFileSync } from 'node:fs'
import { filesUnder } from './files-under.mjs'
import { unified } from 'unified'
import retextEnglish from 'retext-english'

const processor = unified().use(retextEnglish).freeze()

let count = 0
let words = 0
for (const arg of process.argv.slice(2)) {
  for (const file of filesUnder(arg)) {
    const tree = processor.parse(readFileSync(file, 'utf8'))
    words += tree.children.length
    count++
  }
}
process.stdout.write(`${count} files parsed (${words} paragraphs)\n`)
