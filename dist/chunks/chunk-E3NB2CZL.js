import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/scan/default-globs.ts
var DEFAULT_INCLUDE = [
  "**/*.{yaml,yml,json,yaml.tmpl,yml.tmpl,yaml.template,yml.template,yaml.j2,yml.j2}"
];
var ALWAYS_EXCLUDE = ["**/.git", "**/node_modules"];

// src/scan/prefilter.ts
import { readSync } from "node:fs";
function compileNeedles(needles) {
  return needles.filter((needle) => needle.length > 0).map((needle) => Buffer.from(needle, "utf8"));
}
function containsAnyNeedle(content, needles) {
  return needles.some((needle) => content.indexOf(needle) !== -1);
}
var CHUNK_BYTES = 1024 * 1024;
function fileContainsNeedle(fd, needles) {
  if (needles.length === 0) return false;
  const overlap = Math.max(...needles.map((needle) => needle.length)) - 1;
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES + overlap);
  let kept = 0;
  let position = 0;
  try {
    for (; ; ) {
      const read = readSync(fd, buffer, kept, CHUNK_BYTES, position);
      if (read === 0) return false;
      position += read;
      const window = buffer.subarray(0, kept + read);
      if (containsAnyNeedle(window, needles)) return true;
      kept = Math.min(overlap, window.length);
      window.copy(buffer, 0, window.length - kept);
    }
  } catch {
    return true;
  }
}

export {
  DEFAULT_INCLUDE,
  ALWAYS_EXCLUDE,
  compileNeedles,
  containsAnyNeedle,
  fileContainsNeedle
};
