/**
 * Rewrites a root's files on worker threads while this thread reads the tree, then alongside them:
 * rewriting is pure CPU work on one file's text, and on a machine with several cores it need not
 * wait for the pass to end or run on one core. The results are the ones this thread would compute
 * (the same code, options and validator); a worker that fails leaves its files to this thread.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { FileRewrite } from '../edit/types.js';
import { bundleFile, isBundled } from '../util/bundle.js';
import type { RewriteSetup } from './rewrite-setup.js';

export interface RewriteBatch {
  id: number;
  files: QueuedFile[];
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; batch: number; rewrites: FileRewrite[] }
  | { type: 'failed'; message: string };

interface QueuedFile {
  relPath: string;
  text: string;
}

export interface RewritePool {
  /** Queues one file; workers start once enough files are queued to repay their start-up. */
  add(relPath: string, text: string): void;
  /**
   * From now on this thread rewrites files as they are added, and the ones waiting, when the pool has
   * no workers: it is free while a reader thread reads the tree. Otherwise it joins at `finish`.
   */
  rewriteAlongside(rewriteHere: (relPath: string, text: string) => FileRewrite): void;
  /**
   * Every queued file rewritten, by path: from now on this thread rewrites queued files too, with
   * `rewriteHere`. The workers are stopped before it returns.
   */
  finish(rewriteHere: (relPath: string, text: string) => FileRewrite): Promise<SharedRewrites>;
  /** Stops the workers; their results are not wanted. */
  close(): Promise<void>;
}

export interface SharedRewrites {
  rewrites: Map<string, FileRewrite>;
  /** How the files were shared (for `--debug`). */
  onThisThread: number;
  onWorkers: number;
  workers: number;
}

/** Files per message: few, so this thread can share the tail; enough to repay a hand-off. */
const BATCH_FILES = 4;
/** Batches a worker holds at once, so it never waits on this thread between two of them. */
const BATCHES_AHEAD = 2;
/** Below this many files a worker's start-up (loading the bundle, ~0.15 s) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 24;
/** The longest stretch this thread rewrites before letting the workers' messages in. */
const TURN_MS = 10;

/** Workers alive in this process, over all pools: inputs processed at once share the thread budget. */
let liveWorkers = 0;

interface WorkerState {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  inFlight: Map<number, QueuedFile[]>;
}

export interface RewritePoolOptions {
  /** Worker threads to start (once enough files wait); the process never runs more at once. */
  workers: number;
}

type RewriteHere = (relPath: string, text: string) => FileRewrite;

export function createRewritePool(setup: RewriteSetup, options: RewritePoolOptions): RewritePool {
  // From source (tests) there is no worker bundle to start: everything is rewritten here.
  const wanted = isBundled() ? options.workers : 0;
  let onThisThread = 0;
  let alongside: RewriteHere | undefined;
  const queue: (QueuedFile | undefined)[] = [];
  const retry: QueuedFile[] = [];
  const results = new Map<string, FileRewrite>();
  const workers: WorkerState[] = [];
  let next = 0;
  let batchIds = 0;
  let started = false;
  let closed = false;
  let wake: (() => void) | undefined;
  const wakeFinish = (): void => {
    wake?.();
    wake = undefined;
  };

  const take = (): QueuedFile | undefined => {
    const fromRetry = retry.pop();
    if (fromRetry) return fromRetry;
    while (next < queue.length) {
      const file = queue[next];
      queue[next++] = undefined; // its text is held by whoever rewrites it, not by the queue
      if (file) return file;
    }
    return undefined;
  };

  const pump = (): void => {
    for (const state of workers) {
      while (state.ready && !state.dead && state.inFlight.size < BATCHES_AHEAD) {
        const files: QueuedFile[] = [];
        for (let file = take(); file; file = files.length < BATCH_FILES ? take() : undefined)
          files.push(file);
        if (files.length === 0) return;
        const batch: RewriteBatch = { id: batchIds++, files };
        state.inFlight.set(batch.id, files);
        state.worker.postMessage(batch);
      }
    }
  };

  const fail = (state: WorkerState): void => {
    if (state.dead) return;
    state.dead = true;
    for (const files of state.inFlight.values()) retry.push(...files);
    state.inFlight.clear();
    wakeFinish();
  };

  const spawn = (): void => {
    let worker: Worker;
    try {
      worker = new Worker(bundleFile('rewrite-worker.js'), { workerData: setup });
    } catch {
      return; // no worker: this thread rewrites everything
    }
    liveWorkers += 1;
    const state: WorkerState = { worker, ready: false, dead: false, inFlight: new Map() };
    workers.push(state);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') state.ready = true;
      else if (message.type === 'failed') fail(state);
      else {
        const files = state.inFlight.get(message.batch) ?? [];
        state.inFlight.delete(message.batch);
        files.forEach((file, index) => {
          const rewrite = message.rewrites[index];
          if (rewrite) results.set(file.relPath, rewrite);
          else retry.push(file);
        });
        wakeFinish();
      }
      if (!closed) pump();
    });
    worker.on('error', () => fail(state));
    worker.on('exit', () => {
      liveWorkers -= 1;
      fail(state);
    });
  };

  const start = (): void => {
    started = true;
    const count = Math.max(0, wanted - liveWorkers);
    for (let i = 0; i < count; i++) spawn();
  };

  /**
   * The waiting files, rewritten here when no worker is wanted. With workers this thread leaves the
   * queue to them until `finish`: taking a file at each `add` would keep the queue from ever growing
   * (this thread consumes the pass's entries at the pace it rewrites), so the workers would get none.
   */
  const rewriteWaiting = (rewriteHere: RewriteHere): void => {
    if (wanted > 0) return;
    for (let file = take(); file; file = take()) {
      results.set(file.relPath, rewriteHere(file.relPath, file.text));
      onThisThread += 1;
    }
  };

  const close = async (): Promise<void> => {
    closed = true;
    await Promise.all(workers.map((state) => state.worker.terminate()));
  };

  return {
    add(relPath, text) {
      queue.push({ relPath, text });
      if (!started && wanted > 0 && queue.length >= MIN_FILES_FOR_WORKERS) start();
      pump();
      if (alongside) rewriteWaiting(alongside);
    },
    rewriteAlongside(rewriteHere) {
      alongside = rewriteHere;
      rewriteWaiting(rewriteHere);
    },
    async finish(rewriteHere) {
      let turnStart = performance.now();
      for (;;) {
        const file = take();
        if (file) {
          results.set(file.relPath, rewriteHere(file.relPath, file.text));
          onThisThread += 1;
          if (performance.now() - turnStart > TURN_MS) {
            await nextTurn();
            turnStart = performance.now();
          }
          continue;
        }
        if (!workers.some((state) => !state.dead && state.inFlight.size > 0)) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      await close();
      return {
        rewrites: results,
        onThisThread,
        onWorkers: results.size - onThisThread,
        workers: workers.length,
      };
    },
    close,
  };
}
