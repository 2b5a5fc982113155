import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { BLAME_ONLY, parseJson, project, runCli, NO_RULES } from './helpers.js'

const blame = 'Hello Anna,\n\nYou failed to attach the receipt.\nThat is on you.\n'

/**
 * SARIF 2.1.0 schema, vendored verbatim from the npm package @microsoft/jest-sarif
 * 1.0.0-beta.0 (MIT), file lib/schemas/sarif-2.1.0-rtm.5.json: the final 2.1.0
 * (rtm.5) schema, written in JSON Schema draft-04, hence ajv-draft-04. Its language-tag
 * pattern is not valid in unicode mode, hence unicodeRegExp: false.
 */
const sarifSchema = JSON.parse(readFileSync(join(import.meta.dirname, 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'))

describe('formatters', () => {
  it('stylish reads like ESLint: path, aligned line:column severity message rule, summary', async () => {
    const cwd = project({ 'reply.txt': blame })
    const r = await runCli(['reply.txt', ...BLAME_ONLY, '--rule', 'no-blame-language:warning'], { cwd })
    const lines = r.stdout.split('\n')
    expect(lines[0]).toBe('')
    expect(lines[1]).toBe('reply.txt')
    expect(lines[2]).toMatch(/^ {2}3:1 {2}warning {2}“You failed to” can read as blame.* {2}no-blame-language$/)
    expect(lines[3]).toMatch(/^ {2}4:1 {2}warning {2}“That is on you” can read as blame.* {2}no-blame-language$/)
    // Columns line up: the rule ids start at the same column.
    expect(lines[2]!.indexOf('no-blame-language')).toBe(lines[3]!.indexOf('no-blame-language'))
    expect(lines.slice(4)).toEqual(['', '✖ 2 problems (0 errors, 2 warnings, 0 infos)', ''])
    expect(r.stdout).not.toContain('\u001b[')
  })

  it('stylish colours only when asked (or on a terminal), and --no-color wins', async () => {
    const cwd = project({ 'reply.txt': blame })
    const colored = await runCli(['reply.txt', ...BLAME_ONLY, '--color'], { cwd })
    expect(colored.stdout).toContain('\u001b[33mwarning\u001b[39m')
    const plain = await runCli(['reply.txt', ...BLAME_ONLY, '--no-color'], { cwd, env: { FORCE_COLOR: '1' } })
    expect(plain.stdout).not.toContain('\u001b[')
  })

  it('json is exactly the contract: filePath, messages, errorCount, warningCount, infoCount', async () => {
    const cwd = project({ 'reply.txt': blame })
    const [result, ...rest] = parseJson((await runCli(['reply.txt', ...BLAME_ONLY, '--format', 'json'], { cwd })).stdout)
    expect(rest).toEqual([])
    expect(Object.keys(result!).sort()).toEqual(['errorCount', 'filePath', 'infoCount', 'messages', 'warningCount'])
    expect(result!.filePath).toBe(join(cwd, 'reply.txt'))
    const m = result!.messages[0]
    expect(m).toMatchObject({
      ruleId: 'no-blame-language',
      category: 'politeness',
      severity: 'warning',
      actual: 'You failed to',
      url: 'https://tactful.dev/rules/no-blame-language',
      position: { start: { line: 3, column: 1, offset: 13 }, end: { line: 3, column: 14, offset: 26 } },
    })
    expect(blame.slice(m.position.start.offset, m.position.end.offset)).toBe(m.actual)
    expect(m.expected.length).toBeGreaterThan(0)
  })

  it('compact prints one greppable line per problem', async () => {
    const cwd = project({ 'reply.txt': blame })
    const r = await runCli(['reply.txt', ...BLAME_ONLY, '--format', 'compact'], { cwd })
    const lines = r.stdout.split('\n')
    expect(lines[0]).toMatch(/^reply\.txt: line 3, col 1, Warning - “You failed to” can read as blame.* \(no-blame-language\)$/)
    expect(lines[1]).toMatch(/^reply\.txt: line 4, col 1, Warning - /)
    expect(lines.slice(2)).toEqual(['', '2 problems', ''])
  })

  it('compact keeps a problem on one line when the file name holds a line break', async () => {
    const cwd = project({ 'two\nlines.txt': blame })
    const r = await runCli(['.', ...BLAME_ONLY, '--format', 'compact'], { cwd })
    expect(r.stdout.split('\n').slice(0, 2).map((line) => line.slice(0, 30))).toEqual(['two\\nlines.txt: line 3, col 1,', 'two\\nlines.txt: line 4, col 1,'])
  })

  it('github prints workflow commands with escaped properties and data', async () => {
    const cwd = project({ 'a, b: c%.txt': blame })
    const r = await runCli(['a, b: c%.txt', ...BLAME_ONLY, '--rule', 'no-blame-language:error', '--format', 'github'], { cwd })
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^::error file=a%2C b%3A c%25\.txt,line=3,col=1,endLine=3,endColumn=14,title=no-blame-language::“You failed to” can read as blame/)
    expect(r.code).toBe(1)
  })

  it('sarif is valid SARIF 2.1.0 with rule metadata, help URIs, levels and relative locations', async () => {
    const cwd = project({ 'mail/reply one.txt': blame, 'notes.txt': 'Hello,\n\nYour parcel ships today.\n' })
    const r = await runCli(['.', ...NO_RULES, '--rule', 'no-blame-language:error', '--format', 'sarif'], { cwd })
    const log = JSON.parse(r.stdout)
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
    addFormats(ajv)
    const validate = ajv.compile(sarifSchema)
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true)
    // The schema has teeth: a result without a message is rejected.
    const broken = structuredClone(log)
    delete broken.runs[0].results[0].message
    expect(validate(broken)).toBe(false)
    const run = log.runs[0]
    expect(run.tool.driver.name).toBe('tactful')
    const rule = run.tool.driver.rules[0]
    expect(rule).toMatchObject({
      id: 'no-blame-language',
      helpUri: 'https://tactful.dev/rules/no-blame-language',
      shortDescription: { text: 'Flag phrasing that puts the blame on the customer' },
      defaultConfiguration: { level: 'warning' },
    })
    expect(rule.fullDescription.text).toContain('Category: politeness')
    expect(run.results).toHaveLength(2)
    expect(run.results[0]).toMatchObject({
      ruleId: 'no-blame-language',
      ruleIndex: 0,
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'mail/reply%20one.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 14 } } }],
    })
  })

  it('sarif maps info to note and describes engine messages too', async () => {
    const cwd = project({ 'a.txt': blame, 'bad.txt': Buffer.from([0x48, 0xff, 0xfe, 0x41]) })
    const r = await runCli(['.', ...NO_RULES, '--rule', 'no-blame-language:info', '--format', 'sarif'], { cwd })
    const log = JSON.parse(r.stdout)
    const ajv = new Ajv({ strict: false, unicodeRegExp: false })
    addFormats(ajv)
    expect(ajv.validate(sarifSchema, log), ajv.errorsText(ajv.errors)).toBe(true)
    const levels = log.runs[0].results.map((x: { ruleId: string; level: string }) => [x.ruleId, x.level])
    expect(levels).toEqual([['no-blame-language', 'note'], ['no-blame-language', 'note'], ['tactful/parse-error', 'error']])
    expect(log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(['no-blame-language', 'tactful/parse-error'])
  })

  it('--format <path> loads a custom formatter module; a bad one exits 2 naming the flag', async () => {
    const cwd = project({ 'a.txt': blame, 'count.mjs': 'export default (results, options) => results.map((r) => `${r.messages.length} in ${r.filePath.slice(options.cwd.length + 1)}`).join("\\n")\n' })
    const r = await runCli(['a.txt', ...BLAME_ONLY, '--format', './count.mjs'], { cwd })
    expect(r.stdout).toBe('2 in a.txt\n')
    writeFileSync(join(cwd, 'bad.mjs'), 'export const x = 1\n')
    const bad = await runCli(['a.txt', ...BLAME_ONLY, '--format', './bad.mjs'], { cwd })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--format: ./bad.mjs must default-export a function')
  })

  it('--output-file writes the report to a file and nothing to stdout', async () => {
    const cwd = project({ 'a.txt': blame })
    const r = await runCli(['a.txt', ...BLAME_ONLY, '--format', 'json', '--output-file', 'reports/lint.json'], { cwd })
    expect(r.stdout).toBe('')
    expect(parseJson(readFileSync(join(cwd, 'reports', 'lint.json'), 'utf8'))[0]!.warningCount).toBe(2)
  })
})
