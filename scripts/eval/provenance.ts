import { execFileSync } from 'node:child_process'

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return ''
  }
}

/** Date, commit and the exact command, so every recorded figure can be reproduced. */
export function provenance(command: string): string {
  const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown'
  // Uncommitted edits to what is measured make the commit alone an incomplete reference.
  const dirty = git(['status', '--porcelain', '--', 'packages', 'rules', 'presets']) !== ''
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z').replace('T', ' ')
  return `Measured ${date} at commit \`${commit}\`${dirty ? ' (with uncommitted changes to packages/rules/presets)' : ''} with \`${command}\`.`
}
