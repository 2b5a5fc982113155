/**
 * Writes docs/images/playground.png: the production build of the playground,
 * served locally, with the example reply checked by the recommended and legal
 * presets for a customer in Germany. Run: pnpm --filter @tactful/playground screenshot
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { buildPlayground } from '../../../tests/playground/build-playground.js'
import { CHROMIUM_ARGS, ensureChromium } from '../../../tests/playground/chromium.js'
import { serveStatic } from '../../../tests/playground/static-server.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const target = join(root, 'docs', 'images', 'playground.png')

const outDir = mkdtempSync(join(tmpdir(), 'tactful-playground-shot-'))
await buildPlayground(outDir)
const server = await serveStatic(outDir)
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 })
  await page.goto(server.url)
  await page.waitForSelector('body[data-ready]')
  const lintRuns = async () => Number(await page.getAttribute('body', 'data-lint-runs'))
  for (const preset of ['legal']) {
    const runs = await lintRuns()
    await page.check(`#preset-${preset}`)
    await page.waitForFunction((n) => Number(document.body.dataset.lintRuns) > n, runs)
  }
  const runs = await lintRuns()
  await page.selectOption('#region', 'DE')
  await page.waitForFunction((n) => Number(document.body.dataset.lintRuns) > n, runs)
  // Move to the second finding from the keyboard, so the picture shows the focus ring and its outlined words.
  await page.locator('#findings li.finding').first().evaluate((el: HTMLElement) => el.focus({ preventScroll: true }))
  await page.keyboard.press('ArrowDown')
  await page.evaluate(() => window.scrollTo(0, 0))
  mkdirSync(dirname(target), { recursive: true })
  await page.screenshot({ path: target, fullPage: false })
  console.log(`wrote ${target}`)
} finally {
  await browser.close()
  await server.close()
  rmSync(outDir, { recursive: true, force: true })
}
