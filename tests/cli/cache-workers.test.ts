import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BLAME_ONLY, FIXTURES, parseJson, project, runCli } from './helpers.js'

const blame = 'Hello Anna,\n\nYou failed to attach the receipt.\n'
const root = join(import.meta.dirname, '..', '..')
const bin = join(root, 'packages', 'cli', 'bin', 'tactful.js')

interface CacheHeader {
  version: string
  report?: { key: string; bytes: number; errorCount: number; warningCount: number }
}
type Entries = Record<string, { key: string; result: { messages: Array<{ message: string }> } }>

/** The cache file: a header line, the last run's report (header.report.bytes long), then the entries' JSON. */
function readCache(path: string): { header: CacheHeader; report: Buffer; entries: Entries; entriesBytes: Buffer } {
  const bytes = readFileSync(path)
  const newline = bytes.indexOf(10)
  const header = JSON.parse(bytes.subarray(0, newline).toString()) as CacheHeader
  const end = newline + 1 + (header.report?.bytes ?? 0)
  return { header, report: bytes.subarray(newline + 1, end), entries: JSON.parse(bytes.subarray(end).toString()) as Entries, entriesBytes: bytes.subarray(end) }
}

function writeCache(path: string, header: CacheHeader, report: Buffer, entries: Entries): void {
  writeFileSync(path, Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, ...(header.report ? { report: { ...header.report, bytes: report.length } } : {}) })}\n`), report, Buffer.from(JSON.stringify(entries))]))
}

/** Marks every cached message (and drops the stored report), so a run that prints the mark provably read the cache. */
function tamper(path: string, version?: string): void {
  const { header, entries } = readCache(path)
  for (const entry of Object.values(entries)) for (const m of entry.result.messages) m.message = 'FROM CACHE'
  writeCache(path, { version: version ?? header.version }, Buffer.alloc(0), entries)
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

  it('tells the process edge once before it lints, and not when the cache answers every file', async () => {
    const cwd = project({ 'a.txt': blame, 'b.txt': blame })
    let calls = 0
    const beforeLinting = () => void calls++
    const args = ['.', ...BLAME_ONLY, '--cache', '--format', 'json']
    expect((await runCli(args, { cwd, beforeLinting })).code).toBe(0)
    expect(calls).toBe(1)
    expect((await runCli(args, { cwd, beforeLinting })).code).toBe(0)
    expect((await runCli([...args, '--quiet'], { cwd, beforeLinting })).code).toBe(0)
    expect(calls).toBe(1)
    writeFileSync(join(cwd, 'b.txt'), `${blame}You forgot to sign.\n`)
    utimesSync(join(cwd, 'b.txt'), new Date(), new Date(Date.now() + 5000))
    expect((await runCli(args, { cwd, beforeLinting })).code).toBe(0)
    expect(calls).toBe(2)
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

  it('a run over the same unchanged files prints the stored report; a changed file, --quiet or another format does not', async () => {
    const cwd = project({ 'a.txt': blame, 'b.txt': 'Hello,\n\nYour parcel ships today.\n' })
    const cache = join(cwd, '.tactfulcache')
    const first = await runCli(['.', ...BLAME_ONLY, '--cache', '--format', 'json'], { cwd })
    expect(first.code).toBe(0)
    const stored = readCache(cache)
    expect(stored.report.toString()).toBe(first.stdout.trimEnd())
    expect(stored.header.report).toMatchObject({ errorCount: 0, warningCount: 1 })
    // Swap in a marked report: printing it proves the run neither linted nor formatted.
    writeCache(cache, stored.header, Buffer.from('STORED REPORT'), stored.entries)
    expect(await runCli(['.', ...BLAME_ONLY, '--cache', '--format', 'json'], { cwd })).toEqual({ code: 0, stdout: 'STORED REPORT\n', stderr: '' })
    // Counts are stored too: --max-warnings still decides the exit code.
    expect(await runCli(['.', ...BLAME_ONLY, '--cache', '--format', 'json', '--max-warnings', '0'], { cwd })).toEqual({ code: 1, stdout: 'STORED REPORT\n', stderr: 'tactful found too many warnings (1; maximum: 0).\n' })
    expect((await runCli(['.', ...BLAME_ONLY, '--cache', '--format', 'json', '--quiet'], { cwd })).stdout).toBe('[{"filePath":' + JSON.stringify(join(cwd, 'a.txt')) + ',"messages":[],"errorCount":0,"warningCount":0,"infoCount":0},{"filePath":' + JSON.stringify(join(cwd, 'b.txt')) + ',"messages":[],"errorCount":0,"warningCount":0,"infoCount":0}]\n')
    expect((await runCli(['.', ...BLAME_ONLY, '--cache', '--format', 'compact'], { cwd })).stdout).toContain('can read as blame')
    utimesSync(join(cwd, 'b.txt'), new Date(2001, 1, 1), new Date(2001, 1, 1))
    expect(parseJson((await runCli(['.', ...BLAME_ONLY, '--cache', '--format', 'json'], { cwd })).stdout).map((r) => r.warningCount)).toEqual([1, 0])
  })

  it('a corrupt cache file is treated as empty', async () => {
    const cwd = project({ 'a.txt': blame, '.tactfulcache': '{not json' })
    expect(await messages(cwd, ['a.txt', ...BLAME_ONLY, '--cache'])).toEqual([expect.stringContaining('can read as blame')])
  })

  it('a run served from the cache prints what the first run printed, non-ASCII text included', async () => {
    const text = 'Hello Anna,\n\nYou failed to attach the receipt — “again”, naïvely.\n'
    const cwd = project({ 'a.txt': text, 'b.txt': text })
    const args = ['.', ...BLAME_ONLY, '--cache', '--format', 'json']
    const first = await runCli(args, { cwd })
    expect(parseJson(first.stdout).map((f) => f.messages.length)).toEqual([1, 1])
    // Served whole by the stored report.
    expect((await runCli(args, { cwd })).stdout).toBe(first.stdout)
    // The entries are UTF-8: with one file changed, a.txt's result comes from them, quotes intact.
    const cachePath = join(cwd, '.tactfulcache')
    const { header, report, entries } = readCache(cachePath)
    expect(readCache(cachePath).entriesBytes.some((byte) => byte >= 0x80)).toBe(true)
    const cachedA = Object.entries(entries).find(([path]) => path.endsWith('a.txt'))![1]
    cachedA.result.messages[0]!.message = 'FROM CACHE — “naïve”'
    writeCache(cachePath, header, report, entries)
    writeFileSync(join(cwd, 'b.txt'), `${text}\n`)
    const partial = parseJson((await runCli(args, { cwd })).stdout)
    expect(partial.map((f) => f.messages[0]!.message)).toEqual(['FROM CACHE — “naïve”', parseJson(first.stdout)[1]!.messages[0]!.message])
  })

  it('with --cache-strategy content, a new modification time alone keeps the cached result', async () => {
    const cwd = project({ 'a.txt': blame })
    await messages(cwd, ['a.txt', ...BLAME_ONLY, '--cache', '--cache-strategy', 'content'])
    tamper(join(cwd, '.tactfulcache'))
    utimesSync(join(cwd, 'a.txt'), new Date(2001, 1, 1), new Date(2001, 1, 1))
    expect(await messages(cwd, ['a.txt', ...BLAME_ONLY, '--cache', '--cache-strategy', 'content'])).toEqual(['FROM CACHE'])
  })

  it('--region and --channel are part of the key', async () => {
    const cwd = project({ 'a.txt': blame })
    await messages(cwd, ['a.txt', ...BLAME_ONLY, '--cache'])
    tamper(join(cwd, '.tactfulcache'))
    expect(await messages(cwd, ['a.txt', ...BLAME_ONLY, '--cache', '--region', 'DE'])).toEqual([expect.stringContaining('can read as blame')])
    expect(await messages(cwd, ['a.txt', ...BLAME_ONLY, '--cache', '--channel', 'chat'])).toEqual([expect.stringContaining('can read as blame')])
  })
})

/**
 * Runs the built bin and lists the modules it loaded (by a resolve hook), to prove what a run
 * does not load. A bundle chunk stands for the modules esbuild put in it: their paths, from the
 * `// path/to/module.js` comments it writes above each one (`.ts` for the rules, bundled from source).
 */
