import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'

/** docs/quality.md is written only by `pnpm eval … --write` and `pnpm eval:corpora --write`. */
export const QUALITY_PAGE = fileURLToPath(new URL('../../docs/quality.md', import.meta.url))

export const QUALITY_HEADER = `# Quality

How often tactful's \`recommended\` rules are right, measured by the repository's own tools.
Every section below is generated; rerun its command to refresh it (never edit this page by hand).

- \`pnpm eval ../shared/eval/dev.jsonl --write\`: the hand-labelled development set (see its README).
  Rules are tuned on it, so its scores are optimistic.
- \`pnpm eval eval/<set>.jsonl --write\`: the project's own labelled sets. Most were written by someone who never
  read the rules; \`eval/README.md\` records each set's first, blind run, the honest figure for unseen text.
- \`pnpm eval:corpora --write\`: public corpora in \`../shared/corpora\`, each read as its README suggests.
  None of them is customer-service text labelled for tactful's categories; read each section's caveat.
- Regression guard (part of \`pnpm test\`): \`tests/corpus/finding-counts.test.ts\` lints a fixed generated corpus
  (80 messages from \`scripts/bench/generate-corpus.ts\`, seed 7) and compares each rule's finding count with
  \`tests/corpus/finding-counts.json\`. After an intended change, run \`pnpm test:corpus:update\` and review the diff.
`

/** Where a set's run goes on docs/quality.md: the dev set has its section, each project set its own. */
export function qualitySection(file: string): { id: string; title: string; note?: string } {
  const name = basename(file)
  if (name === 'dev.jsonl') return { id: 'dev-set', title: 'Development set' }
  return {
    id: `set-${basename(name, '.jsonl')}`,
    title: `Project set \`eval/${name}\``,
    note: 'Written for this project (see `eval/README.md`, which records its first run, before any rule was tuned on it).',
  }
}
