// The parse-only baseline: read every file under the given paths and parse it with
// retext-english, nothing else. What a linter built on nlcst cannot go below.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { unified } from 'unified'
import retextEnglish from 'retext-english'

const processor = unified().use(retextEnglish).freeze()

function* files(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* files(join(path, name))
  } else yield path
}

let count = 0
let words = 0
for (const arg of process.argv.slice(2)) {
  for (const file of files(arg)) {
    const tree = processor.parse(readFileSync(file, 'utf8'))
    words += tree.children.length
    count++
  }
}
process.stdout.write(`${count} files parsed (${words} paragraphs)\n`)
