import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { createRandom, pick } from './prng.js'
import * as P from './phrases.js'

export type GeneratedFormat = 'txt' | 'md' | 'html' | 'hbs'
export interface GeneratedFile {
  /** Relative path, e.g. `msg-0007.md`. */
  path: string
  text: string
}

export interface MessageOptions {
  seed: number
  count: number
  /** Approximate size of each message in bytes. */
  bytes?: number
  /** Share of body sentences that carry a problem. */
  problemRate?: number
}

const FORMATS: readonly GeneratedFormat[] = ['txt', 'md', 'html', 'hbs']

function fill(template: string, random: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'name': return pick(random, P.NAMES)
      case 'agent': return pick(random, P.AGENTS)
      case 'product': return pick(random, P.PRODUCTS)
      case 'courier': return pick(random, P.COURIERS)
      case 'date': return pick(random, P.DATES)
      case 'order': return String(10000 + Math.floor(random() * 89999))
      case 'tracking': return `TR${String(Math.floor(random() * 1e9)).padStart(9, '0')}`
      case 'amount': return (5 + Math.floor(random() * 20000) / 100).toFixed(2)
      case 'code': return `THANKS${Math.floor(random() * 90) + 10}`
      default: return key
    }
  })
}

function sentence(random: () => number, problemRate: number): string {
  return fill(pick(random, random() < problemRate ? P.PROBLEMS : P.CLEAN), random)
}

/** Paragraphs of body text, about `bytes` long. */
function body(random: () => number, bytes: number, problemRate: number): string[][] {
  const paragraphs: string[][] = []
  let size = 0
  while (size < bytes) {
    const paragraph: string[] = []
    const length = 2 + Math.floor(random() * 3)
    for (let i = 0; i < length && size < bytes; i++) {
      const s = sentence(random, problemRate)
      paragraph.push(s)
      size += s.length + 1
    }
    paragraphs.push(paragraph)
  }
  return paragraphs
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function render(format: GeneratedFormat, random: () => number, bytes: number, problemRate: number): string {
  const greeting = fill(pick(random, P.GREETINGS), random)
  const signOff = fill(pick(random, P.SIGN_OFFS), random)
  // Markup and sign-off take roughly a fifth of a message.
  const paragraphs = body(random, Math.round(bytes * 0.8), problemRate)
  switch (format) {
    case 'txt':
      return [greeting, ...paragraphs.map((p) => p.join(' ')), signOff].join('\n\n') + '\n'
    case 'md': {
      const items = [0, 1, 2].map(() => `- ${fill(pick(random, P.LIST_ITEMS), random)}`)
      const [first, ...rest] = paragraphs.map((p) => p.join(' '))
      return [greeting, first, pick(random, P.MARKDOWN_HEADINGS), items.join('\n'), ...rest, signOff.replace(/\n/g, '  \n')].join('\n\n') + '\n'
    }
    case 'html':
      return [
        '<!doctype html>', '<html><body>', `<p>${escapeHtml(greeting)}</p>`,
        ...paragraphs.map((p) => `<p>${escapeHtml(p.join(' '))}</p>`),
        `<p>${escapeHtml(signOff).replace(/\n/g, '<br>')}</p>`, '</body></html>',
      ].join('\n') + '\n'
    case 'hbs':
      return [
        greeting.replace(/(Hello|Hi|Dear|Good morning) \w+/, '$1 {{customer.first_name}}'),
        ...paragraphs.map((p, i) => (i === 0 ? `${p.join(' ')} Your order number is {{order.number}}.` : p.join(' '))),
        '{{#if order.gift}}We wrapped it as a gift, as you asked.{{/if}}',
        signOff.replace(/\n[A-Z]\w+(\n| \|)/, '\n{{agent.name}}$1'),
      ].join('\n\n') + '\n'
  }
}

/** `count` support messages in rotating formats (txt, md, html, hbs), deterministic for a seed. */
export function generateMessages({ seed, count, bytes = 1000, problemRate = 1 / 6 }: MessageOptions): GeneratedFile[] {
  const random = createRandom(seed)
  return Array.from({ length: count }, (_, i) => {
    const format = FORMATS[i % FORMATS.length]!
    return { path: `msg-${String(i + 1).padStart(4, '0')}.${format}`, text: render(format, random, bytes, problemRate) }
  })
}

/** One long plain-text file (a macro export), about `bytes` long: many messages one after another. */
export function generateLongText(seed: number, bytes: number): string {
  const random = createRandom(seed)
  const parts: string[] = []
  let size = 0
  while (size < bytes) {
    const message = render('txt', random, 1000, 1 / 6)
    parts.push(message)
    size += message.length + 1
  }
  return parts.join('\n')
}

export const BENCH_SEED = 20260301

/** The bench layout; every set is a folder so each tool gets the same argument. */
export const BENCH_SETS = {
  files10000: 'files-10000',
  files1000: 'files-1000',
  files100: 'files-100',
  half: 'one-0.5mb',
  five: 'one-5mb',
  short: 'short',
} as const

/** Writes bench-corpus/ unless the manifest says the same seed and layout are already there. */
export function writeBenchCorpus(root: string, seed = BENCH_SEED): { generated: boolean } {
  const manifestPath = join(root, 'manifest.json')
  const manifest = { seed, version: 1, sets: BENCH_SETS }
  if (existsSync(manifestPath) && readFileSync(manifestPath, 'utf8') === JSON.stringify(manifest)) return { generated: false }
  rmSync(root, { recursive: true, force: true })
  // The 1,000 and 100 files are the first of the 10,000 (one generator stream), so only the count differs.
  const files = generateMessages({ seed, count: 10_000 })
  const write = (set: string, name: string, text: string): void => {
    mkdirSync(join(root, set), { recursive: true })
    writeFileSync(join(root, set, name), text)
  }
  for (const file of files) write(BENCH_SETS.files10000, file.path, file.text)
  for (const file of files.slice(0, 1000)) write(BENCH_SETS.files1000, file.path, file.text)
  for (const file of files.slice(0, 100)) write(BENCH_SETS.files100, file.path, file.text)
  const five = generateLongText(seed + 1, 5 * 1024 * 1024)
  write(BENCH_SETS.five, 'macros.txt', five)
  // The 0.5 MB file is the first tenth of the 5 MB one, cut at a message boundary, so only size differs.
  const cut = five.indexOf('\n\n', Math.floor(five.length / 10))
  write(BENCH_SETS.half, 'macros.txt', five.slice(0, cut) + '\n')
  write(BENCH_SETS.short, 'reply.txt', 'Hello Ana,\n\nyour parcel left our warehouse today and arrives within 3 business days.\n\nBest regards,\nSam\n')
  writeFileSync(manifestPath, JSON.stringify(manifest))
  return { generated: true }
}

// `tsx scripts/bench/generate-corpus.ts [dir]` writes the corpus on its own.
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? new URL('../../bench-corpus', import.meta.url).pathname
  const { generated } = writeBenchCorpus(dir)
  process.stdout.write(`${generated ? 'wrote' : 'up to date:'} ${dir}\n`)
}
