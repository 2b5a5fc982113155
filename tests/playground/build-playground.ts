import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

export const playgroundDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'playground')

/** Builds the playground's static files into `outDir` with its own vite config. */
export async function buildPlayground(outDir: string): Promise<void> {
  await build({
    root: playgroundDir,
    configFile: join(playgroundDir, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  })
}

export interface AssetSizes {
  js: { raw: number; gzip: number }
  css: { raw: number; gzip: number }
}

/** What a visitor downloads besides index.html: the JS and CSS assets, raw and gzip. */
export function assetSizes(outDir: string): AssetSizes {
  const sizes: AssetSizes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } }
  const assets = join(outDir, 'assets')
  for (const name of readdirSync(assets)) {
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : undefined
    if (!kind || !statSync(join(assets, name)).isFile()) continue
    const bytes = readFileSync(join(assets, name))
    sizes[kind].raw += bytes.length
    sizes[kind].gzip += gzipSync(bytes, { level: 9 }).length
  }
  return sizes
}
