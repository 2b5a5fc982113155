import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BLAME_ONLY, FIXTURES, parseJson, project, runCli } from './helpers.js'

const blame = 'Hello Anna,\n\nYou failed to attach the receipt.\n'
const root = join(import.meta.dirname, '..', '..')
const bin = join(root, 'packages', 'cli', 'bin', 'tactful.js')

interface CacheFile {
  version: string
  entries: Record<string, { key: string; result: { messages: Array<{ message: string }> } }>
}

/** Marks every cached message, so a run that prints the mark provably read the cache. */
function tamper(path: string, version?: string): void {
  const cache = JSON.parse(readFileSync(path, 'utf8')) as CacheFile
  for (const entry of Object.values(cache.entries)) for (const m of entry.result.messages) m.message = 'FROM CACHE'
  if (version) cache.version = version
  writeFileSync(path, JSON.stringify(cache))
}

async function messages(cwd: string, argv: string[]) {
  const r = await runCli([...argv, '--format', 'json'], { cwd })
  expect(r.stderr).toBe('')
  return parseJson(r.stdout).flatMap((f) => f.messages.map((m) => m.message as string))
}

describe('--cache', () => {
  it('a second run over unchanged files is served from .tactfulcache', async () => {
    const cwd = project({ 'a.txt': blame, 'b.txt': blame })
    const first = await messages(cwd, ['.', ...BLAME_ONLY, '--cache'])
    expect(first).toHaveLength(2)
    expect(existsSync(join(cwd, '.tactfulcache'))).toBe(true)
    tamper(join(cwd, '.tactfulcache'))
    expect(await messages(cwd, ['.', ...BLAME_ONLY, '--cache'])).toEqual(['FROM CACHE', 'FROM CACHE'])
  })

  it('a changed file (metadata or content strategy) is linted again', async () => {
    const cwd = project({ 'a.txt': blame, 'b.txt': blame })
    for (const strategy of ['metadata', 'content']) {
      await messages(cwd, ['.', ...BLAME_ONLY, '--cache', '--cache-strategy', strategy])
      tamper(join(cwd, '.tactfulcache'))
      writeFileSync(join(cwd, 'b.txt'), `${blame}You forgot to sign.\n`)
      utimesSync(join(cwd, 'b.txt'), new Date(), new Date(Date.now() + 5000))
      const second = await messages(cwd, ['.', ...BLAME_ONLY, '--cache', '--cache-strategy', strategy])
      expect(second[0]).toBe('FROM CACHE')
      expect(second.slice(1).every((m) => m.includes('can read as blame'))).toBe(true)
      writeFileSync(join(cwd, 'b.txt'), blame)
    }
  })

  it('a config change or another tactful version invalidates it', async () => {
    const cwd = project({ 'a.txt': blame, '.tactfulrc.yaml': 'extends: []\nrules:\n  no-blame-language: warning\n' })
    await messages(cwd, ['a.txt', '--cache'])
    tamper(join(cwd, '.tactfulcache'))
    expect(await messages(cwd, ['a.txt', '--cache'])).toEqual(['FROM CACHE'])
    // Another severity is another resolved config.
    expect(await messages(cwd, ['a.txt', '--cache', '--rule', 'no-blame-language:error'])).toEqual([expect.stringContaining('can read as blame')])
    writeFileSync(join(cwd, '.tactfulrc.yaml'), 'extends: []\nrules:\n  no-blame-language: info\n')
    expect(await messages(cwd, ['a.txt', '--cache'])).toEqual([expect.stringContaining('can read as blame')])
    tamper(join(cwd, '.tactfulcache'), '0.0.0-older')
    expect(await messages(cwd, ['a.txt', '--cache'])).toEqual([expect.stringContaining('can read as blame')])
  })

  it('--cache-location takes a file or a directory', async () => {
    const cwd = project({ 'a.txt': blame })
    await runCli(['a.txt', ...BLAME_ONLY, '--cache', '--cache-location', 'tmp/'], { cwd })
    expect(existsSync(join(cwd, 'tmp', '.tactfulcache'))).toBe(true)
    await runCli(['a.txt', ...BLAME_ONLY, '--cache', '--cache-location', 'tmp/lint-cache.json'], { cwd })
    expect(existsSync(join(cwd, 'tmp', 'lint-cache.json'))).toBe(true)
    expect(existsSync(join(cwd, '.tactfulcache'))).toBe(false)
  })

  it('a corrupt cache file is treated as empty', async () => {
    const cwd = project({ 'a.txt': blame, '.tactfulcache': '{not json' })
    expect(await messages(cwd, ['a.txt', ...BLAME_ONLY, '--cache'])).toEqual([expect.stringContaining('can read as blame')])
  })
})

describe('worker threads (built bin)', () => {
  it('--concurrency 2 gives the same output, in the same order, as a sequential run', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 40; i++) files[`mail/m${String(i).padStart(2, '0')}.txt`] = i % 3 === 0 ? blame : `Hello,\n\nYour parcel ${i} ships today.\n`
    files['mail/bad.txt'] = Buffer.from([0x41, 0xff, 0x42]).toString('latin1')
    const cwd = project(files)
    writeFileSync(join(cwd, 'mail', 'bad.txt'), Buffer.from([0x41, 0xff, 0x42]))
    const lint = (concurrency: string) =>
      spawnSync(process.execPath, [bin, 'mail', '--config', join(FIXTURES, 'blame-only.yaml'), '--format', 'json', '--concurrency', concurrency], { cwd, encoding: 'utf8' })
    const sequential = lint('off')
    const parallel = lint('2')
    expect(sequential.status).toBe(1)
    expect(parallel.status).toBe(1)
    expect(parallel.stderr).toBe('')
    expect(parallel.stdout).toBe(sequential.stdout)
    const results = parseJson(parallel.stdout)
    expect(results).toHaveLength(41)
    expect(results.filter((r) => r.warningCount === 1)).toHaveLength(14)
  }, 120_000)

  it('a config error inside a worker still exits 2 naming file and key', () => {
    const files: Record<string, string> = { '.tactfulrc.yaml': 'extends: []\n' }
    for (let i = 0; i < 10; i++) files[`a${i}.txt`] = blame
    files['team/.tactfulrc.yaml'] = 'rules:\n  no-such-rule: error\n'
    files['team/z.txt'] = blame
    const cwd = project(files)
    const r = spawnSync(process.execPath, [bin, '.', '--concurrency', '2'], { cwd, encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('Invalid configuration in team/.tactfulrc.yaml: rules.no-such-rule: unknown rule')
  }, 120_000)
})
