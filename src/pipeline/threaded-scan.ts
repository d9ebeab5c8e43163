/**
 * The pass over a root on a reader thread: the walk and the reads (system calls, mostly) go on there
 * while the main thread rewrites the jobs already found. Entries arrive in the order `scanRootShared`
 * yields them; from source (tests) and with `onThread` false the pass runs on this thread.
 */
import { Worker } from 'node:worker_threads';
import type { ScanOptions } from '../model/scan.js';
import { type ScanWant, type SharedScanEntry, scanRootShared } from '../scan/scan.js';
import { bundleFile, isBundled } from '../util/bundle.js';
import { UserError } from '../util/user-error.js';
import { takeEarlyReader } from './early-reader.js';

export interface ReaderSetup {
  root: string;
  options: ScanOptions;
  wants: readonly ScanWant[];
}

export type ReaderMessage =
  | { type: 'entry'; entry: SharedScanEntry }
  | { type: 'done' }
  | { type: 'failed'; message: string; exitCode?: number };

export async function* scanRootThreaded(
  root: string,
  options: ScanOptions,
  wants: readonly ScanWant[],
  onThread: boolean,
): AsyncGenerator<SharedScanEntry> {
  const reader = onThread && isBundled() ? startReader({ root, options, wants }) : undefined;
  if (!reader) {
    yield* scanRootShared(root, options, wants);
    return;
  }
  const messages: (ReaderMessage | undefined)[] = [];
  let next = 0;
  let exited = false;
  let wake: (() => void) | undefined;
  const arrived = (): void => {
    wake?.();
    wake = undefined;
  };
  reader.on('message', (message: ReaderMessage) => {
    messages.push(message);
    arrived();
  });
  reader.on('error', (error: Error) => {
    messages.push({ type: 'failed', message: error.message });
    arrived();
  });
  reader.on('exit', () => {
    exited = true;
    arrived();
  });
  try {
    for (;;) {
      if (next === messages.length) {
        if (exited) throw new Error('the reader thread stopped before the end of the tree');
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      const message = messages[next] as ReaderMessage;
      messages[next++] = undefined; // the entry is the consumer's now, not the queue's
      if (message.type === 'entry') yield message.entry;
      else if (message.type === 'done') return;
      else {
        throw message.exitCode === undefined
          ? new Error(message.message)
          : new UserError(message.message, { exitCode: message.exitCode });
      }
    }
  } finally {
    await reader.terminate();
  }
}

function startReader(setup: ReaderSetup): Worker | undefined {
  const early = takeEarlyReader();
  if (early) {
    early.postMessage(setup);
    return early;
  }
  try {
    return new Worker(bundleFile('scan-worker.js'), { workerData: setup });
  } catch {
    return undefined; // no thread: the pass runs here
  }
}
