import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Dependencies go one way: the engine knows nothing of rules, presets, adapters or the CLI. */
const ALLOWED: Record<string, string[]> = {
  '@tactful/engine': [],
  '@tactful/rules': ['@tactful/engine'],
  '@tactful/presets': ['@tactful/engine'],
  '@tactful/adapters': ['@tactful/engine'],
  '@tactful/core': ['@tactful/engine', '@tactful/rules', '@tactful/presets', '@tactful/adapters'],
  '@tactful/rule-tester': ['@tactful/engine'],
  '@tactful/formatters': ['@tactful/engine'],
  '@tactful/config-loader': ['@tactful/engine'],
  tactful: ['@tactful/engine', '@tactful/core', '@tactful/config-loader', '@tactful/formatters'],
  '@tactful/playground': ['@tactful/core', '@tactful/engine'],
}
/** Packages that must run in a browser: no Node built-ins in their source. */
const BROWSER_SAFE = new Set(['@tactful/engine', '@tactful/rules', '@tactful/presets', '@tactful/adapters', '@tactful/core'])
const NODE_BUILTINS = new Set(['fs', 'path', 'url', 'os', 'child_process', 'worker_threads', 'crypto', 'stream', 'util', 'process', 'buffer', 'events', 'readline', 'module', 'http', 'https', 'zlib', 'net', 'tty'])

const packageDirs = [...readdirSync(join(root, 'packages')).map((d) => join(root, 'packages', d)), join(root, 'rules'), join(root, 'presets')]
  .filter((dir) => {
    try {
      return statSync(join(dir, 'package.json')).isFile()
    } catch {
      return false
    }
  })

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') out.push(...sourceFiles(path))
    } else if (/\.(ts|tsx|mts)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path)
  }
  return out
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm

describe('dependency graph', () => {
  for (const dir of packageDirs) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; dependencies?: Record<string, string> }
    const allowed = ALLOWED[pkg.name]
    it(`${pkg.name} is a known package with declared edges`, () => {
      expect(allowed, `add ${pkg.name} to ALLOWED with its permitted edges`).toBeDefined()
    })
    if (!allowed) continue

    it(`${pkg.name} depends only on ${allowed.join(', ') || 'no workspace package'}`, () => {
      const workspaceDeps = Object.keys(pkg.dependencies ?? {}).filter((d) => d.startsWith('@tactful/') || d === 'tactful')
      expect(workspaceDeps.filter((d) => !allowed.includes(d))).toEqual([])
    })

    it(`${pkg.name} source imports respect the graph${BROWSER_SAFE.has(pkg.name) ? ' and use no Node built-ins' : ''}`, () => {
      const problems: string[] = []
      for (const file of sourceFiles(join(dir, 'src'))) {
        if (file.includes(`${join('rules', 'src', 'generated')}`) === false && /\/scripts\//.test(file)) continue
        const text = readFileSync(file, 'utf8')
        for (const match of text.matchAll(IMPORT)) {
          const spec = match[1] ?? match[2] ?? match[3]
          if (!spec) continue
          const workspace = spec.startsWith('@tactful/') ? spec.split('/').slice(0, 2).join('/') : spec === 'tactful' ? 'tactful' : undefined
          if (workspace && workspace !== pkg.name && !allowed.includes(workspace)) problems.push(`${file}: imports ${spec}`)
          if (BROWSER_SAFE.has(pkg.name) && (spec.startsWith('node:') || NODE_BUILTINS.has(spec))) problems.push(`${file}: imports Node built-in ${spec}`)
        }
      }
      expect(problems).toEqual([])
    })
  }
})
