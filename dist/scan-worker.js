import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  scanRootShared
} from "./chunks/chunk-LCNQD2CP.js";
import "./chunks/chunk-E3NB2CZL.js";
import "./chunks/chunk-KNWRQIQV.js";
import {
  isUserError
} from "./chunks/chunk-GFBUO7Q4.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/pipeline/scan-worker.ts
import { once } from "node:events";
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("scan-worker runs as a worker thread only");
var post = (message) => port.postMessage(message);
var setup = workerData ?? (await once(port, "message"))[0];
var { root, options, wants } = setup;
try {
  for await (const entry of scanRootShared(root, options, wants)) post({ type: "entry", entry });
  post({ type: "done" });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  post({ type: "failed", message, ...isUserError(error) && { exitCode: error.exitCode } });
}
