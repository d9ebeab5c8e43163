/**
 * Temporary git repositories with a pinned, hermetic git environment: no global or system config,
 * fixed identities and dates, no prompts.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface GitIdentity {
  name: string;
  email: string;
}

export const TEST_AUTHOR: GitIdentity = { name: 'Repo Owner', email: 'owner@example.com' };
export const HUMAN: GitIdentity = { name: 'Dana Reviewer', email: 'dana@example.com' };
export const PINNED_DATE = '2026-01-15T12:00:00Z';

export interface TempFolder {
  path: string;
  /** A git environment rooted in this folder (its own empty global config). */
  env: Record<string, string>;
  remove(): Promise<void>;
}

/** Environment variables every git process in a test runs with; `home` holds an empty global config. */
export function hermeticGitEnv(home: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const key of ['PATH', 'SYSTEMROOT', 'TMPDIR']) {
    const value = process.env[key];
    if (value) env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    GIT_AUTHOR_NAME: TEST_AUTHOR.name,
    GIT_AUTHOR_EMAIL: TEST_AUTHOR.email,
    GIT_COMMITTER_NAME: TEST_AUTHOR.name,
    GIT_COMMITTER_EMAIL: TEST_AUTHOR.email,
    GIT_AUTHOR_DATE: PINNED_DATE,
    GIT_COMMITTER_DATE: PINNED_DATE,
  };
}

export async function makeTempFolder(prefix = 'trainjob-migrate-'): Promise<TempFolder> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  const home = join(path, 'home');
  await mkdir(home, { recursive: true });
  await writeFile(join(home, '.gitconfig'), '[init]\n\tdefaultBranch = main\n');
  return {
    path,
    env: hermeticGitEnv(home),
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

/** Runs git; rejects with git's stderr in the message. */
export async function git(
  cwd: string,
  args: readonly string[],
  env: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<string> {
  try {
    const { stdout } = await run('git', [...args], {
      cwd,
      env: { ...env, ...extraEnv },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${stderr || String(error)}`);
  }
}

/** Environment that authenticates a test's own git commands to the local HTTP remote. */
export function authEnv(token: string): Record<string, string> {
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.extraheader',
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

/** Writes files (relative paths → content) under `root`, creating folders. */
export async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

/** Writes the files and commits them as `who` on the checked-out branch; returns the commit. */
export async function commitFiles(
  repo: string,
  env: Record<string, string>,
  files: Record<string, string>,
  message: string,
  who: GitIdentity = TEST_AUTHOR,
): Promise<string> {
  await writeFiles(repo, files);
  await git(repo, ['add', '--all'], env);
  await git(repo, ['commit', '--quiet', '-m', message], env, {
    GIT_AUTHOR_NAME: who.name,
    GIT_AUTHOR_EMAIL: who.email,
    GIT_COMMITTER_NAME: who.name,
    GIT_COMMITTER_EMAIL: who.email,
  });
  return (await git(repo, ['rev-parse', 'HEAD'], env)).trim();
}
