import { createHash } from 'node:crypto';
import { link, mkdir, readFile, realpath, stat, unlink } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../util/user-error.js';
import { writeAndSync } from './atomic-write.js';
import { tempPathBeside } from './temp-file.js';

/** What a lock file says about the run that holds it. */
interface LockOwner {
  pid: number;
  host: string;
  started: string;
  command: string;
  root: string;
}

export interface RunLock {
  /** Where the lock file is. */
  path: string;
  release(): Promise<void>;
}

/** Another run writes to the same root: exit code 1, the message names it. */
export class RunLockedError extends UserError {
  constructor(message: string) {
    super(message, { exitCode: 1 });
  }
}

/** A lock file without a readable owner (its writer died mid-way) is stale after this long. */
const UNREADABLE_LOCK_STALE_MS = 10_000;

/**
 * Takes the write lock of `root`, as git takes `index.lock`: one writing run per root at a time. The
 * lock lives in the repository's git folder (never an untracked file of the checkout), or, outside a
 * repository, in a temp folder; its name is keyed by the root's real path. A lock whose process is
 * gone (same host) is taken over, and `note` says so; a live one stops this run with its details.
 */
export async function acquireRunLock(root: string, note: (message: string) => void): Promise<RunLock> {
  const rootReal = await realpath(root);
  const path = await lockPathFor(rootReal);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
    command: process.argv.slice(1).join(' '),
    root: rootReal,
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await tryCreate(path, owner)) return { path, release: () => releaseLock(path) };
    const holder = await readOwner(path);
    if (holder === 'gone') continue;
    if (holder === 'unreadable') {
      const age = Date.now() - ((await stat(path).catch(() => undefined))?.mtimeMs ?? 0);
      if (age < UNREADABLE_LOCK_STALE_MS) throw lockedBy(path, rootReal, undefined);
      note(`took over the write lock ${path}: it held no owner and is ${Math.round(age / 1000)} s old.`);
    } else if (isAlive(holder)) {
      throw lockedBy(path, rootReal, holder);
    } else {
      note(
        `took over the write lock ${path} of an interrupted run (pid ${holder.pid}, started ${holder.started}); its process is gone.`,
      );
    }
    await unlink(path).catch(() => undefined);
  }
  throw lockedBy(path, rootReal, undefined);
}

async function tryCreate(path: string, owner: LockOwner): Promise<boolean> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  // Written whole first, then linked: a lock file never exists without its owner.
  const temp = tempPathBeside(path);
  try {
    await writeAndSync(temp, `${JSON.stringify(owner)}\n`, undefined);
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new UserError(`cannot take the write lock ${path}: ${(error as Error).message}.`, { exitCode: 1 });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function readOwner(path: string): Promise<LockOwner | 'gone' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
  try {
    const owner = JSON.parse(text) as LockOwner;
    return Number.isInteger(owner.pid) && typeof owner.host === 'string' ? owner : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** A process on another host cannot be checked: it counts as alive. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockedBy(path: string, root: string, owner: LockOwner | undefined): RunLockedError {
  const who =
    owner === undefined
      ? 'another run'
      : `another run (pid ${owner.pid} on ${owner.host}, started ${owner.started}: ${owner.command})`;
  return new RunLockedError(
    `${root}: ${who} is writing here; nothing was written. Wait for it to finish and run again, or, if no such run is going on, remove ${path}.`,
  );
}

async function releaseLock(path: string): Promise<void> {
  const holder = await readOwner(path);
  if (typeof holder === 'object' && holder.pid === process.pid && holder.host === hostname()) {
    await unlink(path).catch(() => undefined);
  }
}

/** `<git dir>/trainjob-migrate-<hash>.lock` inside a repository, else under the temp folder. */
async function lockPathFor(rootReal: string): Promise<string> {
  const name = `trainjob-migrate-${createHash('sha256').update(rootReal).digest('hex').slice(0, 16)}.lock`;
  const gitDir = await findGitDir(rootReal);
  return join(gitDir ?? join(tmpdir(), 'trainjob-migrate-locks'), name);
}

async function findGitDir(start: string): Promise<string | undefined> {
  for (let dir = start; ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    const found = await stat(dotGit).catch(() => undefined);
    if (found?.isDirectory()) return dotGit;
    if (found?.isFile()) {
      // A worktree or submodule: `.git` is a file naming the real git folder.
      const match = /^gitdir:\s*(.+)$/m.exec(await readFile(dotGit, 'utf8').catch(() => ''));
      if (match?.[1]) return resolve(dir, match[1].trim());
    }
    if (dirname(dir) === dir) return undefined;
  }
}
