import { mkdirSync, readFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { BLAME_ONLY, FIX_ONLY, fixSetup, parseJson, project, runCli } from '../../../tests/cli/helpers.js'

/** Tests run as root in CI, where chmod locks nothing: a folder named "locked" refuses access instead. */
const denied = (path: unknown) => String(path).split(sep).includes('locked')
const eacces = (path: unknown) => Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES', path: String(path) })

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  const readdirSync = ((path: unknown, options: unknown) => {
    if (denied(path)) throw eacces(path)
    return (fs.readdirSync as (p: unknown, o: unknown) => unknown)(path, options)
  }) as typeof fs.readdirSync
  return { ...fs, default: { ...fs, readdirSync }, readdirSync }
})
vi.mock('node:fs/promises', async (importOriginal) => {
  const fsp = await importOriginal<typeof import('node:fs/promises')>()
  const writeFile = (async (path: unknown, ...rest: unknown[]) => {
    if (denied(path)) throw eacces(path)
    return (fsp.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest)
  }) as typeof fsp.writeFile
  return { ...fsp, default: { ...fsp, writeFile }, writeFile }
})

const blame = 'Hello Anna,\n\nYou failed to attach the receipt.\n'

describe('permission denied', () => {
  it('a folder a directory walk cannot list is reported as that path\'s problem; the other files are still linted', async () => {
    const cwd = project({ 'a.txt': blame, 'locked/b.txt': blame })
    const r = await runCli(['.', ...BLAME_ONLY, '--format', 'json'], { cwd })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('tactful: 1 file could not be read (tactful/parse-error in the report names each and why); the others were linted.\n')
    const results = parseJson(r.stdout)
    expect(results.map((f) => [f.filePath, f.errorCount, f.warningCount])).toEqual([[join(cwd, 'a.txt'), 0, 1], [join(cwd, 'locked'), 1, 0]])
    expect(results[1]!.messages[0].message).toBe(`Cannot lint ${join(cwd, 'locked')}: permission denied`)
  })

  it('--output-file in a folder without write permission', async () => {
    const cwd = project({ 'a.txt': blame })
    mkdirSync(join(cwd, 'locked'))
    const r = await runCli(['a.txt', ...BLAME_ONLY, '--output-file', 'locked/report.json'], { cwd })
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'tactful: cannot write locked/report.json: permission denied\n' })
  })

  it('--fix on a file in a folder without write permission', async () => {
    const cwd = project({ 'locked/a.txt': 'Hello  Anna.\n' })
    const r = await runCli(['locked/a.txt', ...FIX_ONLY, '--fix'], { cwd, setup: fixSetup })
    expect(r).toEqual({ code: 2, stdout: '', stderr: `tactful: cannot write ${join(cwd, 'locked', 'a.txt')}: permission denied\n` })
    expect(readFileSync(join(cwd, 'locked', 'a.txt'), 'utf8')).toBe('Hello  Anna.\n')
  })
})
