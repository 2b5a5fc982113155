import { spawn } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const PROBE = fileURLToPath(new URL('./rss-probe.cjs', import.meta.url))

/**
 * The environment every measured process gets: this one, without NODE_EXTRA_CA_CERTS. Some
 * machines set it for a proxy, and then every Node process parses the whole certificate bundle
 * before running a line (~40 ms here, a third of Node's own start); the reference figures
 * (Node alone 0.08 s) have no such cost. `nodeWithMachineCerts` in run-bench.ts still measures it.
 */
export function benchEnv(): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _certificates, ...env } = process.env
  return env
}

export interface Run {
  seconds: number
  /** Peak RSS in MB over the process and any worker it ran (they share the process). */
  peakMb: number
  /** User + system CPU seconds of the whole process (all threads): steadier than wall time on a busy machine. */
  cpuSeconds: number
  exitCode: number
  stdoutBytes: number
  stdout: string
  stderr: string
}

/**
 * Runs one command to completion and times the whole process (start to exit), with stdout
 * written to a file, as `tool > report.json` in CI would and as hyperfine does with
 * `--output`: through a pipe, the time would depend on how fast this script reads it (1.8 MB
 * of JSON took ~80 ms to drain here). `keepStdout` keeps its text for checks.
 */
export function runOnce(command: string, args: string[], options: { cwd: string; keepStdout?: boolean; env?: NodeJS.ProcessEnv }): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-bench-'))
  const rssFile = join(dir, 'rss')
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const stdoutFile = join(dir, 'stdout')
    const stdoutFd = openSync(stdoutFile, 'w')
    const child = spawn(command, args, {
      cwd: options.cwd,
      stdio: ['ignore', stdoutFd, 'pipe'],
      env: { ...benchEnv(), ...options.env, NODE_OPTIONS: `--require=${JSON.stringify(PROBE)}`, TACTFUL_BENCH_RSS_FILE: rssFile, NO_UPDATE_NOTIFIER: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    })
    closeSync(stdoutFd)
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000)
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      // Worker threads report too; process-wide figures only grow, so the maximum is the process's.
      let peakKb = NaN
      let cpuMicros = NaN
      try {
        const rows = readFileSync(rssFile, 'utf8').trim().split('\n').map((line) => line.split(' ').map(Number))
        peakKb = Math.max(...rows.map((r) => r[0]!))
        cpuMicros = Math.max(...rows.map((r) => r[1]! + r[2]!))
      } catch {
        // The process died before its exit hook ran.
      }
      const stdoutBytes = statSync(stdoutFile).size
      const stdout = options.keepStdout ? readFileSync(stdoutFile, 'utf8') : ''
      rmSync(dir, { recursive: true, force: true })
      resolve({ seconds, peakMb: peakKb / 1024, cpuSeconds: cpuMicros / 1e6, exitCode: code ?? -1, stdoutBytes, stdout, stderr })
    })
  })
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
