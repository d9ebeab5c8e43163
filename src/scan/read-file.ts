import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { containsAnyNeedle } from './prefilter.js';
import { decodeUtf8, looksBinary } from './text-decoding.js';
import type { ScanEntry } from './types.js';

export interface ReadLimits {
  maxFileSize: number;
  needles: readonly Buffer[];
}

/** What reading one file gave: an entry to yield (or none), and the bytes it cost. */
export interface FileOutcome {
  entry?: ScanEntry;
  bytesRead: number;
}

// O_NOFOLLOW: a file swapped for a symlink after the listing is refused, not read through.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * Reads one listed file. Yields a candidate only if its bytes contain a needle; files over the
 * size limit are not read at all. Never throws: a failure becomes a `skipped` entry.
 */
export async function readFileEntry(
  relPath: string,
  absPath: string,
  limits: ReadLimits,
): Promise<FileOutcome> {
  const skip = (reason: string, bytesRead = 0): FileOutcome => ({
    entry: { type: 'skipped', relPath, absPath, reason },
    bytesRead,
  });
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(absPath, READ_FLAGS);
    const stat = await handle.stat();
    if (!stat.isFile()) return skip('not a regular file');
    if (stat.size > limits.maxFileSize) {
      return skip(
        `file is ${stat.size} bytes, over the ${limits.maxFileSize}-byte size limit; raise maxFileSize to scan it`,
      );
    }
    const content = await handle.readFile();
    if (looksBinary(content)) return skip('binary file (NUL byte in the first 8 KiB)', content.length);
    if (!containsAnyNeedle(content, limits.needles)) return { bytesRead: content.length };
    const text = decodeUtf8(content);
    if (text === undefined)
      return skip('not valid UTF-8 text; convert the file to UTF-8 to scan it', content.length);
    return {
      entry: { type: 'candidate', relPath, absPath, text, mode: stat.mode & 0o7777 },
      bytesRead: content.length,
    };
  } catch (error) {
    return skip(describeReadError(error));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ELOOP') return 'symlink; not followed';
  if (code === 'ENOENT') return 'file disappeared while scanning';
  if (code === 'EACCES' || code === 'EPERM')
    return 'unreadable: permission denied; check the file permissions';
  return `unreadable: ${error instanceof Error ? error.message : String(error)}`;
}
