import { defaultClientConditions, defineConfig, type Plugin } from 'vite'

/**
 * The built page may not talk to any server: `connect-src 'none'` makes
 * "nothing leaves the page" a browser-enforced promise, not just ours.
 * Build only, because the dev server needs its websocket for hot reload.
 */
function contentSecurityPolicy(): Plugin {
  const policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; form-action 'none'; base-uri 'none'"
  return {
    name: 'tactful-playground-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  }
}

/**
 * The playground bundles tactful's workspace sources directly (export
 * condition `source` first), so `pnpm playground` needs no prior build.
 * `base: './'` keeps the built page working from any folder of any web server.
 */
export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  // One chunk on purpose: the page is the linter. Its size budget lives in tests/playground.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 8192 },
})
