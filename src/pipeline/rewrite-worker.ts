/**
 * A rewrite worker thread (dist/rewrite-worker.js): prepares the root's rewrite setup once, then
 * rewrites the batches of files the pool sends, answering each batch with its rewrites in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RewriteBatch, WorkerMessage } from './rewrite-pool.js';
import { prepareRewrite, type RewriteSetup, safeRewrite } from './rewrite-setup.js';

const port = parentPort;
if (!port) throw new Error('rewrite-worker runs as a worker thread only');
const post = (message: WorkerMessage): void => port.postMessage(message);

try {
  const prepared = await prepareRewrite(workerData as RewriteSetup);
  port.on('message', (batch: RewriteBatch) => {
    const rewrites = batch.files.map((file) =>
      safeRewrite(file.relPath, file.text, prepared.baseOptionsFor(file.relPath)),
    );
    post({ type: 'done', batch: batch.id, rewrites });
  });
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
