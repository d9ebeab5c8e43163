import type { Stats } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ScanEntry, ScanOptions, ScanStats } from '../model/scan.js';
import { UserError } from '../util/user-error.js';
import { listTree } from './list-tree.js';
import { createPathFilter, type PathFilter } from './path-filter.js';
import { compileNeedles } from './prefilter.js';
import { type FileOutcome, type ReadLimits, readFileEntry } from './read-file.js';
import { inspectSymlink } from './symlink.js';

export { ALWAYS_EXCLUDE, DEFAULT_INCLUDE } from './default-globs.js';

const YIELD_EVERY_MS = 20;

export function createScanStats(): ScanStats {
  return { filesSeen: 0, bytesRead: 0, candidates: 0, skipped: 0 };
}

/**
 * Yields, in path order, the files under `root` that contain a needle (`candidate`, read once as
 * UTF-8 text) and the files passed over with a reason (`skipped`: too large, binary, not UTF-8,
 * unreadable, or a symlink). Files without a needle yield nothing; `stats` counts them.
 *
 * `root` may be a folder or one file (its relPath is then the file name; write it back with
 * `writeFileAtomic(dirname(absPath), relPath, ...)`). Paths of a folder root are under its realpath.
 * Include globs default to `DEFAULT_INCLUDE`; `.git`, `node_modules` and `.gitignore`d paths are
 * never scanned; symlinks are never followed.
 *
 * Files are read one at a time with synchronous calls, so at most one file is open and one file's
 * bytes are held; `options.concurrency` is not used. Measured on 20,000 files in the page cache (as
 * after a checkout), this was 4–5× faster than 16 concurrent promise-based reads; on a cold cache
 * the concurrent reads were about 30% faster.
 */
export async function* scanRoot(
  root: string,
  options: ScanOptions,
  stats: ScanStats = createScanStats(),
): AsyncGenerator<ScanEntry> {
  const limits: ReadLimits = { maxFileSize: options.maxFileSize, needles: compileNeedles(options.needles) };
  // The root itself may be a symlinked folder (macOS /tmp, a workspace link): the user named it.
  const rootStat = await statRoot(root, stat);
  if (!rootStat.isDirectory()) {
    yield* scanSingleFile(root, (await statRoot(root, lstat)).isSymbolicLink(), limits, stats);
    return;
  }
  const rootReal = await realpath(root);
  const filter = createPathFilter(options.include, options.exclude);
  const entries = await listTree(rootReal, options.exclude, filter);
  // rootReal is a real path and relPath a listed one (no `.`, `..` or doubled `/`): on POSIX a
  // concatenation gives what join() would, at a fraction of its cost over 20,000 files.
  const rootPrefix = rootReal.endsWith('/') ? rootReal : `${rootReal}/`;
  const toAbsolute = (relPath: string): string =>
    sep === '/' ? `${rootPrefix}${relPath}` : join(rootReal, relPath);
  let lastTurn = performance.now();
  for (const entry of entries) {
    const absPath = toAbsolute(entry.relPath);
    const outcome =
      entry.type === 'symlink'
        ? await inspectSymlinkEntry(entry.relPath, absPath, rootReal, filter)
        : readFileEntry(entry.relPath, absPath, limits);
    if (outcome === undefined) continue;
    count(outcome, stats);
    if (outcome.entry) yield outcome.entry;
    // Reads are synchronous: let timers and other I/O run now and then.
    if (performance.now() - lastTurn > YIELD_EVERY_MS) {
      await nextTurn();
      lastTurn = performance.now();
    }
  }
}

async function* scanSingleFile(
  file: string,
  isSymlink: boolean,
  limits: ReadLimits,
  stats: ScanStats,
): AsyncGenerator<ScanEntry> {
  const relPath = basename(file);
  const outcome: FileOutcome = isSymlink
    ? {
        entry: {
          type: 'skipped',
          relPath,
          absPath: file,
          reason: 'symlink; pass the path of its target instead',
        },
        bytesRead: 0,
      }
    : readFileEntry(relPath, file, limits);
  count(outcome, stats);
  if (outcome.entry) yield outcome.entry;
}

/** A symlink the include globs do not concern is not a file seen: `undefined`. */
async function inspectSymlinkEntry(
  relPath: string,
  absPath: string,
  rootReal: string,
  filter: PathFilter,
): Promise<FileOutcome | undefined> {
  const reported = await inspectSymlink(relPath, absPath, rootReal, filter);
  return reported ? { entry: reported, bytesRead: 0 } : undefined;
}

function count(outcome: FileOutcome, stats: ScanStats): void {
  stats.filesSeen += 1;
  stats.bytesRead += outcome.bytesRead;
  if (outcome.entry?.type === 'candidate') stats.candidates += 1;
  if (outcome.entry?.type === 'skipped') stats.skipped += 1;
}

async function statRoot(root: string, statFunction: typeof stat): Promise<Stats> {
  try {
    return await statFunction(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UserError(
      `Cannot scan ${root}: ${code}. Pass an existing folder or file that this user can read.`,
      { exitCode: 2 },
    );
  }
}
