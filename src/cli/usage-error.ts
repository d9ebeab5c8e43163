/** A bad command line: unknown flag, bad value, missing path. The CLI prints it and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}
