// pnpm bench:profile [target] — runs the built CLI under `node --cpu-prof` and prints where
// the time goes (self time per function, and per package), to profile before guessing.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { spawnSync } from 'node:child_process'
import { writeBenchCorpus } from './generate-corpus.js'
import { buildCli } from './build-cli.js'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}
interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

const REPO = fileURLToPath(new URL('../..', import.meta.url))

/** Self time in ms per key, summed over every profile file (the main thread and each worker write one). */
export function selfTimes(profiles: CpuProfile[], keyOf: (frame: ProfileNode['callFrame']) => string): Map<string, number> {
  const totals = new Map<string, number>()
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    profile.samples.forEach((id, i) => {
      const node = byId.get(id)
      if (!node) return
      const key = keyOf(node.callFrame)
      totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
    })
  }
  return totals
}

function packageOf(url: string): string {
  if (!url) return '(native/idle)'
  const path = url.replace(/^file:\/\//, '')
  const nm = path.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/')
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!
  }
  if (path.startsWith('node:')) return 'node internals'
  return relative(REPO, path).split('/').slice(0, 2).join('/')
}

function top(map: Map<string, number>, n: number, total: number): string {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`).join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildCli(REPO)
  writeBenchCorpus(join(REPO, 'bench-corpus'))
  const target = process.argv[2] ?? 'bench-corpus/files-1000'
  const dir = mkdtempSync(join(tmpdir(), 'tactful-prof-'))
  const started = performance.now()
  const run = spawnSync('node', ['--cpu-prof', `--cpu-prof-dir=${dir}`, 'packages/cli/bin/tactful.js', 'lint', target, '--format', 'json', '--no-config', '--concurrency', 'off'], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 30 })
  const wall = performance.now() - started
  if (run.status !== 0 && run.status !== 1) {
    process.stderr.write(`tactful exited ${run.status}: ${run.stderr}\n`)
    process.exit(2)
  }
  const profiles = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile)
  rmSync(dir, { recursive: true, force: true })
  const byFunction = selfTimes(profiles, (f) => `${f.functionName || '(anonymous)'} ${f.url ? `${relative(REPO, f.url.replace(/^file:\/\//, ''))}:${f.lineNumber + 1}` : ''}`)
  const total = [...byFunction.values()].reduce((a, b) => a + b, 0)
  process.stdout.write(`tactful lint ${target} --concurrency off: ${(wall / 1000).toFixed(2)} s wall, ${total.toFixed(0)} ms sampled\n\n`)
  process.stdout.write(`by package:\n${top(selfTimes(profiles, (f) => packageOf(f.url)), 15, total)}\n\n`)
  process.stdout.write(`by function (self time):\n${top(byFunction, 30, total)}\n`)
}
