import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIX_ONLY, fixSetup, parseJson, project, runCli, NO_RULES } from './helpers.js'

const setup = fixSetup

describe('--fix', () => {
  it('rewrites the file atomically, leaving no temporary file behind', async () => {
    const cwd = project({ 'a.txt': 'Hello  Anna,\n\nYour  order ships today.\n' })
    const before = statSync(join(cwd, 'a.txt')).ino
    const r = await runCli(['a.txt', ...FIX_ONLY, '--fix', '--format', 'json'], { cwd, setup })
    expect(r.code).toBe(0)
    expect(readFileSync(join(cwd, 'a.txt'), 'utf8')).toBe('Hello Anna,\n\nYour order ships today.\n')
    // A rename replaced the file (new inode), and nothing else is left in the directory.
    expect(statSync(join(cwd, 'a.txt')).ino).not.toBe(before)
    expect(readdirSync(cwd)).toEqual(['a.txt'])
    expect(parseJson(r.stdout)[0]!.messages).toEqual([])
  })

  it('keeps the byte-order mark, CRLF line endings and the file mode', async () => {
    const cwd = project({ 'a.txt': '\uFEFFHello  Anna,\r\n\r\nYour  order\r\nships  today.\r\n' })
    chmodSync(join(cwd, 'a.txt'), 0o640)
    await runCli(['a.txt', ...FIX_ONLY, '--fix'], { cwd, setup })
    const bytes = readFileSync(join(cwd, 'a.txt'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toBe('\uFEFFHello Anna,\r\n\r\nYour order\r\nships today.\r\n')
    expect(statSync(join(cwd, 'a.txt')).mode & 0o777).toBe(0o640)
  })

  it('leaves template placeholders verbatim: the fixed text holds no masking stand-ins', async () => {
    const source = 'Hello  {{first_name}},\n\nYour  order {{order.id}} ships {{#if express}}today{{else}}this week{{/if}}.\n'
    const cwd = project({ 'reply.hbs': source })
    await runCli(['reply.hbs', ...FIX_ONLY, '--fix'], { cwd, setup })
    const fixed = readFileSync(join(cwd, 'reply.hbs'), 'utf8')
    expect(fixed).toBe('Hello {{first_name}},\n\nYour order {{order.id}} ships {{#if express}}today{{else}}this week{{/if}}.\n')
  })

  it('never writes a file it cannot read as UTF-8 text', async () => {
    const invalid = Buffer.concat([Buffer.from('Hello  Anna, '), Buffer.from([0xc3, 0x28]), Buffer.from('  ok\n')])
    const cwd = project({ 'bad.txt': invalid })
    const r = await runCli(['bad.txt', ...FIX_ONLY, '--fix', '--format', 'json'], { cwd, setup })
    expect(r.code).toBe(2)
    expect(readFileSync(join(cwd, 'bad.txt')).equals(invalid)).toBe(true)
    expect(parseJson(r.stdout)[0]!.messages[0]).toMatchObject({ ruleId: 'tactful/parse-error', fatal: true, severity: 'error' })
  })

  it('--fix-dry-run writes nothing and shows the fixed text in JSON output', async () => {
    const cwd = project({ 'a.txt': 'Hello  Anna,\n' })
    const r = await runCli(['a.txt', ...FIX_ONLY, '--fix-dry-run', '--format', 'json'], { cwd, setup })
    expect(readFileSync(join(cwd, 'a.txt'), 'utf8')).toBe('Hello  Anna,\n')
    expect(parseJson(r.stdout)).toEqual([{ filePath: join(cwd, 'a.txt'), messages: [], errorCount: 0, warningCount: 0, infoCount: 0, output: 'Hello Anna,\n' }])
  })

  it('--stdin --fix-dry-run returns the fixed text, BOM included', async () => {
    const cwd = project({})
    const r = await runCli(['--stdin', '--stdin-filename', 'reply.txt', ...FIX_ONLY, '--fix-dry-run', '--format', 'json'], { cwd, setup, stdin: '\uFEFFHi  there\n' })
    expect(parseJson(r.stdout)[0]!.output).toBe('\uFEFFHi there\n')
  })

  it('suggestions (tone rewrites) are never applied', async () => {
    const text = 'Hello Anna,\n\nYou failed to attach the receipt.\n'
    const cwd = project({ 'a.txt': text })
    const r = await runCli(['a.txt', ...NO_RULES, '--rule', 'no-blame-language:warning', '--fix', '--format', 'json'], { cwd })
    expect(readFileSync(join(cwd, 'a.txt'), 'utf8')).toBe(text)
    const [m] = parseJson(r.stdout)[0]!.messages
    expect(m.fix).toBeUndefined()
    expect(m.suggestions.length).toBeGreaterThan(0)
  })

  it('a file with nothing to fix is not rewritten', async () => {
    const cwd = project({ 'a.txt': 'Hello Anna,\n' })
    const before = statSync(join(cwd, 'a.txt')).ino
    writeFileSync(join(cwd, 'b.txt'), 'x')
    await runCli(['a.txt', ...FIX_ONLY, '--fix'], { cwd, setup })
    expect(statSync(join(cwd, 'a.txt')).ino).toBe(before)
  })
})
