import { relative } from 'node:path'
import { UserError } from '../errors/user-error.js'
import type { CliIo } from '../io.js'
import { libraryRulesFor } from '../library-rules.js'
import type { ParsedFlags } from '../options.js'
import { runExamples } from '../run-examples.js'

function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return `"${line.length > 70 ? `${line.slice(0, 67)}…` : line}"`
}

/** `tactful test-rules`: every phrase-library rule against its own examples; 1 when one fails, 2 when a library is broken. */
export async function testRulesCommand(flags: ParsedFlags, io: CliIo): Promise<0 | 1> {
  const { loaded, entries } = await libraryRulesFor(flags, io)
  if (entries.length === 0) {
    const where = loaded.filePath ? relative(io.cwd, loaded.filePath) : 'no config file found'
    throw new UserError(`test-rules: no phrase-library rules to test (${where}); list your library files under phraseLibraries in the config`)
  }
  const lines: string[] = []
  let examples = 0
  let failing = 0
  let untested = 0
  for (const { rule, file, line } of entries) {
    const outcomes = runExamples(rule)
    const bad = outcomes.filter((o) => !o.ok)
    examples += outcomes.length
    failing += bad.length
    const where = `${relative(io.cwd, file)}:${line}`
    if (outcomes.length === 0) {
      untested++
      lines.push(`- ${rule.meta.id}  no examples  (${where})`)
      continue
    }
    lines.push(`${bad.length === 0 ? '✓' : '✗'} ${rule.meta.id}  ${outcomes.length - bad.length}/${outcomes.length} examples  (${where})`)
    for (const o of bad) {
      lines.push(o.expect === 'pass' ? `    should pass, but was reported (${o.found.join('; ')}): ${quote(o.text)}` : `    should fail, but nothing was reported: ${quote(o.text)}`)
    }
  }
  const summary = `${entries.length} rules, ${examples} examples, ${failing} failing${untested > 0 ? `, ${untested} rules without examples` : ''}`
  io.stdout.write(`${lines.join('\n')}\n\n${summary}\n`)
  return failing > 0 ? 1 : 0
}
