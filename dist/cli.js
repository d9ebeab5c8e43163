#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  startReaderEarly,
  threadBudget,
  threadPlan
} from "./chunks/chunk-RTFKYOXW.js";
import "./chunks/chunk-PDLSCPSN.js";
import "./chunks/chunk-GFBUO7Q4.js";
import "./chunks/chunk-PY5VAGIZ.js";

// src/cli/index.ts
if (wantsReaderEarly(process.argv.slice(2))) startReaderEarly();
var [{ processIo }, { main }] = await Promise.all([import("./chunks/io-RRM33OJR.js"), import("./chunks/main-OAHYD5JI.js")]);
process.exitCode = await main(process.argv.slice(2), processIo());
function wantsReaderEarly(args) {
  if (args[0] !== "scan" && args[0] !== "convert") return false;
  if (args.some((arg) => arg === "--help" || arg === "-h")) return false;
  try {
    return threadPlan(threadBudget()).readerThread;
  } catch {
    return false;
  }
}
