import { UserError } from '../util/user-error.js';

/** A configuration file that cannot be used. The CLI exits with code 2 on it. */
export class ConfigError extends UserError {
  constructor(
    message: string,
    readonly file: string,
    readonly problems: readonly string[] = [message],
  ) {
    super(message, { exitCode: 2 });
  }
}
