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
    stdout: streamWriter(process.stdout),
    stderr: streamWriter(process.stderr),
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * A reader that goes away (`| head`, a closed pager) is not an error of the run: what is still to be
 * printed goes nowhere, and the run finishes as it would have (a writing run never stops half-way
 * because nobody reads its report), with its usual exit code.
 */
function streamWriter(stream: NodeJS.WriteStream): CliWriter {
  let readerGone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  return {
    write: (text) => {
      if (!readerGone) stream.write(text);
    },
    isTTY: stream.isTTY === true,
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
