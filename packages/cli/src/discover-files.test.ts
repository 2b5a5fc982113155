import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BLAME_ONLY, parseJson, project, runCli } from '../../../tests/cli/helpers.js'

const blame = 'Hello Anna,\n\nYou failed to attach the receipt.\n'

describe('paths and globs that yield no lintable file', () => {
  const ignoring = () => project({ '.tactfulignore': 'drafts/\n', '.tactfulrc.yaml': 'extends: []\nignores: ["archive/**"]\n', 'a.txt': blame, 'drafts/b.txt': blame, 'archive/c.txt': blame })

  it.each([['drafts/*.txt'], ['drafts'], ['archive/**/*.txt']])('%s, all ignored, is an error naming it', async (pattern) => {
    const r = await runCli(['a.txt', pattern], { cwd: ignoring() })
    expect(r).toEqual({ code: 2, stdout: '', stderr: `tactful: All files matched by "${pattern}" are ignored by .tactfulignore or the config's ignores.\n` })
  })

  it.each([['drafts/b.txt'], ['archive/c.txt']])('%s, a file named by its path and ignored, is a warning, not a failed run (as in ESLint)', async (path) => {
    const r = await runCli([path, '--format', 'json'], { cwd: ignoring() })
    expect(r.code).toBe(0)
    expect(parseJson(r.stdout).map((f) => [f.filePath.endsWith(path), f.messages.map((m) => [m.ruleId, m.severity, m.message])])).toEqual([
      [true, [['tactful/ignored-file', 'warning', "File ignored by .tactfulignore or the config's ignores"]]],
    ])
  })

  it('a pattern whose files another pattern found first still counts as matched', async () => {
    const r = await runCli(['a.txt', '*.txt', '--format', 'json'], { cwd: ignoring() })
    expect(r.code).toBe(0)
  })

  it('an empty directory named on the command line is an error naming it', async () => {
    const cwd = project({ 'a.txt': blame })
    mkdirSync(join(cwd, 'empty'))
    const r = await runCli(['empty'], { cwd })
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'tactful: No files matching "empty" were found.\n' })
  })

  it('with no paths, a project whose files are all ignored stays a clean run', async () => {
    const r = await runCli([], { cwd: project({ '.tactfulignore': '*.txt\n', 'a.txt': blame }) })
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' })
  })
})

describe('globs and symbolic links', () => {
  it('a glob does not follow symlinked folders: each file is reported once', async () => {
    const cwd = project({ 'a/x.txt': blame })
    symlinkSync('..', join(cwd, 'a', 'loop'))
    const r = await runCli(['**/*.txt', ...BLAME_ONLY, '--format', 'json'], { cwd })
    expect(parseJson(r.stdout).map((f) => f.filePath)).toEqual([join(cwd, 'a', 'x.txt')])
  })
})
