import { closeSync, fchmodSync, fsync, openSync, writeSync } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../util/user-error.js';
import { resolveWriteTarget } from './safe-path.js';
import { syncFolder, tempPathBeside } from './temp-file.js';

export { TEMP_FILE_SUFFIX } from './temp-file.js';

/** Mode of a new file before the umask, as `fs.writeFile` uses. */
const NEW_FILE_MODE = 0o666;

/**
 * Replaces `relPath` under `root` with `text` so that a reader sees either the old or the new file,
 * never a half-written one: writes a temp file in the same folder, fsyncs it, renames it over the
 * target and fsyncs the folder. Keeps the file's mode. Refuses a path that leaves the root or goes
 * through a symlink. On failure the temp file is removed and the original is left as it was.
 */
export async function writeFileAtomic(root: string, relPath: string, text: string): Promise<void> {
  const target = await resolveWriteTarget(root, relPath);
  const folder = dirname(target.absPath);
  const tempPath = tempPathBeside(target.absPath);
  try {
    await writeAndSync(tempPath, text, target.existingMode);
    await rename(tempPath, target.absPath);
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      `Could not write ${relPath} (${target.absPath}): ${reason}. The original file is unchanged.`,
      { exitCode: 1, cause: error },
    );
  }
  await syncFolder(folder);
}

/**
 * Creates `tempPath` with `text` and waits for it to reach the disk. Opening and writing a small file
 * are quick calls made here; only the fsync, the one real wait, goes to the I/O threads, so many
 * files' fsyncs overlap.
 */
export async function writeAndSync(tempPath: string, text: string, mode: number | undefined): Promise<void> {
  writeTempFile(tempPath, text, mode);
  await syncFile(tempPath);
}

/** Creates `tempPath` (never an existing file) holding `text`, with `mode` or the default mode. */
export function writeTempFile(tempPath: string, text: string, mode: number | undefined): void {
  const fd = openSync(tempPath, 'wx', mode ?? NEW_FILE_MODE);
  try {
    writeFullSync(fd, Buffer.from(text, 'utf8'));
    // The umask applied at creation; an existing file keeps exactly its own mode.
    if (mode !== undefined) fchmodSync(fd, mode);
  } finally {
    closeSync(fd);
  }
}

/** Waits until a written file's data is on disk (fsync on the I/O threads). */
export async function syncFile(path: string): Promise<void> {
  const fd = openSync(path, 'r+');
  try {
    await fsyncAsync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeFullSync(fd: number, bytes: Buffer): void {
  for (let written = 0; written < bytes.length; ) {
    written += writeSync(fd, bytes, written, bytes.length - written);
  }
}

const fsyncAsync = promisify(fsync);
