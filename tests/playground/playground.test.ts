import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLinter, type Linter, type LintMessage, type LintOptions } from '@tactful/core'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { assetSizes, buildPlayground } from './build-playground.js'
import { CHROMIUM_ARGS, ensureChromium } from './chromium.js'
import { serveStatic, type StaticServer } from './static-server.js'

/**
 * Issue 8: the playground, built for production, served as static files and
 * driven in headless Chromium. Every expectation about findings is checked
 * against `createLinter` from @tactful/core run here in Node on the same text
 * and settings, plus fixed facts (rule ids, offsets, replaced text) about the
 * rules the scenarios lean on.
 */

let outDir: string
let server: StaticServer
let browser: Browser
let page: Page
const offPage: string[] = []

interface ShownFinding {
  ruleId: string
  severity: string
  start: number
  end: number
  where: string
}

const linters = new Map<string, Linter>()

/** Core's own messages for a text, with the linter compiled once per preset list as the page does. */
function coreMessages(text: string, presets: string[], options: LintOptions): LintMessage[] {
  const key = presets.join(',')
  let linter = linters.get(key)
  if (!linter) linters.set(key, (linter = createLinter({ extends: presets })))
  return linter.lint(text, options).messages
}

/** The findings as core computes them, reduced to what the page shows. */
function expected(text: string, presets: string[], options: LintOptions): ShownFinding[] {
  return coreMessages(text, presets, options).map(shown)
}

function shown(m: LintMessage): ShownFinding {
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    start: m.position.start.offset,
    end: m.position.end.offset,
    where: `Line ${m.position.start.line}, column ${m.position.start.column}`,
  }
}

async function findingsOnPage(): Promise<ShownFinding[]> {
  return page.$$eval('#findings li.finding', (items) =>
    items.map((li) => ({
      ruleId: li.getAttribute('data-rule')!,
      // The badge says the severity in words ("✖ Error"), not by colour alone.
      severity: (li.querySelector('.badge')?.textContent ?? '').replace(/^\W+/, '').toLowerCase(),
      start: Number(li.getAttribute('data-start')),
      end: Number(li.getAttribute('data-end')),
      where: li.querySelector('.finding-where')?.textContent ?? '',
    })),
  )
}

/** Highlighted stretches of the mirror layer, in text offsets, with the finding ids under each. */
async function highlights(): Promise<Array<{ start: number; end: number; text: string; severity: string }>> {
  return page.$eval('#backdrop', (layer) => {
    const out: Array<{ start: number; end: number; text: string; severity: string }> = []
    let offset = 0
    for (const node of layer.childNodes) {
      const length = (node.textContent ?? '').replace(/\u200b$/, '').length
      if (node instanceof HTMLElement && node.tagName === 'MARK') {
        const severity = [...node.classList].find((c) => /^hl-(error|warning|info)$/.test(c))!.slice(3)
        out.push({ start: offset, end: offset + length, text: node.textContent ?? '', severity })
      }
      offset += length
    }
    return out
  })
}

async function lintRuns(): Promise<number> {
  return Number(await page.getAttribute('body', 'data-lint-runs'))
}

/** Runs an action and waits for the lint it causes to finish. */
async function andLinted(action: () => Promise<unknown>): Promise<void> {
  const before = await lintRuns()
  await action()
  await page.waitForFunction((n) => Number(document.body.dataset.lintRuns) > n, before)
}

async function count(list: 'severity-counts' | 'category-counts', key: string): Promise<number> {
  return Number(await page.textContent(`#${list} li[data-key="${key}"] .count-value`))
}

/** Every scenario starts from the page's defaults: recommended, unknown region, e-mail, auto format. */
async function resetSettings(): Promise<void> {
  await setPresets(['recommended'])
  for (const [select, value] of [['#region', ''], ['#channel', 'email'], ['#format', 'auto']] as const) {
    if ((await page.inputValue(select)) !== value) await andLinted(() => page.selectOption(select, value))
  }
}

async function setPresets(presets: string[]): Promise<void> {
  for (const box of await page.$$('#preset-options input[name=preset]')) {
    const want = presets.includes((await box.getAttribute('value'))!)
    if ((await box.isChecked()) !== want) await andLinted(() => box.setChecked(want))
  }
}

