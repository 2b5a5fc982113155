import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ConfigError } from '@tactful/engine'
import { createConfigLoader } from './load-config.js'

/** A fresh directory holding `files`, so each search starts from a clean cache. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-config-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

async function searchError(files: Record<string, string>): Promise<{ dir: string; error: ConfigError }> {
  const dir = project(files)
  const error = await createConfigLoader().search(dir).then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(ConfigError)
  return { dir, error: error as ConfigError }
}

const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url))

/** Runs a search in a plain Node process working in `cwd` and prints the ConfigError it ends with. */
function searchInNode(dir: string, cwd?: string): string {
  const loader = fileURLToPath(new URL('./load-config.ts', import.meta.url))
  // tsx reads the package.json where it starts: change directory only once it runs.
  const script = `${cwd ? `process.chdir(${JSON.stringify(cwd)})\n` : ''}const { createConfigLoader } = await import(${JSON.stringify(loader)})
await createConfigLoader().search(${JSON.stringify(dir)}).catch((e) => console.log(e.file + ': ' + e.reason))`
  return execFileSync(TSX, ['--conditions=source', '--input-type=module', '-e', script], { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' }).trim()
}

describe('JavaScript configs', () => {
  it('reports an error thrown by tactful.config.js with its line, naming the file', async () => {
    const { dir, error } = await searchError({ 'tactful.config.js': '\nthrow new Error("boom")\n' })
    expect(error.reason).toBe('boom (line 2)')
    expect(error.file).toBe(join(dir, 'tactful.config.js'))
  })

  it('reports a syntax error in an .mjs config with its line', () => {
    const dir = project({ 'tactful.config.mjs': 'export default {\n  rules: {\n    x: 1 +\n  }\n}\n' })
    // Vitest compiles imported files itself; only plain Node shows how Node reports the error.
    expect(searchInNode(dir)).toBe(`${join(dir, 'tactful.config.mjs')}: JavaScript syntax error at line 4: Unexpected token '}'`)
  })

  it('reports a ReferenceError in .tactfulrc.js with its line', async () => {
    const { dir, error } = await searchError({ '.tactfulrc.js': 'module.exports = {\n  rules: foo,\n}\n' })
    expect(error.reason).toBe('ReferenceError: foo is not defined (line 2)')
    expect(error.file).toBe(join(dir, '.tactfulrc.js'))
  })

  it('still loads a valid .cjs config', async () => {
    const dir = project({ 'tactful.config.cjs': 'module.exports = { region: "DE" }\n' })
    expect(await createConfigLoader().search(dir)).toEqual({ config: { region: 'DE' }, filePath: join(dir, 'tactful.config.cjs') })
  })
})

describe('JSON configs', () => {
  it('reads a .tactfulrc.json that starts with a byte order mark', async () => {
    const dir = project({ '.tactfulrc.json': '\uFEFF{ "region": "DE" }\n' })
    expect(await createConfigLoader().search(dir)).toEqual({ config: { region: 'DE' }, filePath: join(dir, '.tactfulrc.json') })
  })

  it('words a syntax error without a position', async () => {
    const { error } = await searchError({ '.tactfulrc.json': '{ "region": ' })
    expect(error.reason).toBe('JSON syntax error: unexpected end of input')
  })

  it('words a syntax error with its line and column', async () => {
    const { error } = await searchError({ '.tactfulrc.json': '{\n  "region" "DE"\n}' })
    expect(error.reason).toBe("JSON syntax error at line 2, column 12: Expected ':' after property name")
  })

  it('reads tactful config from a package.json with a byte order mark above the working directory', async () => {
    const dir = project({ 'package.json': '\uFEFF{ "name": "x", "tactful": { "region": "DE" } }' })
    expect(await createConfigLoader().search(dir)).toEqual({ config: { region: 'DE' }, filePath: join(dir, 'package.json') })
  })

  it('reports a package.json that is not JSON, naming it, as cosmiconfig-based tools do', async () => {
    const { dir, error } = await searchError({ 'package.json': '{\n  "name": "x",,\n}' })
    expect(error.reason).toBe('JSON syntax error at line 2, column 15: Expected double-quoted property name')
    expect(error.file).toBe(join(dir, 'package.json'))
  })

  it('reports a broken package.json in the working directory, which cosmiconfig reads first, naming it', () => {
    const dir = project({ 'package.json': '{\n  "name": "x",,\n}' })
    expect(searchInNode(dir, dir)).toBe(`${join(dir, 'package.json')}: JSON syntax error at line 2, column 15: Expected double-quoted property name`)
  })

  it('explains a byte order mark in the working directory\'s package.json instead of crashing', () => {
    const dir = project({ 'package.json': '\uFEFF{ "name": "x" }' })
    expect(searchInNode(dir, dir)).toBe(`${join(dir, 'package.json')}: starts with a byte order mark, which the config search cannot read; save the file without it`)
  })
})
