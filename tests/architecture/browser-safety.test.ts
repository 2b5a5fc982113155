import { builtinModules } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createContext, Script } from 'node:vm'
import { gzipSync } from 'node:zlib'
import { build, type Metafile } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * Issue 2: the core (and everything it bundles) runs in a browser. A source scan
 * (dependency-graph.test.ts) sees only our own imports; this bundles the real
 * dependency tree for `platform: 'browser'`, so a third-party package that
 * reaches for `fs` or `node:path` fails here too.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const BROWSER_SAFE = ['@tactful/core', '@tactful/engine', '@tactful/rules', '@tactful/presets', '@tactful/adapters']
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))

function isNodeBuiltin(spec: string): boolean {
  return spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0]!)
}

interface Bundle {
  code: string
  metafile: Metafile
}

/**
 * Bundles one package from its TypeScript sources; built-ins stay external so
 * we can list who imports them. `worker` picks the DOM-free builds of
 * dependencies (decode-named-character-reference decodes through a DOM
 * element in its `browser` build), as a bundler does for a Web Worker.
 */
async function bundle(pkg: string, format: 'esm' | 'iife', target: 'page' | 'worker' = 'page'): Promise<Bundle> {
  const result = await build({
    stdin: { contents: `export * from '${pkg}'`, resolveDir: join(root, 'tests'), sourcefile: `${pkg}-entry.ts`, loader: 'ts' },
    bundle: true,
    write: false,
    platform: 'browser',
    conditions: target === 'worker' ? ['source', 'worker'] : ['source'],
    format,
    globalName: format === 'iife' ? 'tactful' : undefined,
    target: 'es2022',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    external: [...NODE_BUILTINS],
  })
  return { code: result.outputFiles[0]!.text, metafile: result.metafile }
}

/** Every (importer → Node built-in) edge that reached the bundle. */
function builtinImports(metafile: Metafile): string[] {
  const found: string[] = []
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const imp of input.imports) {
      if (isNodeBuiltin(imp.path)) found.push(`${relative(root, file) || file} imports ${imp.path}`)
    }
  }
  return found.sort()
}

describe('browser safety', () => {
  for (const pkg of BROWSER_SAFE) {
    it(`${pkg} bundles for the browser with no Node built-in`, async () => {
      const { code, metafile } = await bundle(pkg, 'esm')
      expect(builtinImports(metafile)).toEqual([])
      expect(code.length).toBeGreaterThan(0)
    })
  }

  describe('the core bundle runs without Node', () => {
    let core: Bundle
    beforeAll(async () => {
      core = await bundle('@tactful/core', 'iife', 'worker')
    })

    it('holds the engine, the rules and the region table', () => {
      const inputs = Object.keys(core.metafile.inputs)
      for (const part of ['packages/engine/src/linter/create-linter.ts', 'rules/src/generated/registry.ts', 'rules/src/generated/regions.ts', 'presets/src/recommended.ts']) {
        expect(inputs, part).toContain(part)
      }
      const raw = Buffer.byteLength(core.code)
      const gzip = gzipSync(core.code).length
      console.info(`@tactful/core bundle (worker build): ${(raw / 1024).toFixed(1)} KiB minified, ${(gzip / 1024).toFixed(1)} KiB gzip`)
      expect(raw).toBeGreaterThan(10_000)
    })

    it('lints in a Web Worker-like context: no DOM, no process, require or Buffer', () => {
      // What a worker offers; Node's own globals and the DOM are deliberately absent.
      const context = createContext({ console, URL, TextEncoder, TextDecoder, queueMicrotask, structuredClone, setTimeout, clearTimeout })
      new Script(core.code, { filename: 'tactful-core.browser.js' }).runInContext(context)
      const run = new Script(`
        const linter = tactful.createLinter({ extends: ['recommended'], rules: { 'no-blame-language': 'warning' } })
        const result = linter.lint('Hi Sam,\\n\\nYou failed to enter the code.\\n\\nBest,\\nAna', { channel: 'email', region: ['DE'] })
        JSON.stringify({ typeofProcess: typeof process, typeofRequire: typeof require, typeofDocument: typeof document, messages: result.messages })
      `).runInContext(context) as string
      const { typeofProcess, typeofRequire, typeofDocument, messages } = JSON.parse(run) as {
        typeofProcess: string
        typeofRequire: string
        typeofDocument: string
        messages: Array<{ ruleId: string; actual?: string; position: { start: { offset: number } } }>
      }
      expect(typeofProcess).toBe('undefined')
      expect(typeofRequire).toBe('undefined')
      expect(typeofDocument).toBe('undefined')
      const blame = messages.find((m) => m.ruleId === 'no-blame-language')
      expect(blame?.actual).toBe('You failed to')
      expect(blame?.position.start.offset).toBe(9)
    })
  })
})
