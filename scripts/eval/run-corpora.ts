// pnpm eval:corpora [--corpora ../shared/corpora] [--only id,id] [--write]
// Measures tactful's recommended rules on public corpora and (with --write) records the results in docs/quality.md.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { CorpusLinter } from './corpus-linter.js'
import type { CorpusMeasure, CorpusReport } from './corpora/corpus.js'
import { stanfordPoliteness } from './corpora/stanford-politeness.js'
import { conllWikiWeasel } from './corpora/conll2010-wikiweasel.js'
import { claudetteUnfairTos } from './corpora/claudette-unfair-tos.js'
import { twcsCustomerSupport } from './corpora/twcs-customer-support.js'
import { bitextCustomerSupport } from './corpora/bitext-customer-support.js'
import { davidsonHateOffensive } from './corpora/davidson-hate-offensive.js'
import { retextEqualityLexicon } from './corpora/retext-equality-lexicon.js'
import { writeSection } from './doc-section.js'
import { provenance } from './provenance.js'
import { QUALITY_HEADER, QUALITY_PAGE } from './quality-page.js'

const MEASURES: CorpusMeasure[] = [stanfordPoliteness, conllWikiWeasel, claudetteUnfairTos, twcsCustomerSupport, bitextCustomerSupport, davidsonHateOffensive, retextEqualityLexicon]
const REPO = fileURLToPath(new URL('../..', import.meta.url))
const USAGE = `usage: pnpm eval:corpora [--corpora DIR] [--only ${MEASURES.map((m) => m.id).join(',')}] [--write]`

async function main(): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        corpora: { type: 'string', default: '../shared/corpora' },
        only: { type: 'string' },
        write: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }))
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`)
    return 2
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const root = resolve(REPO, values.corpora!)
  if (!existsSync(root)) {
    process.stderr.write(`corpora folder not found: ${root}\n`)
    return 2
  }
  const only = values.only?.split(',').map((s) => s.trim())
  const unknown = only?.filter((id) => !MEASURES.some((m) => m.id === id)) ?? []
  if (unknown.length > 0) {
    process.stderr.write(`unknown corpus: ${unknown.join(', ')}\n${USAGE}\n`)
    return 2
  }
  const linter = new CorpusLinter()
  const log = (line: string): void => void process.stderr.write(`${line}\n`)
  log(`rules: ${linter.ruleIds.length} wording rules of recommended (${linter.ruleIds.join(', ')})`)
  const reports: CorpusReport[] = []
  const skipped: string[] = []
  for (const measure of MEASURES) {
    if (only && !only.includes(measure.id)) continue
    const dir = join(root, measure.id)
    const missing = measure.files.filter((f) => !existsSync(join(dir, f)))
    if (missing.length > 0) {
      log(`skipped ${measure.id}: missing ${missing.map((f) => join(dir, f)).join(', ')}`)
      skipped.push(measure.id)
      continue
    }
    const started = performance.now()
    const report = measure.measure(dir, { root, linter, log })
    log(`${measure.id}: ${report.headline} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
    reports.push(report)
  }
  const command = `pnpm eval:corpora${values.corpora !== '../shared/corpora' ? ` --corpora ${values.corpora}` : ''}${values.only ? ` --only ${values.only}` : ''} --write`
  const body = [
    '## Public corpora',
    '',
    provenance(command),
    '',
    `Linted in-process with one \`createLinter({})\` (the \`recommended\` preset), channel \`chat\` unless stated, region unknown unless stated. Rows are sentences or snippets, not whole messages, so the structure rules (\`require-*\`) are left out. Wording rules measured: ${linter.ruleIds.map((id) => `\`${id}\``).join(', ') || 'none'}.`,
    ...(skipped.length > 0 ? ['', `Skipped (not found): ${skipped.join(', ')}.`] : []),
    ...reports.flatMap((r) => ['', `### ${r.title}`, '', ...r.markdown]),
  ].join('\n')
  process.stdout.write(`${body}\n`)
  if (values.write) {
    if (only) {
      process.stderr.write('--write records the full run only; drop --only\n')
      return 2
    }
    writeSection(QUALITY_PAGE, QUALITY_HEADER, 'corpora', body)
    log(`wrote ${QUALITY_PAGE}`)
  }
  return 0
}

process.exitCode = await main()