beforeAll(async () => {
  const executablePath = ensureChromium()
  outDir = mkdtempSync(join(tmpdir(), 'tactful-playground-'))
  await buildPlayground(outDir)
  server = await serveStatic(outDir)
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) offPage.push(request.url())
  })
  page.on('pageerror', (error) => offPage.push(`page error: ${error.message}`))
  await page.goto(server.url)
  // The first load parses the bundle and compiles the rules; give a busy CI machine time for that.
  await page.waitForSelector('body[data-ready]', { timeout: 120_000 })
  // Then fail fast and clearly: a missing element should not wait out the whole test timeout.
  page.setDefaultTimeout(15_000)
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (outDir) rmSync(outDir, { recursive: true, force: true })
})

const PASTED = 'Your parcel is late because you forgot to add the house number. We will ship it soon.\n\nThanks,\nAna\n'

describe('playground in headless Chromium', () => {
  beforeEach(resetSettings)

  it('builds to static files within the size budget', () => {
    const sizes = assetSizes(outDir)
    console.info(
      `playground production assets: JS ${(sizes.js.raw / 1024).toFixed(1)} KiB (${(sizes.js.gzip / 1024).toFixed(1)} KiB gzip), ` +
        `CSS ${(sizes.css.raw / 1024).toFixed(1)} KiB (${(sizes.css.gzip / 1024).toFixed(1)} KiB gzip)`,
    )
    expect(sizes.js.raw).toBeGreaterThan(50_000)
    expect(sizes.js.gzip).toBeLessThan(1024 * 1024)
    expect(sizes.css.raw).toBeGreaterThan(1_000)
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('src="./assets/')
  })

  it('carries a content security policy that forbids any connection', async () => {
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')
    expect(policy).toContain("connect-src 'none'")
    expect(policy).toContain("default-src 'self'")
    // The browser enforces it: a fetch from the page is refused.
    const fetched = await page.evaluate(() => fetch('/index.html').then(() => 'fetched', (error: Error) => `refused: ${error.name}`))
    expect(fetched).toBe('refused: TypeError')
  })

  it('labels every control', async () => {
    const unlabelled = await page.$$eval('input, select, textarea', (els) =>
      els.filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label')).map((el) => el.outerHTML),
    )
    expect(unlabelled).toEqual([])
    expect(await page.$$eval('#preset-options input', (els) => els.map((el) => (el as HTMLInputElement).value))).toEqual([
      'recommended', 'politeness', 'vagueness', 'cultural', 'legal',
    ])
    const regionOptions = await page.$$eval('#region option', (els) => els.map((el) => (el as HTMLOptionElement).value))
    expect(regionOptions[0]).toBe('')
    expect(regionOptions).toEqual(expect.arrayContaining(['DE', 'US', 'AE', 'JP']))
  })

  it('highlights every finding of pasted text and counts them by severity and category', async () => {
    await setPresets(['recommended'])
    await andLinted(() => page.fill('#text', PASTED))
    const want = expected(PASTED, ['recommended'], { channel: 'email', region: [] })
    expect(want.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['require-greeting', 'no-blame-language', 'no-vague-timeframe']))

    expect(await findingsOnPage()).toEqual(want)
    const marks = await highlights()
    const blame = PASTED.indexOf('you forgot to')
    expect(marks).toContainEqual({ start: blame, end: blame + 'you forgot to'.length, text: 'you forgot to', severity: 'warning' })
    const soon = PASTED.indexOf('soon')
    expect(marks).toContainEqual({ start: soon, end: soon + 4, text: 'soon', severity: 'warning' })
    // Every character of every finding is under a mark, and nothing else is.
    const covered = new Set(want.flatMap((f) => Array.from({ length: f.end - f.start }, (_, i) => f.start + i)))
    const marked = new Set(marks.flatMap((m) => Array.from({ length: m.end - m.start }, (_, i) => m.start + i)))
    expect([...marked].sort((a, b) => a - b)).toEqual([...covered].sort((a, b) => a - b))

    for (const severity of ['error', 'warning', 'info']) {
      expect(await count('severity-counts', severity), severity).toBe(want.filter((f) => f.severity === severity).length)
    }
    const messages = coreMessages(PASTED, ['recommended'], { channel: 'email', region: [] })
    for (const category of ['politeness', 'vagueness', 'cultural', 'legal']) {
      expect(await count('category-counts', category), category).toBe(messages.filter((m) => m.category === category).length)
    }
    expect(await page.textContent('#status')).toContain(`${want.length} findings`)
    const item = page.locator('#findings li[data-rule="no-blame-language"]')
    expect(await item.locator('a').getAttribute('href')).toBe('https://tactful.dev/rules/no-blame-language')
    expect(await item.locator('.finding-note').textContent()).toMatch(/^Why: .+/)
    expect(await item.locator('.badge').textContent()).toContain('Warning')
  })

  it('applies a suggestion from the keyboard: the text changes, the finding is gone, focus stays in the list', async () => {
    const before = await page.inputValue('#text')
    const message = coreMessages(before, ['recommended'], { channel: 'email', region: [] }).find((m) => m.ruleId === 'no-blame-language')!
    const suggestion = message.suggestions![0]!
    const button = page.locator('#findings li[data-rule="no-blame-language"] button.apply').first()
    expect(await button.textContent()).toBe(suggestion.message)
    await button.focus()
    await andLinted(() => page.keyboard.press('Enter'))

    const after = before.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + before.slice(suggestion.fix.range[1])
    expect(await page.inputValue('#text')).toBe(after)
    expect(await page.locator('#findings li[data-rule="no-blame-language"]').count()).toBe(0)
    expect(await findingsOnPage()).toEqual(expected(after, ['recommended'], { channel: 'email', region: [] }))
    expect(await page.evaluate(() => document.activeElement?.matches('li.finding') ?? false)).toBe(true)
    expect(await page.textContent('#status')).toContain(`Applied: ${suggestion.message}`)

    // Space works too, on the vague "soon".
    const vague = coreMessages(after, ['recommended'], { channel: 'email', region: [] }).find((m) => m.ruleId === 'no-vague-timeframe')!
    const { fix } = vague.suggestions![0]!
    const soon = page.locator('#findings li[data-rule="no-vague-timeframe"] button.apply').first()
    await soon.focus()
    await andLinted(() => page.keyboard.press('Space'))
    expect(await page.inputValue('#text')).toBe(after.slice(0, fix.range[0]) + fix.text + after.slice(fix.range[1]))
    expect(after.slice(fix.range[0], fix.range[1])).toBe('soon')
    expect(await page.locator('#findings li[data-rule="no-vague-timeframe"]').count()).toBe(0)
  })

  it('moves between findings with the arrow keys and outlines the focused one in the text', async () => {
    await andLinted(() => page.fill('#text', PASTED))
    const want = expected(PASTED, ['recommended'], { channel: 'email', region: [] })
    await page.locator('#findings li.finding').first().focus()
    await page.keyboard.press('ArrowDown')
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-rule'))
    expect(focused).toBe(want[1]!.ruleId)
    const active = await page.$$eval('#backdrop mark.hl-active', (els) => els.map((el) => el.textContent).join(''))
    expect(active).toBe(PASTED.slice(want[1]!.start, want[1]!.end))
    await page.keyboard.press('End')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-rule'))).toBe(want.at(-1)!.ruleId)
    // Enter selects the finding's words in the text area.
    await page.keyboard.press('Enter')
    const selection = await page.$eval('#text', (el) => [(el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd])
    expect(selection).toEqual([want.at(-1)!.start, want.at(-1)!.end])
  })

  it('keeps highlights on their words after an edit above them', async () => {
    await andLinted(() => page.fill('#text', PASTED))
    await page.focus('#text')
    await page.keyboard.press('Control+Home')
    await andLinted(() => page.keyboard.type('Hello Sam,\n\n'))
    const edited = `Hello Sam,\n\n${PASTED}`
    expect(await page.inputValue('#text')).toBe(edited)
    const marks = await highlights()
    const blame = edited.indexOf('you forgot to')
    expect(marks).toContainEqual({ start: blame, end: blame + 13, text: 'you forgot to', severity: 'warning' })
    expect((await findingsOnPage()).map((f) => f.ruleId)).not.toContain('require-greeting')
  })

  it('grows the text area with long text, so the highlight layer never scrolls apart from it', async () => {
    const long = `${PASTED}${'We checked the parcel with the courier and it is on its way to you.\n'.repeat(40)}Your parcel arrives soon.\n`
    await andLinted(() => page.fill('#text', long))
    const geometry = await page.evaluate(() => {
      const area = document.getElementById('text') as HTMLTextAreaElement
      const layer = document.getElementById('backdrop')!
      const marks = [...layer.querySelectorAll('mark.hl')]
      const a = getComputedStyle(area)
      const b = getComputedStyle(layer)
      return {
        scrolls: area.scrollHeight > area.clientHeight + 1 || area.scrollTop !== 0,
        sameBox: area.getBoundingClientRect().height === layer.getBoundingClientRect().height && area.getBoundingClientRect().width === layer.getBoundingClientRect().width,
        sameText: ['font', 'padding', 'lineHeight', 'whiteSpace', 'overflowWrap', 'borderWidth', 'letterSpacing'].every((k) => a[k as 'font'] === b[k as 'font']),
        lastMarkInside: marks.at(-1)!.getBoundingClientRect().bottom <= area.getBoundingClientRect().bottom,
      }
    })
    expect(geometry).toEqual({ scrolls: false, sameBox: true, sameText: true, lastMarkInside: true })
  })

  it('changes a finding when the channel changes', async () => {
    const text = 'Your parcel left our warehouse today and arrives by 14 March.\n\nBest regards,\nAna\n'
    await andLinted(() => page.fill('#text', text))
    const byChannel: Record<string, ShownFinding[]> = {}
    for (const channel of ['email', 'chat', 'template'] as const) {
      await andLinted(() => page.selectOption('#channel', channel))
      byChannel[channel] = await findingsOnPage()
      expect(byChannel[channel], channel).toEqual(expected(text, ['recommended'], { channel, region: [] }))
    }
    // An e-mail opens with a greeting; a chat reply needs none.
    expect(byChannel.email!.map((f) => f.ruleId)).toContain('require-greeting')
    expect(byChannel.chat!.map((f) => f.ruleId)).not.toContain('require-greeting')
  })

  it('changes a finding when the customer region changes', async () => {
    // no-alcohol-pork-promotion speaks only for Muslim-majority regions (rules/data/regions.yaml).
    const text = 'Hello Sam,\n\nYour order ships today. Enjoy a glass of wine on us with your next order!\n\nBest regards,\nAna\n'
    await setPresets(['cultural'])
    await andLinted(() => page.fill('#text', text))
    const wine = text.indexOf('wine')
    const byRegion: Record<string, ShownFinding[]> = {}
    for (const region of ['', 'AE', 'DE', 'ID']) {
      await andLinted(() => page.selectOption('#region', region))
      byRegion[region || 'unknown'] = await findingsOnPage()
      expect(byRegion[region || 'unknown'], region || 'unknown').toEqual(expected(text, ['cultural'], { channel: 'email', region: region ? [region] : [] }))
    }
    const alcohol = (region: string) => byRegion[region]!.filter((f) => f.ruleId === 'no-alcohol-pork-promotion')
    expect(alcohol('unknown')).toEqual([])
    expect(alcohol('DE')).toEqual([])
    expect(alcohol('AE')).toEqual([{ ruleId: 'no-alcohol-pork-promotion', severity: 'warning', start: wine, end: wine + 4, where: 'Line 3, column ' + String(wine - text.indexOf('Your') + 1) }])
    expect(alcohol('ID')).toEqual(alcohol('AE'))
    const marks = await highlights()
    expect(marks).toContainEqual({ start: wine, end: wine + 4, text: 'wine', severity: 'warning' })
  })

  it('changes the severity of a finding when the customer region changes', async () => {
    // no-refund-waiver: an error where the law gives a withdrawal right (EU), silent where refunds are
    // the shop's choice (US), a hint when the region is unknown.
    const text = 'Hello Sam,\n\nThe jacket was on sale and all sales are final, so we cannot take it back.\n\nBest regards,\nAna\n'
    await setPresets(['legal'])
    await andLinted(() => page.fill('#text', text))
    const phrase = text.indexOf('all sales are final')
    const refund: Record<string, ShownFinding[]> = {}
    for (const region of ['', 'DE', 'US']) {
      await andLinted(() => page.selectOption('#region', region))
      const shownNow = await findingsOnPage()
      expect(shownNow, region || 'unknown').toEqual(expected(text, ['legal'], { channel: 'email', region: region ? [region] : [] }))
      refund[region || 'unknown'] = shownNow.filter((f) => f.ruleId === 'no-refund-waiver')
      if (region === 'DE') {
        expect(await page.textContent('#findings li[data-rule="no-refund-waiver"] .badge')).toContain('Error')
        expect(await highlights()).toContainEqual({ start: phrase, end: phrase + 19, text: 'all sales are final', severity: 'error' })
      }
    }
    const at = { ruleId: 'no-refund-waiver', start: phrase, end: phrase + 'all sales are final'.length }
    const onPhrase = (region: string) => refund[region]!.filter((f) => f.start === phrase)
    expect(onPhrase('unknown')).toEqual([expect.objectContaining({ ...at, severity: 'info' })])
    expect(onPhrase('DE')).toEqual([expect.objectContaining({ ...at, severity: 'error' })])
    expect(refund.US).toEqual([])
  })

  it('opens a Handlebars template by file and leaves its placeholders alone', async () => {
    const template = [
      'Hi {{customer.first_name}},',
      '',
      'Your refund for order {{order.id}} is late because you forgot to send {{soon}} the label.',
      '{{#if tracking_url}}Track it here: {{tracking_url}}{{/if}}',
      '',
      'Best regards,',
      '{{agent.name}}',
      '',
    ].join('\n')
    await andLinted(() => page.setInputFiles('#file', { name: 'refund-late.hbs', mimeType: 'text/x-handlebars-template', buffer: Buffer.from(template) }))
    expect(await page.inputValue('#format')).toBe('handlebars')
    expect(await page.textContent('#file-status')).toBe('Opened refund-late.hbs, read as handlebars.')
    expect(await page.inputValue('#text')).toBe(template)

    const want = expected(template, ['recommended'], { channel: 'email', region: [], filePath: 'refund-late.hbs', format: 'handlebars' })
    expect(want.map((f) => f.ruleId)).toContain('no-blame-language')
    expect(await findingsOnPage()).toEqual(want)

    const tags = [...template.matchAll(/\{\{[^}]*\}\}/g)].map((m) => [m.index, m.index + m[0].length] as const)
    const offsetsOf = (ranges: ReadonlyArray<readonly [number, number]>) => [...new Set(ranges.flatMap(([start, end]) => Array.from({ length: end - start }, (_, i) => start + i)))].sort((a, b) => a - b)
    // Prose rules never reach into a tag: a highlight either misses every tag or is exactly one
    // whole tag (a template rule about the tag itself, such as a placeholder with no fallback).
    const marks = await highlights()
    expect(marks.length).toBeGreaterThan(0)
    for (const mark of marks) {
      const touched = tags.filter(([start, end]) => mark.start < end && mark.end > start)
      const wholeTag = touched.length === 1 && touched[0]![0] === mark.start && touched[0]![1] === mark.end
      expect(touched.length === 0 || wholeTag, `highlight "${mark.text}" reaches into a tag`).toBe(true)
    }
    // A tag named like a vague word is not prose; the same word written out is flagged.
    expect(want.map((f) => f.ruleId)).not.toContain('no-vague-timeframe')
    expect(expected(template.replace('{{soon}}', 'soon'), ['recommended'], { channel: 'email', region: [], format: 'handlebars' }).map((f) => f.ruleId)).toContain('no-vague-timeframe')

    // The page shades every tag it leaves alone, and nothing else.
    const shaded = await page.$eval('#backdrop', (layer) => {
      const offsets: number[] = []
      let offset = 0
      for (const node of layer.childNodes) {
        const length = (node.textContent ?? '').replace(/\u200b$/, '').length
        if (node instanceof HTMLElement && node.classList.contains('placeholder')) offsets.push(...Array.from({ length }, (_, i) => offset + i))
        offset += length
      }
      return offsets
    })
    const marked = new Set(offsetsOf(marks.map((m) => [m.start, m.end] as const)))
    expect(shaded).toEqual(offsetsOf(tags).filter((o) => !marked.has(o)))
  })

  it('stacks the layout at mobile width without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    const layout = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect()
      return {
        editorBottom: box('.editor-panel').bottom,
        resultsTop: box('.results-panel').top,
        settingsBottom: box('.settings').bottom,
        editorTop: box('.editor-panel').top,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }
    })
    expect(layout.resultsTop).toBeGreaterThanOrEqual(layout.editorBottom)
    expect(layout.editorTop).toBeGreaterThanOrEqual(layout.settingsBottom)
    expect(layout.overflow).toBeLessThanOrEqual(0)
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('fetches nothing but its own static files', () => {
    expect(offPage).toEqual([])
    expect(server.requests.every((r) => r === 'GET /' || /^GET \/assets\/index-[\w-]+\.(js|css)$/.test(r))).toBe(true)
  })
})
