import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, parseJson, project } from './helpers.js'

const root = join(import.meta.dirname, '..', '..')
const bin = join(root, 'packages', 'cli', 'bin', 'tactful.js')
const blameOnly = ['--config', join(FIXTURES, 'blame-only.yaml')]
const blame = 'Hello Anna,\n\nYou failed to attach the receipt.\n'

function tactful(argv: string[], cwd: string, input?: string) {
  return spawnSync(process.execPath, [bin, ...argv], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, ...(input !== undefined ? { input } : {}) })
}

/** The built bin, as CI runs it after `pnpm build`: process edges (exit code, real stdin). */
describe('the tactful bin', () => {
  it('--version matches the package', { timeout: 60_000 }, () => {
    const { version } = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8')) as { version: string }
    const r = tactful(['--version'], root)
    expect(r.status).toBe(0)
    expect(r.stdout).toBe(`${version}\n`)
  })

  it('exits 0, 1 and 2', { timeout: 180_000 }, () => {
    const cwd = project({ 'clean.txt': 'Hello Anna,\n\nYour parcel ships today.\n', 'blame.txt': blame })
    expect(tactful(['clean.txt', ...blameOnly], cwd).status).toBe(0)
    expect(tactful(['blame.txt', ...blameOnly], cwd).status).toBe(0)
    const warnings = tactful(['blame.txt', ...blameOnly, '--max-warnings', '0'], cwd)
    expect(warnings.status).toBe(1)
    expect(warnings.stdout).toContain('✖ 1 problem (0 errors, 1 warning, 0 infos)')
    expect(tactful(['blame.txt', ...blameOnly, '--rule', 'no-blame-language:error'], cwd).status).toBe(1)
    const missing = tactful(['nope.txt'], cwd)
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('tactful: No such file or directory: nope.txt\nCheck the path, or quote a glob so the shell passes it on ("**/*.md").\n')
  })

  it('a reader that closes the pipe early ends the run quietly, with its exit code', { timeout: 60_000 }, () => {
    const files: Record<string, string> = {}
    // Enough findings that the JSON report is larger than a pipe's buffer.
    for (let i = 0; i < 300; i++) files[`m${i}.txt`] = blame.repeat(4)
    const cwd = project(files)
    const command = `"${process.execPath}" "${bin}" . ${blameOnly.join(' ')} --rule no-blame-language:error --format json | head -c 10`
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${command}`], { cwd, encoding: 'utf8' })
    expect(r.stdout).toBe('[{"filePat')
    expect(r.stderr).toBe('')
    // pipefail reports tactful's own status: 1, for the errors it found.
    expect(r.status).toBe(1)
  })

  it('a broken config exits 2 with file and key, no stack trace', { timeout: 60_000 }, () => {
    const cwd = project({ '.tactfulrc.yaml': 'extends: [recommended]\nrules:\n  no-blame-language: loud\n', 'a.txt': blame })
    const r = tactful(['a.txt'], cwd)
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('tactful: Invalid configuration in .tactfulrc.yaml: rules.no-blame-language: severity must be "off", "info", "warning" or "error" (got "loud")\n')
  })

  it('reads a real stdin pipe', { timeout: 60_000 }, () => {
    const r = tactful(['--stdin', '--stdin-filename', 'reply.md', ...blameOnly, '--format', 'json'], project({}), blame)
    expect(r.status).toBe(0)
    const [result] = parseJson(r.stdout)
    expect(result!.messages.map((m) => [m.ruleId, m.position.start.line])).toEqual([['no-blame-language', 3]])
  })
})
