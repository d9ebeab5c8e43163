import type { Stats } from 'node:fs';
import { lstat, realpath, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ScanEntry, ScanOptions, ScanStats } from '../model/scan.js';
import { UserError } from '../util/user-error.js';
import { DEFAULT_INCLUDE } from './default-globs.js';
import { listTree } from './list-tree.js';
import { compileGlobs, createPathFilter, type PathFilter } from './path-filter.js';
import { compileNeedles } from './prefilter.js';
import { type FileOutcome, type ReadLimits, readFileEntry } from './read-file.js';
import { inspectSymlink } from './symlink.js';

export { ALWAYS_EXCLUDE, DEFAULT_INCLUDE } from './default-globs.js';

const YIELD_EVERY_MS = 20;

export function createScanStats(): ScanStats {
  return { filesSeen: 0, bytesRead: 0, candidates: 0, skipped: 0 };
}

/**
 * Another reader's share of the same pass over a tree: the files it wants (include globs; empty: the
 * default ones) and the raw bytes that make one of them worth reading as text.
 */
export interface ScanWant {
  include: readonly string[];
  needles: readonly string[];
}

/** A file of a shared pass: what the primary scan makes of it, and the text for the other wants. */
export interface SharedScanEntry {
  /** As `scanRoot` would yield it for the scan options alone; absent if the primary scan passes it over. */
  primary?: ScanEntry;
  /** The file's text for the wants (by index) whose globs and needles it matches; absent if none. */
  wanted?: { relPath: string; text: string; wants: number[] };
  /** A file named like a write's temp file (see `TreeEntry`): never read, only reported. */
  tempFile?: string;
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
 */
export async function* scanRoot(
  root: string,
  options: ScanOptions,
  stats: ScanStats = createScanStats(),
): AsyncGenerator<ScanEntry> {
  for await (const shared of scanRootShared(root, options, [], stats)) {
    if (shared.primary) yield shared.primary;
  }
}

/**
 * One pass over the tree for several readers: the primary scan (`options`, as `scanRoot`) and other
 * wants with their own globs and needles, so that every file is listed and read once however many
 * parts of the run look at the tree. Skipped files are reported for the primary scan only; `stats`
 * counts what the primary scan would count.
 *
 * Files are read one at a time with synchronous calls, so at most one file is open and one file's
 * bytes are held; `options.concurrency` is not used. Measured on 20,000 files in the page cache (as
 * after a checkout), this was 4–5× faster than 16 concurrent promise-based reads; on a cold cache
 * the concurrent reads were about 30% faster.
 */
export async function* scanRootShared(
  root: string,
  options: ScanOptions,
  wants: readonly ScanWant[],
  stats: ScanStats = createScanStats(),
): AsyncGenerator<SharedScanEntry> {
  const primaryNeedles = compileNeedles(options.needles);
  const maxFileSize = options.maxFileSize;
  // The root itself may be a symlinked folder (macOS /tmp, a workspace link): the user named it.
  const rootStat = await statRoot(root, stat);
  if (!rootStat.isDirectory()) {
    const limits: ReadLimits = { maxFileSize, needles: primaryNeedles };
    for await (const entry of scanSingleFile(
      root,
      (await statRoot(root, lstat)).isSymbolicLink(),
      limits,
      stats,
    ))
      yield { primary: entry };
    return;
  }
  const rootReal = await realpath(root);
  const readers = compileReaders(options, wants);
  const primaryFilter = createPathFilter(options.include, options.exclude);
  // A file is listed when some reader wants it; the loop below asks again for the same path, and
  // `forPath` answers that from its last result instead of testing the globs twice.
  const filter: PathFilter = {
    isExcluded: primaryFilter.isExcluded,
    isIncluded: (relPath) => readers.forPath(relPath).isRead,
  };
  const entries = listTree(rootReal, options.exclude, filter);
  // rootReal is a real path and relPath a listed one (no `.`, `..` or doubled `/`): on POSIX a
  // concatenation gives what join() would, at a fraction of its cost over 20,000 files.
  const rootPrefix = rootReal.endsWith('/') ? rootReal : `${rootReal}/`;
  const toAbsolute = (relPath: string): string =>
    sep === '/' ? `${rootPrefix}${relPath}` : join(rootReal, relPath);
  let lastTurn = performance.now();
  for (const entry of entries) {
    if (entry.type === 'temp') {
      yield { tempFile: entry.relPath };
      continue;
    }
    const absPath = toAbsolute(entry.relPath);
    if (entry.type === 'symlink') {
      const outcome = await inspectSymlinkEntry(entry.relPath, absPath, rootReal, primaryFilter);
      if (outcome === undefined) continue;
      count(outcome, stats);
      if (outcome.entry) yield { primary: outcome.entry };
      continue;
    }
    const reading = readers.forPath(entry.relPath);
    const outcome = readFileEntry(entry.relPath, absPath, {
      maxFileSize,
      needles: reading.needles,
      mentionNeedles: reading.primary ? primaryNeedles : [],
    });
    const shared = sharedEntry(outcome, reading, options.needles);
    if (reading.primary) {
      const primaryOutcome: FileOutcome = { bytesRead: outcome.bytesRead };
      if (shared.primary) primaryOutcome.entry = shared.primary;
      count(primaryOutcome, stats);
    }
    if (shared.primary || shared.wanted) yield shared;
    // Reads are synchronous: let timers and other I/O run now and then.
    if (performance.now() - lastTurn > YIELD_EVERY_MS) {
      await nextTurn();
      lastTurn = performance.now();
    }
  }
}

/** What one listed file is read for: the primary scan or not, which wants, and all their needles. */
interface Reading {
  /** Some reader wants the file: the primary scan or a want. */
  isRead: boolean;
  primary: boolean;
  wants: readonly { index: number; needles: readonly string[] }[];
  needles: readonly Buffer[];
}

interface Readers {
  forPath(relPath: string): Reading;
}

/**
 * Groups the readers by their include globs (tested once per file and group, not per reader) and
 * keeps one `Reading` per combination of groups, so a file costs one glob test per group.
 */
function compileReaders(options: ScanOptions, wants: readonly ScanWant[]): Readers {
  const groups = new Map<string, { include: string[]; members: number[] }>();
  const readers = [{ include: options.include, needles: options.needles }, ...wants];
  readers.forEach((reader, index) => {
    const include = reader.include.length > 0 ? [...reader.include] : [...DEFAULT_INCLUDE];
    const key = JSON.stringify(include);
    const group = groups.get(key) ?? { include, members: [] };
    group.members.push(index);
    groups.set(key, group);
  });
  const compiled = [...groups.values()].map((group) => ({
    matches: compileGlobs(group.include),
    members: group.members,
  }));
  const readings = new Map<number, Reading>();
  let last: { relPath: string; reading: Reading } | undefined;
  return {
    forPath(relPath) {
      if (last?.relPath === relPath) return last.reading;
      let mask = 0;
      compiled.forEach((group, bit) => {
        if (group.matches(relPath)) mask |= 1 << bit;
      });
      let reading = readings.get(mask);
      if (!reading) {
        const members = compiled.flatMap((group, bit) => (mask & (1 << bit) ? group.members : []));
        const wanted = members
          .filter((index) => index > 0)
          .sort((a, b) => a - b)
          .map((index) => ({ index: index - 1, needles: readers[index]?.needles ?? [] }));
        reading = {
          isRead: members.length > 0,
          primary: members.includes(0),
          wants: wanted,
          // Each distinct needle searched once, however many readers share it.
          needles: compileNeedles([...new Set(members.flatMap((index) => readers[index]?.needles ?? []))]),
        };
        readings.set(mask, reading);
      }
      last = { relPath, reading };
      return reading;
    },
  };
}

/**
 * Splits one read between the primary scan and the other wants. A file read for the wants alone is
 * never reported skipped; the read judged "mentions a job" by the primary needles only.
 */
function sharedEntry(
  outcome: FileOutcome,
  reading: Reading,
  primaryNeedles: readonly string[],
): SharedScanEntry {
  const entry = outcome.entry;
  if (!entry) return {};
  if (entry.type === 'skipped') return reading.primary ? { primary: entry } : {};
  const shared: SharedScanEntry = {};
  if (reading.primary && containsAnyText(entry.text, primaryNeedles)) shared.primary = entry;
  const wants = reading.wants
    .filter((want) => containsAnyText(entry.text, want.needles))
    .map((want) => want.index);
  if (wants.length > 0) shared.wanted = { relPath: entry.relPath, text: entry.text, wants };
  return shared;
}

function containsAnyText(text: string, needles: readonly string[]): boolean {
  return needles.some((needle) => needle.length > 0 && text.includes(needle));
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
