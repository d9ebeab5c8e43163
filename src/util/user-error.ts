/**
 * An error the user can fix (a bad flag, input, config or environment): front ends print its message as
 * one line and exit with its code, never a stack. Anything else that escapes is a bug.
 */
export class UserError extends Error {
  readonly exitCode: number;

  constructor(message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.exitCode = options.exitCode ?? 2;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
