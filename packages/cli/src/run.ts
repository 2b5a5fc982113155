import { ConfigError } from '@tactful/core'
import { initCommand } from './commands/init.js'
import { lintCommand } from './commands/lint.js'
import { rulesCommand } from './commands/rules.js'
import { configProblem } from './errors/config-problem.js'
import { internalError } from './errors/internal-error.js'
import { UserError } from './errors/user-error.js'
import type { CliIo } from './io.js'
import { toLintOptions } from './lint-options.js'
import { helpText, parseArgv } from './options.js'
import { VERSION } from './version.js'

export type { CliIo } from './io.js'

/**
 * Runs the CLI and resolves to its exit code; never calls process.exit.
 * 0: clean (warnings within --max-warnings); 1: lint errors or too many
 * warnings; 2: usage, config or internal error.
 */
export async function run(argv: string[], io: CliIo): Promise<0 | 1 | 2> {
  try {
    const { command, flags, positionals } = parseArgv(argv)
    if (flags.help) {
      io.stdout.write(helpText(command))
      return 0
    }
    if (flags.version) {
      io.stdout.write(`${VERSION}\n`)
      return 0
    }
    if (command === 'init') return await initCommand(flags, io)
    if (command === 'rules') return await rulesCommand(flags, io)
    const options = toLintOptions(flags, positionals, io.cwd, io.env)
    return await lintCommand(options, io, typeof flags['cache-location'] === 'string' ? flags['cache-location'] : undefined)
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`tactful: ${error.message}\n`)
      return 2
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`tactful: ${configProblem(error, io.cwd).message}\n`)
      return 2
    }
    io.stderr.write(`${internalError(error, io.env.TACTFUL_DEBUG === '1')}\n`)
    return 2
  }
}
