import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_CONVERT_OPTIONS,
  RUNTIME_KINDS,
  STRATEGIES,
  TRAINER_VERSIONS,
  syncFile,
  writeAndSync,
  writeFileAtomic,
  writeTempFile
} from "./chunks/chunk-J2YF2I4I.js";
import {
  DEFAULT_SCAN_OPTIONS
} from "./chunks/chunk-ZNCF7DAT.js";
import {
  classifyText,
  rewriteFile
} from "./chunks/chunk-NYAYZUTE.js";
import {
  TEMP_FILE_SUFFIX,
  createScanStats,
  scanRoot,
  scanRootShared
} from "./chunks/chunk-LCNQD2CP.js";
import {
  ALWAYS_EXCLUDE,
  DEFAULT_INCLUDE
} from "./chunks/chunk-E3NB2CZL.js";
import "./chunks/chunk-KNWRQIQV.js";
import "./chunks/chunk-GFBUO7Q4.js";
import "./chunks/chunk-PY5VAGIZ.js";
export {
  ALWAYS_EXCLUDE,
  DEFAULT_CONVERT_OPTIONS,
  DEFAULT_INCLUDE,
  DEFAULT_SCAN_OPTIONS,
  RUNTIME_KINDS,
  STRATEGIES,
  TEMP_FILE_SUFFIX,
  TRAINER_VERSIONS,
  classifyText,
  createScanStats,
  rewriteFile,
  scanRoot,
  scanRootShared,
  syncFile,
  writeAndSync,
  writeFileAtomic,
  writeTempFile
};
