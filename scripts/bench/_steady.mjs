import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unified } from 'unified'
import retextEnglish from 'retext-english'
const processor = unified().use(retextEnglish).freeze()
const dir = '/work/main/bench-corpus/files-1000'
const files = readdirSync(dir).sort().map((n) => readFileSync(join(dir, n), 'utf8'))
for (let p = 0; p < 3; p++) for (const t of files) processor.parse(t)
const s = performance.now()
for (let p = 0; p < 10; p++) for (const t of files) processor.parse(t)
console.log('10 passes', (performance.now() - s).toFixed(0))
