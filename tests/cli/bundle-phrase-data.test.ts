import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isPhraseRule, packPhraseRule } from '@tactful/engine'
import { rules } from '@tactful/rules'

const bundle = fileURLToPath(new URL('../../packages/cli/bundle/', import.meta.url))

/**
 * The CLI bundle reads the generated phrase rules' data from one JSON file rather than from
 * string literals in its code (packages/cli/scripts/phrase-data-plugin.mjs). It must be the
 * data the rules package generates, every rule of it, and the code must hold none of it.
 */
describe('the CLI bundle\'s phrase rule data (built bin)', () => {
  const data = JSON.parse(readFileSync(`${bundle}phrase-rules.json`, 'utf8')) as Record<string, unknown>
  const generated = [...rules.values()].filter(isPhraseRule)

  it('holds every generated phrase rule, as the rules package packs it', () => {
    expect(Object.keys(data).sort()).toEqual(generated.map((rule) => rule.meta.id).sort())
    for (const rule of generated) expect(data[rule.meta.id], rule.meta.id).toEqual(JSON.parse(JSON.stringify(packPhraseRule(rule))))
  })

  it('leaves no rule data in the bundled code', () => {
    const code = readdirSync(bundle).filter((file) => file.endsWith('.js'))
    expect(code.length).toBeGreaterThan(1)
    // A packed rule as JSON text, plain or inside a double-quoted string literal.
    const withData = code.filter((file) => /\\?"kind\\?":\\?"phrase\\?",\\?"meta\\?"/.test(readFileSync(`${bundle}${file}`, 'utf8')))
    expect(withData).toEqual([])
  })
})
