import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  bundleFile,
  isBundled
} from "./chunk-PDLSCPSN.js";

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

export {
  startReaderEarly,
  takeEarlyReader
};
