// pnpm bench [--rounds N] [--write]
// Whole-process timings of tactful, alex, write-good and a parse-only baseline on the same
// generated corpus, side by side in one run, reported as ratios (see docs/benchmarks.md).
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem, tmpdir, type as osType, release } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { spawnSync } from 'node:child_process'
import { BENCH_SETS, writeBenchCorpus } from './generate-corpus.js'
import { median, runOnce, type Run } from './measure.js'
import { provenance } from '../eval/provenance.js'
import { playgroundSizeSection } from './playground-size.js'
import { buildCli } from './build-cli.js'

const REPO = fileURLToPath(new URL('../..', import.meta.url))
const CORPUS = join(REPO, 'bench-corpus')
const PAGE = join(REPO, 'docs', 'benchmarks.md')
const TACTFUL = join(REPO, 'packages/cli/bin/tactful.js')
/**
 * tactful with no preset and one cheap rule: its pipeline (read, extract the prose from Markdown and
 * HTML, parse, walk, report) without the rules' work. One rule, not none: with none, nothing is parsed.
 */
const PIPELINE_CONFIG = join(CORPUS, 'pipeline-only.config.json')
const ALEX = join(REPO, 'node_modules/alex/cli.js')
const WRITE_GOOD = join(REPO, 'node_modules/write-good/bin/write-good.js')
const PARSE_ONLY = join(REPO, 'scripts/bench/parse-only.mjs')
/** Read, extract with tactful's adapters and parse with retext-english, nothing else: what every tactful run must do. */
const FLOOR = join(REPO, 'scripts/bench/extract-parse-only.mjs')
const set = (name: keyof typeof BENCH_SETS): string => join('bench-corpus', BENCH_SETS[name])

interface Tool {
  name: string
  args(target: string): string[]
  /** Exit codes that mean "ran fine" (linters exit 1 when they find something). */
  ok: number[]
  /** Set on top of the bench's environment (see benchEnv). */
  env?: NodeJS.ProcessEnv
}

const listFiles = (dir: string): string[] => readdirSync(join(REPO, dir)).sort().map((f) => join(dir, f))

