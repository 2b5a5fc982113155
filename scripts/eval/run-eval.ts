// pnpm eval <file.jsonl> [--misses] [--false-positives] [--category C] [--json] [--engine cli|core] [--write]
// Scores tactful's `recommended` preset against a labelled set (schema: ../shared/eval/README.md).
import { parseArgs } from 'node:util'
import { DatasetError, LABELLED, loadDataset, type Labelled } from './dataset.js'
import { chooseEngine } from './engines.js'
import { score, type EvalScore, type Linted } from './score.js'
import { formatMarkdown, formatReport } from './format-report.js'
import { writeSection } from './doc-section.js'
import { provenance } from './provenance.js'
import { QUALITY_HEADER, QUALITY_PAGE, qualitySection } from './quality-page.js'

const USAGE = 'usage: pnpm eval <file.jsonl> [--misses] [--false-positives] [--category politeness|vagueness|cultural|legal] [--json] [--engine cli|core] [--write]'

function onlyCategory(result: EvalScore, category: Labelled): EvalScore {
  return {
    ...result,
    categories: result.categories.filter((c) => c.category === category),
    rules: result.rules.filter((r) => r.category === category),
    misses: result.misses.filter((m) => m.category === category),
    falsePositives: result.falsePositives.filter((f) => f.category === category),
  }
}

async function main(): Promise<number> {
  let args
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        misses: { type: 'boolean', default: false },
        'false-positives': { type: 'boolean', default: false },
        category: { type: 'string' },
        json: { type: 'boolean', default: false },
        engine: { type: 'string' },
        write: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`)
    return 2
  }
  const { values, positionals } = args
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  const category = values.category as Labelled | undefined
  if (category && !LABELLED.includes(category)) {
    process.stderr.write(`--category must be one of ${LABELLED.join(', ')}\n`)
    return 2
  }
  if (values.engine && values.engine !== 'cli' && values.engine !== 'core') {
    process.stderr.write('--engine must be cli or core\n')
    return 2
  }
  let records
  try {
    records = loadDataset(positionals[0]!)
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error
    process.stderr.write(`${error.message}\n`)
    return 2
  }
  const engine = await chooseEngine(values.engine as 'cli' | 'core' | undefined)
  const started = performance.now()
  const linted: Linted[] = []
  try {
    for (const record of records) linted.push({ record, messages: await engine.lint(record) })
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    return 2
  }
  const seconds = (performance.now() - started) / 1000
  let result = score(linted)
  if (category) result = onlyCategory(result, category)
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ file: positionals[0], engine: engine.name, seconds, ...result }, null, 2)}\n`)
  } else {
    process.stdout.write(`engine: ${engine.name} (${seconds.toFixed(2)} s)\n`)
    process.stdout.write(formatReport(result, { misses: values.misses!, falsePositives: values['false-positives']! }))
  }
  if (values.write) {
    if (category) {
      process.stderr.write('--write records the full run only; drop --category\n')
      return 2
    }
    const command = `pnpm eval ${positionals[0]}${values.engine ? ` --engine ${values.engine}` : ''} --write`
    const section = qualitySection(positionals[0]!)
    const body = [
      `## ${section.title}`,
      '',
      provenance(command),
      '',
      ...(section.note ? [section.note, ''] : []),
      `Engine: ${engine.name === 'cli' ? 'the CLI path (`tactful lint --stdin … --format json --no-config`, one run per message)' : '`@tactful/core` in-process'}.`,
      '',
      ...formatMarkdown(result),
    ]
    writeSection(QUALITY_PAGE, QUALITY_HEADER, section.id, body.join('\n'))
    process.stderr.write(`wrote ${QUALITY_PAGE}\n`)
  }
  return 0
}

process.exitCode = await main()
