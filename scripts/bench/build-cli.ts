import { spawnSync } from 'node:child_process'

/**
 * Builds the CLI bundle from the working tree before a measurement: a page that names the commit it
 * measured, or a profile read against the source, would otherwise describe a bundle left from an
 * earlier build.
 */
export function buildCli(repo: string): void {
  process.stderr.write('building the CLI bundle (pnpm build) so the measured code is this commit\'s\n')
  // Under `pnpm bench`, npm_execpath is the pnpm that runs us (a script or, from pnpm 11, a binary);
  // a bare `pnpm` may not be on PATH.
  const pnpm = process.env.npm_execpath ?? 'pnpm'
  const [command, args] = /\.[cm]?js$/.test(pnpm) ? [process.execPath, [pnpm, 'build']] : [pnpm, ['build']]
  const build = spawnSync(command, args, { cwd: repo, stdio: 'inherit' })
  if (build.status !== 0) throw new Error('pnpm build failed')
}
