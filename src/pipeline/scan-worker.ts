/**
 * The reader thread (dist/scan-worker.js): walks and reads one root as `scanRootShared` does and
 * posts every entry as soon as it is read, so the main thread rewrites jobs while the tree is read.
 */
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { scanRootShared } from '../scan/scan.js';
import { isUserError } from '../util/user-error.js';
import type { ReaderMessage, ReaderSetup } from './threaded-scan.js';

const port = parentPort;
if (!port) throw new Error('scan-worker runs as a worker thread only');
const post = (message: ReaderMessage): void => port.postMessage(message);
// Started early (`early-reader.ts`), the thread gets its setup as its first message.
const setup = (workerData ?? (await once(port, 'message'))[0]) as ReaderSetup;
const { root, options, wants } = setup;

try {
  for await (const entry of scanRootShared(root, options, wants)) post({ type: 'entry', entry });
  post({ type: 'done' });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  post({ type: 'failed', message, ...(isUserError(error) && { exitCode: error.exitCode }) });
}
