import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  bundleFile,
  isBundled
} from "./chunk-PDLSCPSN.js";
import {
  UserError
} from "./chunk-GFBUO7Q4.js";

// src/pipeline/early-reader.ts
import { Worker } from "node:worker_threads";
var waiting;
function startReaderEarly() {
  if (!isBundled() || waiting) return;
  try {
    const worker = new Worker(bundleFile("scan-worker.js"));
    worker.unref();
    const lost = () => {
      if (waiting === worker) waiting = void 0;
    };
    worker.on("error", lost);
    worker.on("exit", lost);
    waiting = worker;
  } catch {
  }
}
function takeEarlyReader() {
  const worker = waiting;
  waiting = void 0;
  worker?.ref();
  return worker;
}

// src/pipeline/thread-budget.ts
import { availableParallelism } from "node:os";
function threadBudget(env = process.env) {
  const asked = env.TRAINJOB_MIGRATE_THREADS;
  if (asked === void 0 || asked === "") return Math.max(2, Math.min(availableParallelism(), 4));
  const threads = Number(asked);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new UserError(
      `TRAINJOB_MIGRATE_THREADS is '${asked}': give a whole number of threads, 1 or more (1 rewrites on the main thread only).`,
      { exitCode: 2 }
    );
  }
  return threads;
}
function threadPlan(threads) {
  return { readerThread: threads >= 2, rewriteWorkers: Math.max(0, threads - 2) };
}

export {
  startReaderEarly,
  takeEarlyReader,
  threadBudget,
  threadPlan
};
