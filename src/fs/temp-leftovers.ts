import { stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isOurTempFile, TEMP_FILE_SUFFIX } from './temp-file.js';

/**
 * Removes the temp files an interrupted run left under `root` (a kill between writing a temp file
 * and renaming it): only names of our own shape, only files older than `runStart`. Call it while
 * holding the write lock, so no other run's temp files are in flight. Returns one note per outcome.
 * A folder's pass lists these files on its way (`TreeEntry` `temp`); this walk is for the callers
 * that make no pass: a one-file input (`depth` 1, beside the file) and `pr` before its checks.
 */
export async function removeTempLeftovers(
  root: string,
  runStart: number,
  depth = Number.POSITIVE_INFINITY,
): Promise<string[]> {
  // Loaded here: only a writing run looks for leftovers.
  const { default: fg } = await import('fast-glob');
  const found = await fg(`**/.*${TEMP_FILE_SUFFIX}`, {
    cwd: root,
    deep: depth,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ['**/.git/**', '**/node_modules/**'],
    suppressErrors: true,
  });
  return removeTempFiles(root, found, runStart);
}

/**
 * Of `relPaths` (files under `root` named like temp files), removes those of our own shape older
 * than `runStart`, and names the others. Returns one note per outcome.
 */
export async function removeTempFiles(
  root: string,
  relPaths: readonly string[],
  runStart: number,
): Promise<string[]> {
  const removed: string[] = [];
  const kept: string[] = [];
  for (const relPath of [...relPaths].sort()) {
    const absPath = join(root, relPath);
    const info = await stat(absPath).catch(() => undefined);
    if (!info) continue;
    if (
      isOurTempFile(relPath) &&
      info.mtimeMs < runStart &&
      (await unlink(absPath).then(
        () => true,
        () => false,
      ))
    ) {
      removed.push(relPath);
    } else {
      kept.push(relPath);
    }
  }
  const notes: string[] = [];
  if (removed.length > 0) {
    notes.push(`removed ${removed.length} temp file(s) left by an interrupted run: ${listed(removed)}.`);
  }
  if (kept.length > 0) {
    notes.push(
      `${kept.length} file(s) named like temp files were left as they are: ${listed(kept)}. If no run is writing, remove them with: find ${shellQuote(root)} -name '*${TEMP_FILE_SUFFIX}' -type f -delete`,
    );
  }
  return notes;
}

function listed(paths: readonly string[]): string {
  return paths.length <= 5
    ? paths.join(', ')
    : `${paths.slice(0, 5).join(', ')} and ${paths.length - 5} more`;
}

function shellQuote(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
