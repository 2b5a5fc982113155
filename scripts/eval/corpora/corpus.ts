import type { CorpusLinter } from '../corpus-linter.js'

/** One corpus measurement: its markdown section for docs/quality.md, and the headline figures. */
export interface CorpusReport {
  id: string
  title: string
  markdown: string[]
  headline: string
}

export interface CorpusContext {
  /** Folder holding the corpus folders (default ../shared/corpora). */
  root: string
  linter: CorpusLinter
  log(line: string): void
}

export interface CorpusMeasure {
  id: string
  /** Files (relative to the corpus folder) that must exist; otherwise the corpus is skipped. */
  files: string[]
  measure(dir: string, context: CorpusContext): CorpusReport
}

export function table(header: string[], rows: (string | number)[][]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)]
}
