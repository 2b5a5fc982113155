import { configProblem } from './errors/config-problem.js'
import { internalError } from './errors/internal-error.js'
import { isConfigError } from './errors/is-config-error.js'
import { UserError } from './errors/user-error.js'
import type { CliIo } from './io.js'
import { helpText, parseArgv } from './options.js'
import { VERSION } from './version.js'

export type { CliIo } from './io.js'

/**
 * Runs the CLI and resolves to its exit code; never calls process.exit.
 * 0: clean (warnings within --max-warnings); 1: lint errors or too many
 * warnings; 2: unreadable input, usage, config or internal error.
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
    // Commands load lazily: --help and --version stay as fast as Node itself.
    if (command === 'init') return await (await import('./commands/init.js')).initCommand(flags, io)
    if (command === 'rules') return await (await import('./commands/rules.js')).rulesCommand(flags, io)
    if (command === 'test-rules') return await (await import('./commands/test-rules.js')).testRulesCommand(flags, io)
    const { toLintOptions } = await import('./lint-options.js')
    const { lintCommand } = await import('./commands/lint.js')
    const options = await toLintOptions(flags, positionals, io.cwd, io.env)
    return await lintCommand(options, io, typeof flags['cache-location'] === 'string' ? flags['cache-location'] : undefined)
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`tactful: ${error.message}\n`)
      return 2
    }
    if (isConfigError(error)) {
      io.stderr.write(`tactful: ${configProblem(error, io.cwd).message}\n`)
      return 2
    }
    io.stderr.write(`${internalError(error, io.env.TACTFUL_DEBUG === '1')}\n`)
    return 2
  }
}
