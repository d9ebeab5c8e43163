import { readSync } from 'node:fs';

/**
 * The raw-byte prefilter: a file is parsed only if its bytes contain one of the needles.
 * Searching the Buffer avoids decoding the 99% of files that are unrelated.
 */
export function compileNeedles(needles: readonly string[]): Buffer[] {
  return needles.filter((needle) => needle.length > 0).map((needle) => Buffer.from(needle, 'utf8'));
}

export function containsAnyNeedle(content: Buffer, needles: readonly Buffer[]): boolean {
  return needles.some((needle) => content.indexOf(needle) !== -1);
}

const CHUNK_BYTES = 1024 * 1024;

/**
 * Searches an open file for a needle in chunks, for files too large to read whole: memory stays at
 * one chunk. An unreadable file counts as a match (it may hold one).
 */
export function fileContainsNeedle(fd: number, needles: readonly Buffer[]): boolean {
  if (needles.length === 0) return false;
  const overlap = Math.max(...needles.map((needle) => needle.length)) - 1;
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES + overlap);
  let kept = 0;
  let position = 0;
  try {
    for (;;) {
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
