/** A one-line progress counter on stderr for long runs on a terminal. */
import type { ProgressEvent } from '../run.js';
import type { CliWriter } from './io.js';

const REDRAW_EVERY_MS = 100;

export interface ProgressLine {
  onEvent(event: ProgressEvent): void;
  /** Erases the line so the report starts on a clean terminal line. */
  finish(): void;
}

export function createProgressLine(stderr: CliWriter, now: () => number = Date.now): ProgressLine {
  let files = 0;
  let jobs = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  let drawn = false;
  const draw = (): void => {
    stderr.write(`\r\u001b[2KScanning: ${files} files, ${jobs} PyTorchJobs found`);
    drawn = true;
  };
  return {
    onEvent(event) {
      if (event.type !== 'file') return;
      files += 1;
      jobs += event.jobs;
      if (now() - lastDraw >= REDRAW_EVERY_MS) {
        lastDraw = now();
        draw();
      }
    },
    finish() {
      if (drawn) stderr.write('\r\u001b[2K');
    },
  };
}
