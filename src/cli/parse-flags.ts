/** `util.parseArgs` in strict mode, with its errors turned into usage errors that point to `--help`. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../util/usage-error.js';

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export function parseFlags<const T extends OptionSpec>(
  command: string,
  args: string[],
  options: T,
): {
  values: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>['values'];
  positionals: string[];
} {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(`${message}. Run 'trainjob-migrate ${command} --help' for the options.`);
  }
}