const tools = {
  node: { name: 'node (start only)', args: () => ['-e', ''], ok: [0] },
  // Node's start as this machine's environment makes it, for the record (see benchEnv).
  nodeWithMachineCerts: { name: 'node (start only, with NODE_EXTRA_CA_CERTS)', args: () => ['-e', ''], ok: [0], env: { NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'] } },
  parse: { name: 'retext-english parse only', args: (t: string) => [PARSE_ONLY, t], ok: [0] },
  floor: { name: 'extract and parse only (no rules)', args: (t: string) => [FLOOR, t], ok: [0] },
  tactful: { name: 'tactful', args: (t: string) => [TACTFUL, 'lint', t, '--format', 'json', '--no-config'], ok: [0, 1] },
  pipeline: { name: 'tactful pipeline, one rule', args: (t: string) => [TACTFUL, 'lint', t, '--format', 'json', '--config', PIPELINE_CONFIG], ok: [0, 1] },
  // alex and write-good get the file list: write-good takes no folders, and alex would skip .html/.hbs in one.
  alex: { name: 'alex', args: (t: string) => [ALEX, ...filesOf(t)], ok: [0, 1] },
  writeGood: { name: 'write-good', args: (t: string) => [WRITE_GOOD, '--parse', ...filesOf(t)], ok: [0, 255] },
} satisfies Record<string, Tool>

function filesOf(target: string): string[] {
  return statSync(join(REPO, target)).isDirectory() ? listFiles(target) : [target]
}

interface Measured {
  tool: string
  target: string
  runs: Run[]
  seconds: number
  cpuSeconds: number
  peakMb: number
  error?: string
}

async function measure(tool: Tool, target: string, rounds: number, extra: string[] = []): Promise<Measured> {
  const runs: Run[] = []
  for (let i = 0; i < rounds; i++) {
    const run = await runOnce('node', [...tool.args(target), ...extra], { cwd: REPO, keepStdout: i === 0 && tool === tools.tactful, env: tool.env })
    runs.push(run)
    if (!tool.ok.includes(run.exitCode)) {
      const error = `exit ${run.exitCode}: ${run.stderr.trim().split('\n').slice(-2).join(' ').slice(0, 300)}`
      process.stderr.write(`  ${tool.name} on ${target} failed (${error})\n`)
      return { tool: tool.name, target, runs, seconds: NaN, cpuSeconds: NaN, peakMb: NaN, error }
    }
  }
  const m = { tool: tool.name, target, runs, seconds: median(runs.map((r) => r.seconds)), cpuSeconds: median(runs.map((r) => r.cpuSeconds)), peakMb: Math.max(...runs.map((r) => r.peakMb)) }
  process.stderr.write(`  ${tool.name.padEnd(26)} ${target.padEnd(28)} ${m.seconds.toFixed(3)} s  cpu ${m.cpuSeconds.toFixed(3)} s  ${m.peakMb.toFixed(0)} MB  (${rounds} run${rounds > 1 ? 's' : ''})\n`)
  return m
}

/**
 * Measures several commands round-robin (a, b, c, a, b, c, …) rather than one after
 * another, so a stretch of background load slows every tool of the comparison alike.
 */
async function measureTogether<K extends string>(entries: Record<K, [Tool, string, string[]?]>, rounds: number): Promise<Record<K, Measured>> {
  const keys = Object.keys(entries) as K[]
  const runs = new Map<K, Run[]>(keys.map((k) => [k, []]))
  const failed = new Map<K, string>()
  for (let i = 0; i < rounds; i++) {
    for (const key of keys) {
      if (failed.has(key)) continue
      const [tool, target, extra = []] = entries[key]
      const run = await runOnce('node', [...tool.args(target), ...extra], { cwd: REPO, keepStdout: i === 0 && tool === tools.tactful, env: tool.env })
      runs.get(key)!.push(run)
      if (!tool.ok.includes(run.exitCode)) failed.set(key, `exit ${run.exitCode}: ${run.stderr.trim().split('\n').slice(-2).join(' ').slice(0, 300)}`)
    }
  }
  const result = {} as Record<K, Measured>
  for (const key of keys) {
    const [tool, target] = entries[key]
    const list = runs.get(key)!
    const error = failed.get(key)
    if (error) {
      process.stderr.write(`  ${tool.name} on ${target} failed (${error})\n`)
      result[key] = { tool: tool.name, target, runs: list, seconds: NaN, cpuSeconds: NaN, peakMb: NaN, error }
      continue
    }
    const m = { tool: tool.name, target, runs: list, seconds: median(list.map((r) => r.seconds)), cpuSeconds: median(list.map((r) => r.cpuSeconds)), peakMb: Math.max(...list.map((r) => r.peakMb)) }
    process.stderr.write(`  ${tool.name.padEnd(26)} ${target.padEnd(28)} ${m.seconds.toFixed(3)} s  cpu ${m.cpuSeconds.toFixed(3)} s  ${m.peakMb.toFixed(0)} MB  (${rounds} run${rounds > 1 ? 's' : ''})\n`)
    result[key] = m
  }
  return result
}

/** Which optional flags the built CLI has, read from its help text. */
function cliFlags(): { cache: boolean; concurrency: boolean } {
  const help = spawnSync('node', [TACTFUL, 'lint', '--help'], { cwd: REPO, encoding: 'utf8' })
  const text = `${help.stdout}${help.stderr}`
  return { cache: text.includes('--cache-location'), concurrency: text.includes('--concurrency') }
}

const s = (x: number): string => (Number.isNaN(x) ? 'failed' : `${x.toFixed(3)} s`)
const ratio = (a: number, b: number): string => (Number.isNaN(a) || Number.isNaN(b) ? 'n/a' : `${(a / b).toFixed(2)}x`)

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, write: { type: 'boolean', default: false } } })
  const rounds = Number(values.rounds)
  if (!Number.isInteger(rounds) || rounds < 1) {
    process.stderr.write('--rounds must be a positive integer\n')
    return 2
  }
  buildCli(REPO)
  const loadBefore = loadavg()[0]!
  const { generated } = writeBenchCorpus(CORPUS)
  process.stderr.write(`${generated ? 'generated' : 'reusing'} ${CORPUS}\n`)
  const flags = cliFlags()
  writeFileSync(PIPELINE_CONFIG, `${JSON.stringify({ extends: [], rules: { 'max-sentence-length': 'warning' } }, null, 2)}\n`)

  process.stderr.write('cold start (one short file)\n')
  // A cold start is short and one burst of background load moves it a lot: more rounds, a steadier median.
  const coldRounds = Math.max(15, rounds)
  const { nodeWithMachineCerts, ...cold } = await measureTogether(
    {
      node: [tools.node, set('short')],
      tactful: [tools.tactful, set('short')],
      writeGood: [tools.writeGood, set('short')],
      alex: [tools.alex, set('short')],
      ...(process.env['NODE_EXTRA_CA_CERTS'] ? { nodeWithMachineCerts: [tools.nodeWithMachineCerts, set('short')] as [Tool, string] } : {}),
    },
    coldRounds,
  ) as Record<'node' | 'tactful' | 'writeGood' | 'alex', Measured> & { nodeWithMachineCerts?: Measured }
  process.stderr.write('1,000 files of about 1 KB\n')
  const many = await measureTogether(
    {
      tactful: [tools.tactful, set('files1000')],
      pipeline: [tools.pipeline, set('files1000')],
      floor: [tools.floor, set('files1000')],
      parse: [tools.parse, set('files1000')],
      writeGood: [tools.writeGood, set('files1000')],
      alex: [tools.alex, set('files1000')],
    },
    rounds,
  ) as Record<'tactful' | 'pipeline' | 'floor' | 'parse' | 'writeGood' | 'alex', Measured>
  // Worker threads are for large runs, where they pay for their start-up: one lane against two on 10,000 files.
  // At most three rounds: each run takes seconds. (The default, `auto`, reads the load average, which the
  // bench's own runs raise, so it is not measured here.)
  let lanes: { serial: Measured; twoLanes: Measured } | undefined
  if (flags.concurrency) {
    process.stderr.write('10,000 files: --concurrency off and 2\n')
    lanes = await measureTogether(
      {
        serial: [tools.tactful, set('files10000'), ['--concurrency', 'off']],
        twoLanes: [tools.tactful, set('files10000'), ['--concurrency', '2']],
      },
      Math.min(rounds, 3),
    ) as { serial: Measured; twoLanes: Measured }
  }
  process.stderr.write('growth\n')
  const growth = {
    tactful100: await measure(tools.tactful, set('files100'), rounds),
    parse100: await measure(tools.parse, set('files100'), rounds),
    tactfulHalf: await measure(tools.tactful, set('half'), rounds),
    tactfulFive: await measure(tools.tactful, set('five'), rounds),
    // One round: retext-english alone is slow on one huge file, and these are context, not targets.
    parseHalf: await measure(tools.parse, set('half'), 1),
    parseFive: await measure(tools.parse, set('five'), 1),
  }
  let cache: { first: number; second: number } | undefined
  if (flags.cache) {
    process.stderr.write('--cache\n')
    const firsts: number[] = []
    const seconds: number[] = []
    for (let i = 0; i < rounds; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'tactful-cache-'))
      const extra = ['--cache', '--cache-location', join(dir, 'cache')]
      firsts.push((await measure(tools.tactful, set('files1000'), 1, extra)).seconds)
      seconds.push((await measure(tools.tactful, set('files1000'), 1, extra)).seconds)
      rmSync(dir, { recursive: true, force: true })
    }
    cache = { first: median(firsts), second: median(seconds) }
  }

  // What the 1,000-file run found, so a fast run that linted nothing cannot pass for a fast linter.
  let checked = 'not checked (tactful failed)'
  if (!many.tactful.error) {
    try {
      const results = JSON.parse(many.tactful.runs[0]!.stdout) as { messages: unknown[] }[]
      checked = `${results.length} files linted, ${results.reduce((n, r) => n + r.messages.length, 0)} findings`
    } catch {
      checked = 'tactful printed no JSON'
    }
  }

  const bytes1000 = listFiles(set('files1000')).reduce((n, f) => n + statSync(join(REPO, f)).size, 0)
  const tactful1000 = many.tactful.seconds
  // Whole-process ratios hide non-linear cost behind a fixed start-up; growth is judged on the time beyond the cold start.
  const net = (seconds: number): number => (seconds - cold.tactful.seconds > 0 ? seconds - cold.tactful.seconds : NaN)
  const targets: [string, string, boolean | undefined][] = [
    ['≥ 20x faster than alex (1,000 files)', `${ratio(many.alex.seconds, tactful1000)} (CPU ${ratio(many.alex.cpuSeconds, many.tactful.cpuSeconds)})`, many.alex.seconds / tactful1000 >= 20],
    ['≥ 4x faster than write-good (1,000 files)', `${ratio(many.writeGood.seconds, tactful1000)} (CPU ${ratio(many.writeGood.cpuSeconds, many.tactful.cpuSeconds)})`, many.writeGood.seconds / tactful1000 >= 4],
    ['≤ 2x the time of parsing with retext-english alone', `${ratio(tactful1000, many.parse.seconds)} (CPU ${ratio(many.tactful.cpuSeconds, many.parse.cpuSeconds)})`, tactful1000 / many.parse.seconds <= 2],
    ['CLI cold start on one short file ≤ 0.3 s', `${s(cold.tactful.seconds)} (CPU ${s(cold.tactful.cpuSeconds)}; Node alone ${s(cold.node.seconds)})`, cold.tactful.seconds <= 0.3],
    ['10x the files takes ≤ 11x the time (100 → 1,000), start-up subtracted', ratio(net(tactful1000), net(growth.tactful100.seconds)), net(tactful1000) / net(growth.tactful100.seconds) <= 11],
    ['10x one file takes ≤ 11x the time (0.5 → 5 MB), start-up subtracted', ratio(net(growth.tactfulFive.seconds), net(growth.tactfulHalf.seconds)), net(growth.tactfulFive.seconds) / net(growth.tactfulHalf.seconds) <= 11],
    ['peak memory on the 5 MB file < 400 MB', Number.isNaN(growth.tactfulFive.peakMb) ? 'n/a' : `${growth.tactfulFive.peakMb.toFixed(0)} MB`, growth.tactfulFive.peakMb < 400],
    ['--cache: second run ≥ 10x faster', cache ? ratio(cache.first, cache.second) : 'no --cache yet', cache ? cache.first / cache.second >= 10 : undefined],
    ['many files use both cores (10,000 files: --concurrency off vs 2)', lanes ? `${ratio(lanes.serial.seconds, lanes.twoLanes.seconds)} (off ${s(lanes.serial.seconds)}, 2 ${s(lanes.twoLanes.seconds)})` : 'no --concurrency yet', lanes ? lanes.serial.seconds / lanes.twoLanes.seconds > 1.2 : undefined],
  ]
  const verdict = (ok: boolean | undefined, value: string): string => (value.startsWith('n/a') || value.startsWith('failed') || ok === undefined ? '–' : ok ? 'met' : '**not met**')
  const row = (m: Measured, bytes?: number, files?: number): string =>
    m.error
      ? `| ${m.tool} | failed | | | | |`
      : `| ${m.tool} | ${s(m.seconds)} | ${s(m.cpuSeconds)} | ${bytes ? `${(bytes / 1e6 / m.seconds).toFixed(2)} MB/s` : ''} | ${files ? `${(files / m.seconds).toFixed(0)} files/s` : ''} | ${m.peakMb.toFixed(0)} MB |`
  const mb = (x: number): string => (Number.isNaN(x) ? '' : `${x.toFixed(0)} MB`)
  const cpu = cpus()
  const lines = [
    '# Benchmarks',
    '',
    'Generated by `pnpm bench --write` (never edited by hand), which runs `pnpm build` first so the bundle measured is the commit named below. Whole-process wall time (start to exit) and CPU time (user + system, all threads) of each command, median of the rounds, all tools on the same generated corpus in the same run, their rounds taken in turn (tactful, parse, write-good, alex, tactful, …) so background load falls on all of them alike. It is not part of the tests.',
    '',
    provenance(`pnpm bench --rounds ${rounds} --write`),
    '',
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${osType()} ${release()}, Node ${process.version}. Load average (1 min) ${loadBefore.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end (the benchmarked runs themselves keep about 1.5 cores busy; ${loadBefore >= 1 ? 'a start at 1 or more means other work was running, which slows every tool alike but adds noise' : 'the machine was otherwise idle at the start'}).`,
    '',
    `Corpus: \`scripts/bench/generate-corpus.ts\` (seeded PRNG, project-written template sentences) writes \`bench-corpus/\`: 10,000 support e-mails and templates of about 1 KB in .txt/.md/.html/.hbs, their first 1,000 (${(bytes1000 / 1e6).toFixed(2)} MB) and their first 100, one 5 MB plain-text macro export and its first 0.5 MB, and one short reply. tactful ran with the \`recommended\` preset: ${checked}.`,
    '',
    'Commands (from the repository root; every process gets `NODE_OPTIONS=--require=scripts/bench/rss-probe.cjs`, which records its peak RSS and CPU time, runs without `NODE_EXTRA_CA_CERTS` (see Cold start), and writes its stdout to a file, as `> report.json` in CI would, so the time does not depend on how fast the bench reads a pipe):',
    '',
    '```sh',
    `node packages/cli/bin/tactful.js lint bench-corpus/files-1000 --format json --no-config`,
    `node packages/cli/bin/tactful.js lint bench-corpus/files-1000 --format json --config bench-corpus/pipeline-only.config.json   # no preset, one rule`,
    `node packages/cli/bin/tactful.js lint bench-corpus/files-10000 --format json --no-config --concurrency off   # and --concurrency 2`,
    `node node_modules/alex/cli.js bench-corpus/files-1000/*       # alex 11, Markdown processing (its default)`,
    `node node_modules/write-good/bin/write-good.js --parse bench-corpus/files-1000/*`,
    `node scripts/bench/parse-only.mjs bench-corpus/files-1000    # unified + retext-english parse, nothing else`,
    `node scripts/bench/extract-parse-only.mjs bench-corpus/files-1000   # tactful's adapters extract the prose, retext-english parses it, no rules`,
    `node -e ''                                                   # Node's own start`,
    '```',
    '',
    '## Targets (issue 9)',
    '',
    'Verdicts use wall time, as the issue states the targets; CPU time (user + system, all threads) is beside it because it moves less when other work shares the machine.',
    '',
    '| target | measured | |',
    '| --- | --- | --- |',
    ...targets.map(([name, value, ok]) => `| ${name} | ${value} | ${verdict(ok, value)} |`),
    '',
    '## 1,000 files of about 1 KB',
    '',
    '| command | wall time | CPU time | throughput | files | peak memory |',
    '| --- | --- | --- | --- | --- | --- |',
    ...[many.tactful, many.pipeline, many.floor, many.parse, many.writeGood, many.alex].map((m) => row(m, bytes1000, 1000)),
    '',
    `Wall-time ratios: alex / tactful ${ratio(many.alex.seconds, tactful1000)}, write-good / tactful ${ratio(many.writeGood.seconds, tactful1000)}, tactful / parse-only ${ratio(tactful1000, many.parse.seconds)}. CPU-time ratios (all threads; tactful may use two): ${ratio(many.alex.cpuSeconds, many.tactful.cpuSeconds)}, ${ratio(many.writeGood.cpuSeconds, many.tactful.cpuSeconds)}, ${ratio(many.tactful.cpuSeconds, many.parse.cpuSeconds)}.`,
    '',
    `The pipeline row is tactful with no preset and one cheap rule (\`max-sentence-length\`): it reads the files, takes the prose out of the Markdown, HTML and templates (three in four of these files), parses it with retext-english, walks it and writes the report. It takes ${ratio(many.pipeline.seconds, many.parse.seconds)} the parse-only time, which parses each file as it is, markup and all; the \`recommended\` preset's rules add ${s(tactful1000 - many.pipeline.seconds)}, ${((1 - many.pipeline.seconds / tactful1000) * 100).toFixed(0)}% of the run. \`TIMING=all node packages/cli/bin/tactful.js lint bench-corpus/files-1000 --no-config --format json > /dev/null\` shows the same split per part and per code rule, summed over the files; \`pnpm bench:profile\` profiles the run function by function.`,
    '',
    ...floorSection(many, tactful1000),
    '## Cold start (one short file)',
    '',
    '| command | wall time | CPU time | | | peak memory |',
    '| --- | --- | --- | --- | --- | --- |',
    ...[cold.node, cold.tactful, cold.writeGood, cold.alex].map((m) => row(m)),
    '',
    ...(nodeWithMachineCerts
      ? [`This machine sets \`NODE_EXTRA_CA_CERTS\` (for a proxy), which makes every Node process parse a certificate bundle at start: \`node -e ''\` takes ${s(nodeWithMachineCerts.seconds)} with it, ${s(cold.node.seconds)} without. The bench removes it from every command's environment (scripts/bench/measure.ts), as the issue's reference figures (Node alone 0.08 s) do not include it; with it, every whole-process time above would be that much longer.`, '']
      : []),
    '## Growth from 1x to 10x input',
    '',
    '| input | tactful | parse only | tactful peak memory |',
    '| --- | --- | --- | --- |',
    `| 100 files | ${s(growth.tactful100.seconds)} | ${s(growth.parse100.seconds)} | ${mb(growth.tactful100.peakMb)} |`,
    `| 1,000 files | ${s(tactful1000)} | ${s(many.parse.seconds)} | ${mb(many.tactful.peakMb)} |`,
    `| one 0.5 MB file | ${s(growth.tactfulHalf.seconds)} | ${s(growth.parseHalf.seconds)} | ${mb(growth.tactfulHalf.peakMb)} |`,
    `| one 5 MB file | ${s(growth.tactfulFive.seconds)} | ${s(growth.parseFive.seconds)} | ${mb(growth.tactfulFive.peakMb)} |`,
    '',
    `Whole-process times include Node's start (${s(cold.node.seconds)}) and tactful's cold start (${s(cold.tactful.seconds)}), which do not grow with the input. Whole-process ratios: 100 → 1,000 files ${ratio(tactful1000, growth.tactful100.seconds)}, 0.5 → 5 MB ${ratio(growth.tactfulFive.seconds, growth.tactfulHalf.seconds)}; with the cold start subtracted (the targets above): ${ratio(net(tactful1000), net(growth.tactful100.seconds))} and ${ratio(net(growth.tactfulFive.seconds), net(growth.tactfulHalf.seconds))}.`,
    ...(cache ? ['', '## Cache', '', `\`--cache\` on the 1,000 files: first run ${s(cache.first)}, second run over unchanged files ${s(cache.second)} (${ratio(cache.first, cache.second)} faster).`] : []),
    ...(lanes
      ? ['', '## Concurrency', '', `On 10,000 files (10 MB): \`--concurrency off\` ${s(lanes.serial.seconds)} (CPU ${s(lanes.serial.cpuSeconds)}, ${(10_000 / lanes.serial.seconds).toFixed(0)} files/s), \`--concurrency 2\` (main thread and one worker) ${s(lanes.twoLanes.seconds)} (CPU ${s(lanes.twoLanes.cpuSeconds)}, ${(10_000 / lanes.twoLanes.seconds).toFixed(0)} files/s). The default (\`auto\`) counts the cores the one-minute load average leaves free: from three it lints on all but one (V8's garbage-collector and compiler threads keep about a core busy), from 800 files; with two it takes both from 4,000 files (packages/cli/src/lane-count.ts).`]
      : []),
    ...playgroundSizeSection(REPO),
    ...Object.values({ ...cold, ...many, ...growth }).filter((m) => m.error).map((m) => `\nFailed: ${m.tool} on ${m.target}: ${m.error}`),
  ]
  const page = `${lines.join('\n')}\n`
  process.stdout.write(page)
  if (values.write) {
    writeFileSync(PAGE, page)
    process.stderr.write(`wrote ${PAGE}\n`)
  }
  return 0
}

