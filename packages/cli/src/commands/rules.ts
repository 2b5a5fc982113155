import { builtins, presetsEnabling, type AnyRule, type LinterSetup } from '@tactful/core'
import { invalidOption } from '../errors/invalid-option.js'
import type { CliIo } from '../io.js'
import type { ParsedFlags } from '../options.js'
import { writeReport } from '../output.js'
import { resolve } from 'node:path'

export interface RuleListing {
  id: string
  category: string
  description: string
  defaultSeverity: string
  fixable: false | 'fix' | 'suggestion'
  presets: string[]
  url: string
}

/** Every rule with what a user needs to choose: category, default severity, fixability, presets enabling it. */
export function listRules(setup?: Partial<LinterSetup>): RuleListing[] {
  const rules: ReadonlyMap<string, AnyRule> = setup?.rules ? new Map([...builtins.rules, ...setup.rules]) : builtins.rules
  return [...rules.values()]
    .map((rule) => ({
      id: rule.meta.id,
      category: rule.meta.category,
      description: rule.meta.description,
      defaultSeverity: rule.meta.defaultSeverity,
      fixable: rule.meta.fixable,
      presets: presetsEnabling(rule.meta.id),
      url: rule.meta.docsUrl,
    }))
    .sort((a, b) => a.id.localeCompare(b.id))
}

function table(rules: RuleListing[]): string {
  const header = ['Rule', 'Category', 'Default', 'Fixable', 'Presets']
  const rows = rules.map((r) => [r.id, r.category, r.defaultSeverity, r.fixable === 'fix' ? 'fix' : r.fixable === 'suggestion' ? 'suggestion' : 'no', r.presets.join(', ') || '-'])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')
  return [line(header), ...rows.map(line)].join('\n') + `\n\n${rules.length} rules. Docs: https://tactful.dev/rules/\n`
}

export async function rulesCommand(flags: ParsedFlags, io: CliIo): Promise<0> {
  const format = typeof flags.format === 'string' ? flags.format : 'stylish'
  if (format !== 'stylish' && format !== 'json') throw invalidOption('--format', `"tactful rules" prints stylish (a table) or json, not "${format}"`)
  const rules = listRules(io.setup)
  const text = format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : table(rules)
  await writeReport(text, typeof flags['output-file'] === 'string' ? resolve(io.cwd, flags['output-file']) : undefined, io.stdout)
  return 0
}
