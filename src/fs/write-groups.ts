import {
  closeSync,
  constants,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
} from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { mapBounded } from '../util/map-bounded.js';
import { syncFile, writeAndSync, writeTempFile } from './atomic-write.js';
import { type ResolvedTarget, resolveWriteTargetSync } from './safe-path.js';
import { syncFolder, tempPathBeside } from './temp-file.js';

/** One file to write: its new text, and what it held when the plan was made. */
export interface FileWrite {
  relPath: string;
  text: string;
  /** The text read before planning; undefined when the write creates the file. */
  expected: string | undefined;
}

export type WriteOutcome =
  | { relPath: string; written: true }
  | { relPath: string; written: false; error: string };

/** Files prepared (written, fsynced) or committed at once: enough to keep the I/O threads busy, few open descriptors. */
const PREPARE_CONCURRENCY = 16;
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

interface Prepared {
  write: FileWrite;
  target?: ResolvedTarget;
  tempPath?: string;
  error?: string;
}

/**
 * Writes groups of files so that nothing is lost and nothing is half done:
 *
 * 1. every temp file is written and fsynced, many at once (the disk waits overlap);
 * 2. per group, only when every temp file of the group is ready, each target is checked to hold
 *    exactly the text the plan was read from (a file edited, deleted or created meanwhile is an
 *    error, `changed during the run`, and is not touched) and the temp files are renamed over
 *    their targets (new files are hard-linked, which never replaces a file);
 * 3. every folder that got a new entry is fsynced, so a finished run's files are on disk.
 *
 * After a crash each file holds its old or its new text; an error in a group leaves every file of
 * that group as it was. Other groups go on. Paths that leave the root or go through a symlink are
 * refused, as in `writeFileAtomic`.
 */
export async function writeFileGroups(root: string, groups: readonly FileWrite[][]): Promise<WriteOutcome[]> {
  // Every temp file is created before any is fsynced: a file created while an fsync commits the
  // journal waits for it (measured ~0.3 ms a file against ~0.03 ms), so the two steps do not mix.
  const prepared = groups.flat().map((write) => prepare(root, write));
  await mapBounded(prepared, PREPARE_CONCURRENCY, syncPrepared);
  const byPath = new Map(prepared.map((entry) => [entry.write.relPath, entry]));
  const committed = await mapBounded(groups, PREPARE_CONCURRENCY, async (group) => {
    const entries = group.map((write) => byPath.get(write.relPath) as Prepared);
    return { entries, results: await commitGroup(root, entries) };
  });
  const outcomes: WriteOutcome[] = [];
  const touchedFolders = new Set<string>();
  for (const { entries, results } of committed) {
    for (const [index, entry] of entries.entries()) {
      const error = results[index];
      if (error === undefined && entry.target) touchedFolders.add(dirname(entry.target.absPath));
      outcomes.push(
        error === undefined
          ? { relPath: entry.write.relPath, written: true }
          : { relPath: entry.write.relPath, written: false, error },
      );
    }
  }
  await Promise.all([...touchedFolders].map(syncFolder));
  return outcomes;
}

function prepare(root: string, write: FileWrite): Prepared {
  const entry: Prepared = { write };
  try {
    entry.target = resolveWriteTargetSync(root, write.relPath);
    entry.tempPath = tempPathBeside(entry.target.absPath);
    writeTempFile(entry.tempPath, write.text, entry.target.existingMode);
  } catch (error) {
    failPrepared(entry, error);
  }
  return entry;
}

async function syncPrepared(entry: Prepared): Promise<void> {
  if (entry.tempPath === undefined) return;
  await syncFile(entry.tempPath).catch((error: unknown) => failPrepared(entry, error));
}

function failPrepared(entry: Prepared, error: unknown): void {
  if (entry.tempPath) rmSync(entry.tempPath, { force: true });
  delete entry.tempPath;
  entry.error = `could not write ${entry.write.relPath}: ${reasonOf(error)}; the file is unchanged`;
}

/** Per entry of the group: undefined when written, else why not. */
async function commitGroup(root: string, entries: readonly Prepared[]): Promise<(string | undefined)[]> {
  const failed = entries.find((entry) => entry.error !== undefined);
  if (failed) return abandon(entries, failed, failed.error as string);
  for (const entry of entries) {
    const changed = changeSincePlanned(root, entry);
    if (changed !== undefined) {
      entry.error = `changed during the run: ${entry.write.relPath} ${changed} after it was read, so it was not written. Run again to convert what it holds now.`;
      return abandon(entries, entry, entry.error);
    }
  }
  const done: Prepared[] = [];
  for (const entry of entries) {
    try {
      put(entry);
      done.push(entry);
    } catch (error) {
      await undo(done);
      entry.error = `could not write ${entry.write.relPath}: ${reasonOf(error)}; the file is unchanged`;
      return abandon(entries, entry, entry.error);
    }
  }
  return entries.map(() => undefined);
}

/**
 * Why the target no longer holds what the plan was made from, or undefined when it does. Synchronous,
 * like the rename after it: nothing else of this run happens between the check and the rename.
 */
function changeSincePlanned(root: string, entry: Prepared): string | undefined {
  let target: ResolvedTarget;
  try {
    target = resolveWriteTargetSync(root, entry.write.relPath);
  } catch {
    return 'was moved or replaced';
  }
  if (target.absPath !== entry.target?.absPath) return 'was moved or replaced';
  const expected = entry.write.expected;
  let current: Buffer | undefined;
  try {
    current = readExact(target.absPath);
  } catch {
    return 'can no longer be read';
  }
  if (expected === undefined) return current === undefined ? undefined : 'was created by someone else';
  if (current === undefined) return 'was deleted';
  return current.equals(Buffer.from(expected, 'utf8')) ? undefined : 'was edited';
}

function readExact(absPath: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(absPath, READ_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function put(entry: Prepared): void {
  const { tempPath, target } = entry as Required<Prepared>;
  if (entry.write.expected !== undefined) {
    renameSync(tempPath, target.absPath);
    return;
  }
  // link() fails rather than replace a file that appeared since the check.
  linkSync(tempPath, target.absPath);
  unlinkSync(tempPath);
}

/** Puts back what an earlier rename of a failed group replaced. */
async function undo(done: readonly Prepared[]): Promise<void> {
  for (const entry of done) {
    const absPath = entry.target?.absPath as string;
    const { expected } = entry.write;
    if (expected === undefined) {
      await unlink(absPath).catch(() => undefined);
      continue;
    }
    const restore = tempPathBeside(absPath);
    await writeAndSync(restore, expected, entry.target?.existingMode)
      .then(() => rename(restore, absPath))
      .catch(() => unlink(restore).catch(() => undefined));
  }
}

async function abandon(
  entries: readonly Prepared[],
  cause: Prepared,
  message: string,
): Promise<(string | undefined)[]> {
  await Promise.all(
    entries.map((entry) => (entry.tempPath ? unlink(entry.tempPath).catch(() => undefined) : undefined)),
  );
  return entries.map((entry) =>
    entry === cause
      ? message
      : `not written: it must change together with ${cause.write.relPath}, which was not written (${message})`,
  );
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
