import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/model/scan.ts
var DEFAULT_SCAN_OPTIONS = {
  include: [],
  exclude: [],
  maxFileSize: 10 * 1024 * 1024,
  concurrency: 16,
  needles: ["PyTorchJob"]
};

export {
  DEFAULT_SCAN_OPTIONS
};
