import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BLAME_ONLY, project, runCli } from '../../../tests/cli/helpers.js'

const blame = 'Hello Anna,\n\nYou failed to attach the receipt.\n'

describe('ordinary I/O failures are the user\'s to fix, not internal errors', () => {
  it('--output-file naming a directory', async () => {
    const cwd = project({ 'a.txt': blame })
    mkdirSync(join(cwd, 'report.json'))
    const r = await runCli(['a.txt', ...BLAME_ONLY, '--output-file', 'report.json'], { cwd })
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'tactful: cannot write report.json: is a directory\n' })
  })

  it('--output-file under an existing file', async () => {
    const cwd = project({ 'a.txt': blame })
    const r = await runCli(['a.txt', ...BLAME_ONLY, '-o', 'a.txt/report.json'], { cwd })
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'tactful: cannot write a.txt/report.json: part of the path is a file, not a directory\n' })
  })

  it('--output-file of `tactful rules` naming a directory', async () => {
    const cwd = project({})
    mkdirSync(join(cwd, 'out'))
    const r = await runCli(['rules', '--output-file', 'out'], { cwd })
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'tactful: cannot write out: is a directory\n' })
  })

  it('--cache-location under a file', async () => {
    const cwd = project({ 'a.txt': blame })
    const r = await runCli(['a.txt', ...BLAME_ONLY, '--cache', '--cache-location', 'a.txt/cache'], { cwd })
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(`tactful: cannot write ${join(cwd, 'a.txt', 'cache')}: part of the path is a file, not a directory\n`)
  })

  it.each([
    ['throws', 'export default () => { throw new Error("no template") }\n'],
    ['rejects', 'export default async () => { throw new Error("no template") }\n'],
  ])('a custom --format module that %s', async (_how, source) => {
    const cwd = project({ 'a.txt': blame, 'f.mjs': source })
    const r = await runCli(['a.txt', ...BLAME_ONLY, '--format', './f.mjs'], { cwd })
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'tactful: formatter ./f.mjs failed: no template\n' })
  })

  it.each([
    ['undefined', 'export default () => undefined\n', 'undefined'],
    ['null from a promise', 'export default async () => null\n', 'null'],
    ['an object', 'export default () => ({ report: 1 })\n', 'object'],
  ])('a custom --format module that returns %s', async (_what, source, type) => {
    const cwd = project({ 'a.txt': blame, 'f.mjs': source })
    const r = await runCli(['a.txt', ...BLAME_ONLY, '--format', './f.mjs'], { cwd })
    expect(r).toEqual({ code: 2, stdout: '', stderr: `tactful: formatter ./f.mjs returned ${type}, not the report text (a string)\n` })
  })

  it('refuses --fix with --stdin, which has no file to write', async () => {
    const cwd = project({})
    const r = await runCli(['--stdin', '--stdin-filename', 'x.txt', '--fix'], { cwd, stdin: blame })
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'tactful: --fix: cannot be used with --stdin; use --fix-dry-run --format json to get the fixed text\nRun "tactful --help" for the list of options.\n' })
  })

  it('refuses --fix with --fix-dry-run, and leaves the file as it was', async () => {
    const cwd = project({ 'a.txt': blame })
    const r = await runCli(['a.txt', '--fix', '--fix-dry-run'], { cwd })
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'tactful: --fix: cannot be combined with --fix-dry-run\nRun "tactful --help" for the list of options.\n' })
    expect(readFileSync(join(cwd, 'a.txt'), 'utf8')).toBe(blame)
  })

  it('fails instead of hanging when --output-file is under a directory that refuses new entries', async () => {
    const cwd = project({ 'a.txt': blame })
    const r = await runCli(['a.txt', ...BLAME_ONLY, '--output-file', '/proc/tactful-nope/report.json'], { cwd })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^tactful: cannot write \/proc\/tactful-nope\/report\.json: /)
  })
})
