import { createLinter, type LintMessage, type TactfulConfig } from '@tactful/core'

export interface Finding {
  ruleId: string
  category: string
  severity: LintMessage['severity']
  actual: string
  /** Offsets in the linted text, end exclusive. */
  start: number
  end: number
}

export interface CorpusLintOptions {
  region?: string
  channel?: 'email' | 'chat' | 'template'
  /** How to read the text; `handlebars` skips `{{placeholders}}`. Default `text`. */
  format?: 'text' | 'handlebars'
}

/**
 * One linter, compiled once and reused for every corpus row (the corpora are large).
 * Corpus rows are sentences or snippets, not whole messages, so rules that check a
 * message's structure (`require-*`: greeting, sign-off, …) are left out: they would
 * fire on nearly every row and say nothing about the wording.
 */
export class CorpusLinter {
  private readonly linter
  readonly ruleIds: string[]

  constructor(config: TactfulConfig = {}) {
    this.linter = createLinter(config)
    this.ruleIds = [...this.linter.config.rules.entries()]
      .filter(([id, entry]) => entry.severity !== 'off' && isWordingRule(id))
      .map(([id]) => id)
      .sort()
  }

  lint(text: string, options: CorpusLintOptions = {}): Finding[] {
    const { messages } = this.linter.lint(text, { format: options.format ?? 'text', region: options.region, channel: options.channel ?? 'chat' })
    return messages
      .filter((m) => m.category !== undefined && isWordingRule(m.ruleId))
      .map((m) => ({
        ruleId: m.ruleId,
        category: m.category!,
        severity: m.severity,
        actual: m.actual ?? text.slice(m.position.start.offset, m.position.end.offset),
        start: m.position.start.offset,
        end: m.position.end.offset,
      }))
  }

  /** Category of a configured rule, from its metadata. */
  categoryOf(ruleId: string): string | undefined {
    const rule = this.linter.registry.rules.get(ruleId)
    return rule?.meta.category
  }
}

export function isWordingRule(ruleId: string): boolean {
  return !ruleId.startsWith('require-') && !ruleId.startsWith('tactful/')
}

/** Warning or error: what the eval counts as a flag. */
export const flags = (f: Finding): boolean => f.severity === 'warning' || f.severity === 'error'
