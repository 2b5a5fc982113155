import { relative, resolve } from 'node:path'
import { builtins, presetsEnabling, type AnyRule, type LinterSetup } from '@tactful/core'
import type { LibraryRule } from '@tactful/config-loader'
import { invalidOption } from '../errors/invalid-option.js'
import type { CliIo } from '../io.js'
import { libraryRulesFor } from '../library-rules.js'
import type { ParsedFlags } from '../options.js'
import { writeReport } from '../output.js'
import { writeLibraryDocs } from '../library-docs.js'

export interface RuleListing {
  id: string
  category: string
  description: string
  defaultSeverity: string
  fixable: false | 'fix' | 'suggestion'
  presets: string[]
  url: string
  /** The phrase-library file (relative to the cwd) a team rule comes from; absent for built-ins. */
  source?: string
}

/** Every rule with what a user needs to choose: category, default severity, fixability, presets enabling it. */
export function listRules(setup?: Partial<LinterSetup>, library: readonly LibraryRule[] = [], cwd = process.cwd()): RuleListing[] {
  const rules: ReadonlyMap<string, AnyRule> = setup?.rules ? new Map([...builtins.rules, ...setup.rules]) : builtins.rules
  const sources = new Map(library.map((e) => [e.rule.meta.id, `${relative(cwd, e.file)}:${e.line}`]))
  return [...rules.values(), ...library.map((e) => e.rule)]
    .map((rule) => ({
      id: rule.meta.id,
      category: rule.meta.category,
      description: rule.meta.description,
      defaultSeverity: rule.meta.defaultSeverity,
      fixable: rule.meta.fixable,
      presets: presetsEnabling(rule.meta.id),
      url: rule.meta.docsUrl,
      ...(sources.has(rule.meta.id) ? { source: sources.get(rule.meta.id)! } : {}),
    }))
    .sort((a, b) => a.id.localeCompare(b.id))
}

function table(rules: RuleListing[]): string {
  // The Source column appears only when a phrase library adds rules of the team's own.
  const withSource = rules.some((r) => r.source)
  const header = ['Rule', 'Category', 'Default', 'Fixable', 'Presets', ...(withSource ? ['Source'] : [])]
  const rows = rules.map((r) => [
    r.id,
    r.category,
    r.defaultSeverity,
    r.fixable === 'fix' ? 'fix' : r.fixable === 'suggestion' ? 'suggestion' : 'no',
    r.presets.join(', ') || '-',
    ...(withSource ? [r.source ?? 'built-in'] : []),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')
  return [line(header), ...rows.map(line)].join('\n') + `\n\n${rules.length} rules. Docs: https://tactful.dev/rules/\n`
}

export async function rulesCommand(flags: ParsedFlags, io: CliIo): Promise<0> {
  const format = typeof flags.format === 'string' ? flags.format : 'stylish'
  if (format !== 'stylish' && format !== 'json') throw invalidOption('--format', `"tactful rules" prints stylish (a table) or json, not "${format}"`)
  const { entries } = await libraryRulesFor(flags, io)
  if (typeof flags.docs === 'string') {
    const written = await writeLibraryDocs(entries, resolve(io.cwd, flags.docs), io.cwd)
    io.stdout.write(`Wrote ${written.length} rule page${written.length === 1 ? '' : 's'} to ${flags.docs}\n`)
    return 0
  }
  const rules = listRules(io.setup, entries, io.cwd)
  const text = format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : table(rules)
  await writeReport(text, typeof flags['output-file'] === 'string' ? resolve(io.cwd, flags['output-file']) : undefined, io.stdout, io.cwd)
  return 0
}