/**
 * The three throughput targets as times tactful would have to reach, beside the floor: reading the files,
 * taking their prose out with tactful's adapters (micromark for Markdown, parse5 for HTML) and parsing it,
 * with no rule at all. A target below the floor cannot be met by any rule set on these parsers.
 */
function floorSection(many: Record<'floor' | 'pipeline' | 'parse' | 'writeGood' | 'alex', Measured>, tactful: number): string[] {
  if (many.floor.error) return []
  // The CLI with one cheap rule does the same work from one bundle, which loads faster than the script's packages: the faster run is the floor.
  const floor = many.pipeline.error ? many.floor.seconds : Math.min(many.floor.seconds, many.pipeline.seconds)
  const needs: [string, number][] = [
    ['≥ 20x faster than alex', many.alex.seconds / 20],
    ['≥ 4x faster than write-good', many.writeGood.seconds / 4],
    ['≤ 2x parse-only', many.parse.seconds * 2],
  ]
  return [
    '## The floor: extraction and parsing alone',
    '',
    `The extract-and-parse row runs no rule: it reads the files, takes the prose out with tactful's own adapters (mdast-util-from-markdown for Markdown, hast-util-from-html for HTML, the template scanner for Handlebars) and parses each unit with retext-english, as the engine does (${s(many.floor.seconds)}). The pipeline row does the same through the bundled CLI, with one cheap rule (${s(many.pipeline.seconds)}). Every tactful run does at least this much, so the faster of the two is the floor: ${s(floor)}, ${ratio(floor, many.parse.seconds)} the parse-only time, which parses the raw files and reads no markup. tactful takes ${ratio(tactful, floor)} the floor.`,
    '',
    '| target | tactful would need | the floor | |',
    '| --- | --- | --- | --- |',
    ...needs.map(([name, limit]) => `| ${name} | ≤ ${s(limit)} | ${s(floor)} | ${floor > limit ? 'below the floor: no rule set can meet it with these parsers' : 'above the floor'} |`),
    '',
  ]
}

process.exitCode = await main()
