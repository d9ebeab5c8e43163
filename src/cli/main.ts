/** The command line: dispatch to a command, turn usage and config errors into exit code 2. */
import { TOOL_NAME, TOOL_VERSION } from '../report/tool.js';
import { oneLine } from '../util/one-line.js';
import { UsageError } from '../util/usage-error.js';
import { isUserError } from '../util/user-error.js';
import { MAIN_HELP } from './help.js';
import type { CliIo } from './io.js';

async function dispatch(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      io.stderr.write(MAIN_HELP);
      return 2;
    case '--help':
    case '-h':
    case 'help':
      io.stdout.write(MAIN_HELP);
      return 0;
    case '--version':
    case '-V':
      io.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
      return 0;
    case 'scan':
    case 'convert':
      // Each command's code is loaded when it runs: a scan does not pay for the GitHub client.
      return (await import('./migrate-command.js')).runMigrateCommand(command, rest, io);
    case 'pr':
      return (await import('./pr-command.js')).runPrCommand(rest, io);
    case 'discover':
      return (await import('./discover-command.js')).runDiscoverCommand(rest, io);
    default:
      throw new UsageError(
        command.startsWith('-')
          ? `unknown option '${command}' before the command. Run '${TOOL_NAME} --help'.`
          : `unknown command '${command}': use scan, convert, pr or discover. Run '${TOOL_NAME} --help'.`,
      );
  }
}

/** Runs the CLI and returns the exit code; never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  // --debug (anywhere on the line) shows a bug's stack; it is no command flag, so it is taken out here.
  const debug = argv.includes('--debug');
  try {
    const debugIo: CliIo = debug
      ? { ...io, debug: (message) => io.stderr.write(`${TOOL_NAME}: debug: ${message}\n`) }
      : io;
    return await dispatch(
      argv.filter((arg) => arg !== '--debug'),
      debugIo,
    );
  } catch (error) {
    if (isUserError(error)) {
      io.stderr.write(`${TOOL_NAME}: ${oneLine(error.message)}\n`);
      return error.exitCode;
    }
    if (debug) {
      const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
      io.stderr.write(`${TOOL_NAME}: unexpected failure: ${stack}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr.write(
        `${TOOL_NAME}: unexpected failure: ${oneLine(message)} (a bug: run again with --debug for the stack, and report it)\n`,
      );
    }
    return 1;
  }
}
