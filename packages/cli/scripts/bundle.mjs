// Bundles the built CLI (dist/bin.js, dist/worker.js) with its dependencies into bundle/, so a
// run loads a few files instead of about a hundred small modules: resolving and reading them
// was a fifth of a cold start. Formats and commands stay separate chunks, loaded when needed.
// dist/ stays as tsup writes it, for `import { run } from 'tactful'`.
import { build } from 'esbuild'
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { phraseDataPlugin } from './phrase-data-plugin.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))

// Chunk names carry content hashes: without a clean start, every build would leave the last one's chunks behind.
rmSync(new URL('../bundle', import.meta.url), { recursive: true, force: true })

await build({
  absWorkingDir: root,
  entryPoints: ['dist/bin.js', 'dist/worker.js'],
  outdir: 'bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // ES module builds first: UMD builds (jsonc-parser) require their own files at run time.
  mainFields: ['module', 'main'],
  target: 'node20',
  // Bundled CommonJS dependencies (picomatch, cosmiconfig, …) still call require (and read
  // require.cache and require.resolve). Made on first use: each of the ~20 chunks a run loads
  // would otherwise build one at load, a few milliseconds of every cold start.
  banner: {
    js: [
      "import { createRequire as __tactfulCreateRequire } from 'node:module';",
      'let __tactfulRequire;',
      'const __tactfulRealRequire = () => (__tactfulRequire ??= __tactfulCreateRequire(import.meta.url));',
      'const require = Object.defineProperties((id) => __tactfulRealRequire()(id), {',
      '  resolve: { get: () => __tactfulRealRequire().resolve },',
      '  cache: { get: () => __tactfulRealRequire().cache },',
      '  main: { get: () => __tactfulRealRequire().main },',
      '});',
    ].join('\n'),
  },
  // Optional at run time: cosmiconfig loads TypeScript only for a tactful.config.ts, from the user's install.
  external: ['readline/promises', 'typescript'],
  plugins: [phraseDataPlugin({ rulesSource: fileURLToPath(new URL('../../../rules/src/index.ts', import.meta.url)) })],
  logLevel: 'warning',
  // Side-effect-free package flags would drop nothing here; silence esbuild's notes about them.
  logOverride: { 'ignored-bare-import': 'silent' },
})
