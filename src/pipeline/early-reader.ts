/**
 * The reader thread, started before the rest of the tool has loaded. A thread takes ~60–80 ms to
 * start (a new isolate, its own modules); started at the first line of the CLI, that time passes
 * while the main thread loads the tool and reads its options, instead of after, when the main
 * thread would wait for the first file. The thread waits for its setup (`threaded-scan.ts`). Kept
 * small on purpose: the CLI loads it before anything else.
 */
import { Worker } from 'node:worker_threads';
import { bundleFile, isBundled } from '../util/bundle.js';

let waiting: Worker | undefined;

/** Starts the reader thread for the run to come; one that is never taken does not keep the process alive. */
export function startReaderEarly(): void {
  if (!isBundled() || waiting) return;
  try {
    const worker = new Worker(bundleFile('scan-worker.js'));
    worker.unref();
    const lost = (): void => {
      if (waiting === worker) waiting = undefined;
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    waiting = worker;
  } catch {
    // no thread: the pass starts its own, or runs on the main thread
  }
}

/** The reader thread started early, if there is one: the caller posts it its setup. */
export function takeEarlyReader(): Worker | undefined {
  const worker = waiting;
  waiting = undefined;
  worker?.ref();
  return worker;
}
