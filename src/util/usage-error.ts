import { UserError } from './user-error.js';

/** A bad command line: unknown flag, bad value, missing path. The CLI prints it and exits with code 2. */
export class UsageError extends UserError {
  constructor(message: string) {
    super(message, { exitCode: 2 });
  }
}