function loadedModules(cwd: string, argv: string[]): { status: number | null; modules: string[] } {
  const hook = join(cwd, 'hook.mjs')
  writeFileSync(hook, "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write('LOADED ' + r.url + '\\n'); return r }\n")
  writeFileSync(join(cwd, 'register.mjs'), `import { register } from 'node:module'\nregister(${JSON.stringify(pathToFileURL(hook).href)})\n`)
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(cwd, 'register.mjs')).href, bin, ...argv], { cwd, encoding: 'utf8' })
  const urls = r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => l.slice(7))
  const modules = urls.flatMap((url) => {
    if (!url.startsWith('file:') || !url.includes('/cli/bundle/')) return [url]
    const source = readFileSync(fileURLToPath(url), 'utf8')
    return [url, ...[...source.matchAll(/^\/\/ (\S+\.[cm]?[jt]s)$/gm)].map((m) => m[1]!)]
  })
  return { status: r.status, modules }
}

describe('what a run loads (built bin)', () => {
  it('a .txt file loads no Markdown, HTML or YAML parser, no config loader with --no-config, and no node:crypto without --cache', () => {
    const cwd = project({ 'a.txt': blame })
    const { status, modules } = loadedModules(cwd, ['a.txt', '--no-config', '--format', 'json'])
    expect(status).toBe(0)
    expect(modules.some((m) => m.includes('/rules/src/'))).toBe(true)
    expect(modules.filter((m) => /\/(micromark|mdast-util-from-markdown|parse5|hast-util-from-html|yaml|jsonc-parser|cosmiconfig)\//.test(m))).toEqual([])
    expect(modules.filter((m) => m.includes('crypto'))).toEqual([])
    // The probe works: with --cache, the cache keys load it.
    expect(loadedModules(cwd, ['a.txt', '--no-config', '--format', 'json', '--cache']).modules).toContain('node:crypto')
  }, 60_000)

  it('a run whose every file is a cache hit loads no rules, engine or adapter', () => {
    const cwd = project({ 'a.txt': blame, 'b.md': `# Hi\n\n${blame}`, 'c.html': `<p>${blame}</p>` })
    const argv = ['.', '--no-config', '--cache', '--format', 'json']
    const first = loadedModules(cwd, argv)
    expect(first.status).toBe(0)
    expect(first.modules.some((m) => m.includes('/micromark/'))).toBe(true)
    const { status, modules } = loadedModules(cwd, argv)
    expect(status).toBe(0)
    expect(modules.filter((m) => /\/rules\/src\/|\/(rules|presets|engine)\/dist\/|\/(micromark|parse5|yaml|retext-english|unified)\//.test(m))).toEqual([])
  }, 60_000)
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
    // bad.txt is not UTF-8: reported with the others, and the run exits 2 either way.
    const unreadable = 'tactful: 1 file could not be read (tactful/parse-error in the report names each and why); the others were linted.\n'
    expect(sequential.status).toBe(2)
    expect(parallel.status).toBe(2)
    expect(sequential.stderr).toBe(unreadable)
    expect(parallel.stderr).toBe(unreadable)
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
