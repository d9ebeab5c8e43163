import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  prepareRewrite,
  safeRewrite
} from "./chunks/chunk-UNMC5S7T.js";
import "./chunks/chunk-PDLSCPSN.js";
import "./chunks/chunk-NYAYZUTE.js";
import "./chunks/chunk-KNWRQIQV.js";
import "./chunks/chunk-GFBUO7Q4.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/pipeline/rewrite-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("rewrite-worker runs as a worker thread only");
var post = (message) => port.postMessage(message);
try {
  const prepared = await prepareRewrite(workerData);
  port.on("message", (batch) => {
    const rewrites = batch.files.map(
      (file) => safeRewrite(file.relPath, file.text, prepared.baseOptionsFor(file.relPath))
    );
    post({ type: "done", batch: batch.id, rewrites });
  });
  post({ type: "ready" });
} catch (error) {
  post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
}
