/** What the CLI needs from the process, passed in so `main` runs the same in tests and in a shell. */
export interface CliWriter {
  write(text: string): void;
  isTTY: boolean;
}

export interface CliIo {
  stdout: CliWriter;
  stderr: CliWriter;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Set with `--debug`: details for a bug report (how the work was shared between threads). */
  debug?: (message: string) => void;
}

export function processIo(): CliIo {
  return {
    stdout: { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY === true },
    stderr: { write: (text) => process.stderr.write(text), isTTY: process.stderr.isTTY === true },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(
  writer: CliWriter,
  env: CliIo['env'],
  flags: { color?: boolean; 'no-color'?: boolean },
): boolean {
  if (flags['no-color']) return false;
  if (flags.color) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return writer.isTTY;
}

/** Progress lines belong on an interactive terminal only, never in CI logs or pipes. */
export function wantsProgress(io: CliIo): boolean {
  return io.stderr.isTTY && !io.env.CI;
}
