#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  startReaderEarly
} from "./chunks/chunk-RY55HY76.js";
import "./chunks/chunk-PDLSCPSN.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/cli/index.ts
if (wantsReaderEarly(process.argv.slice(2), process.env)) startReaderEarly();
var [{ processIo }, { main }] = await Promise.all([import("./chunks/io-RRM33OJR.js"), import("./chunks/main-LFPLC2OL.js")]);
process.exitCode = await main(process.argv.slice(2), processIo());
function wantsReaderEarly(args, env) {
  if (args[0] !== "scan" && args[0] !== "convert") return false;
  if (args.some((arg) => arg === "--help" || arg === "-h")) return false;
  return env.TRAINJOB_MIGRATE_THREADS === void 0 || Number(env.TRAINJOB_MIGRATE_THREADS) >= 2;
}
