import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/util/one-line.ts
function oneLine(message) {
  return message.trim().replace(/\s*\r?\n\s*/g, " ");
}

export {
  oneLine
};
