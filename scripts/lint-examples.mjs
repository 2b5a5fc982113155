// Lints the bundled examples with the built CLI. The examples hold deliberate problems, so
// findings (exit 1) are the expected outcome; only a usage or internal error (exit 2) fails.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../packages/cli/bin/tactful.js', import.meta.url))
const { status } = spawnSync(process.execPath, [bin, 'lint', 'examples', ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(status === 1 ? 0 : (status ?? 2))
