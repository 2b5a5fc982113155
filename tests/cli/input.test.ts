import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BLAME_ONLY, parseJson, project, runCli } from './helpers.js'

const blame = 'Hello Anna,\n\nYou failed to attach the receipt.\n'

async function lintJson(cwd: string, argv: string[], stdin?: string | Buffer) {
  const r = await runCli([...argv, ...BLAME_ONLY, '--format', 'json'], { cwd, ...(stdin !== undefined ? { stdin } : {}) })
  return { ...r, results: r.stdout ? parseJson(r.stdout) : [] }
}

describe('input', () => {
  it('--stdin lints standard input as --stdin-filename (the eval harness call)', async () => {
    const cwd = project({})
    const r = await runCli(['lint', '--stdin', '--stdin-filename', 'message.txt', '--format', 'json', '--no-config', '--region', 'DE', '--channel', 'email'], { cwd, stdin: blame })
    expect(r.code).toBe(0)
    const [result] = parseJson(r.stdout)
    expect(result!.filePath).toBe(join(cwd, 'message.txt'))
    const blameMessage = result!.messages.find((m) => m.ruleId === 'no-blame-language')
    expect(blameMessage.position.start).toEqual({ line: 3, column: 1, offset: 13 })
  })

  it('--stdin with an ignored --stdin-filename is not linted, with a warning saying so', async () => {
    const cwd = project({ '.tactfulignore': 'drafts/**\n' })
    const { code, results } = await lintJson(cwd, ['--stdin', '--stdin-filename', 'drafts/x.txt'], blame)
    expect(code).toBe(0)
    expect(results[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['tactful/ignored-file', 'warning']])
  })

  it('--stdin without a file name reports <stdin>', async () => {
    const { results } = await lintJson(project({}), ['--stdin'], blame)
    expect(results[0]!.filePath).toBe('<stdin>')
    expect(results[0]!.messages.map((m) => m.actual)).toEqual(['You failed to'])
  })

  it('an empty file gives no messages', async () => {
    const cwd = project({ 'empty.txt': '' })
    const r = await lintJson(cwd, ['empty.txt'])
    expect(r.code).toBe(0)
    expect(r.results).toEqual([{ filePath: join(cwd, 'empty.txt'), messages: [], errorCount: 0, warningCount: 0, infoCount: 0 }])
  })

  it('a binary file is skipped with a warning, not a crash', async () => {
    const cwd = project({ 'logo.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]) })
    const r = await lintJson(cwd, ['logo.txt'])
    expect(r.code).toBe(0)
    expect(r.results[0]!.messages).toMatchObject([{ ruleId: 'tactful/binary-file', severity: 'warning' }])
  })

  it('invalid UTF-8 is a fatal parse error naming the file: bad input, exit 2, the other files still linted', async () => {
    const cwd = project({ 'latin1.txt': Buffer.from('Gr\xfc\xdfe, you failed to pay', 'latin1'), 'ok.txt': 'You failed to pay.' })
    const r = await lintJson(cwd, ['latin1.txt', 'ok.txt'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('tactful: 1 file could not be read (tactful/parse-error in the report names each and why); the others were linted.\n')
    expect(r.results[1]!.messages.map((m) => m.ruleId)).toEqual(['no-blame-language'])
    const [m] = r.results[0]!.messages
    expect(m).toMatchObject({ ruleId: 'tactful/parse-error', severity: 'error', fatal: true })
    expect(m.message).toContain(join(cwd, 'latin1.txt'))
    expect(m.message).toContain('not valid UTF-8')
  })

  it('UTF-16 text is named as such', async () => {
    const cwd = project({ 'u16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello', 'utf16le')]) })
    const r = await lintJson(cwd, ['u16.txt'])
    expect(r.results[0]!.messages[0].message).toContain('UTF-16')
  })

  it('CRLF line endings keep positions right', async () => {
    const text = 'Hello Anna,\r\n\r\nThanks.\r\nYou failed to attach it.\r\n'
    const cwd = project({ 'crlf.txt': text })
    const [m] = (await lintJson(cwd, ['crlf.txt'])).results[0]!.messages
    expect(m.position).toEqual({ start: { line: 4, column: 1, offset: 24 }, end: { line: 4, column: 14, offset: 37 } })
    expect(text.slice(24, 37)).toBe('You failed to')
  })

  it('a BOM is not counted in positions', async () => {
    const cwd = project({ 'bom.txt': '\uFEFFYou failed to reply.\n' })
    const [m] = (await lintJson(cwd, ['bom.txt'])).results[0]!.messages
    expect(m.position.start).toEqual({ line: 1, column: 1, offset: 0 })
  })

  it('a 10 MB file lints without hanging', async () => {
    const cwd = project({})
    const paragraph = 'Hello Anna,\n\nThanks for your message about order 1234. Your parcel left our warehouse on Monday and should arrive by Friday.\n\n'
    const body = paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length)) + 'You failed to attach the receipt.\n'
    writeFileSync(join(cwd, 'big.txt'), body)
    const r = await lintJson(cwd, ['big.txt'])
    expect(r.code).toBe(0)
    const messages = r.results[0]!.messages
    expect(messages).toHaveLength(1)
    expect(body.slice(messages[0].position.start.offset, messages[0].position.end.offset)).toBe('You failed to')
  }, 240_000)

  it('directories recurse over known extensions, skipping node_modules and .git, in a stable order', async () => {
    const cwd = project({
      'b.md': `# Reply\n\n${blame}`,
      'a.txt': blame,
      'sub/c.html': `<p>${blame}</p>`,
      'sub/d.hbs': `Hello {{name}},\n\nYou failed to pay.\n`,
      'sub/e.pdf': blame,
      'sub/package.json': '{"description": "You failed to pay"}',
      'node_modules/x/f.txt': blame,
      '.git/g.txt': blame,
    })
    const { results } = await lintJson(cwd, ['.'])
    expect(results.map((r) => r.filePath.slice(cwd.length + 1))).toEqual(['a.txt', 'b.md', 'sub/c.html', 'sub/d.hbs'])
    expect(results.every((r) => r.warningCount === 1)).toBe(true)
  })

  it('globs and explicit files; an explicit file of any extension is linted', async () => {
    const cwd = project({ 'mail/a.txt': blame, 'mail/b.txt': blame, 'notes.log': blame })
    const { results } = await lintJson(cwd, ['mail/*.txt', 'notes.log', 'mail/a.txt'])
    expect(results.map((r) => r.filePath.slice(cwd.length + 1))).toEqual(['mail/a.txt', 'mail/b.txt', 'notes.log'])
  })

  it('directives in Markdown and HTML comments silence the next line', async () => {
    const cwd = project({
      'a.md': 'Hello Anna,\n\n<!-- tactful-disable-next-line no-blame-language -- quoting the customer -->\nYou failed to attach the receipt.\n\nYou forgot to sign.\n',
      'b.html': '<p>Hello Anna,</p>\n<!-- tactful-disable-next-line no-blame-language -->\n<p>You failed to attach the receipt.</p>\n<p>You forgot to sign.</p>\n',
    })
    const { results } = await lintJson(cwd, ['a.md', 'b.html'])
    expect(results.map((r) => r.messages.map((m) => `${m.position.start.line}:${m.actual}`))).toEqual([['6:You forgot to'], ['4:You forgot to']])
  })

  it('plain text has no comment syntax: a directive there is just text', async () => {
    const cwd = project({ 'a.txt': '<!-- tactful-disable-next-line no-blame-language -->\nYou failed to attach the receipt.\n' })
    const { results } = await lintJson(cwd, ['a.txt'])
    expect(results[0]!.messages.map((m) => m.actual)).toEqual(['You failed to'])
  })

  it('a progress line goes to stderr only when it is a terminal and many files are linted', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 60; i++) files[`m${String(i).padStart(2, '0')}.txt`] = 'Hello,\n\nThanks.\n'
    const cwd = project(files)
    const tty = await runCli(['.', ...BLAME_ONLY, '--concurrency', 'off'], { cwd, stderrTTY: true })
    expect(tty.stderr).toContain('tactful: linting 60/60 files')
    const pipe = await runCli(['.', ...BLAME_ONLY, '--concurrency', 'off'], { cwd })
    expect(pipe.stderr).toBe('')
  })
})
