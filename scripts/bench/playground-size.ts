import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** The playground's production bundle (built by `pnpm build`) as Markdown lines, or a note when it is not built. */
export function playgroundSizeSection(root: string): string[] {
  const assets = join(root, 'packages', 'playground', 'dist', 'assets')
  const header = ['', '## Playground bundle', '']
  if (!existsSync(assets)) return [...header, 'Not built: run `pnpm build` first.']
  const rows = readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(assets, name))
      return `| ${name} | ${(bytes.length / 1024).toFixed(0)} KiB | ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KiB |`
    })
  return [
    ...header,
    'Production build of `packages/playground` (static files; the whole engine, rules, presets and adapters run in the page):',
    '',
    '| asset | raw | gzip (level 9) |',
    '| --- | --- | --- |',
    ...rows,
  ]
}
