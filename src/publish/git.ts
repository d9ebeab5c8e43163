/**
 * GitPort: the few git operations publishing needs, and its one adapter over simple-git. Every
 * command runs in a hermetic environment (no prompts, C.UTF-8 messages, unquoted paths); only the
 * network commands get the token, through environment variables of that one process.
 */
import { resolve } from 'node:path';
import { type SimpleGit, simpleGit } from 'simple-git';
import {
  GitAuthenticationError,
  GitCommandError,
  NotAGitRepositoryError,
  PushRejectedError,
} from './errors.js';
import { gitAuthEnvironment, type Masker } from './token.js';

export interface Identity {
  name: string;
  email: string;
}

/** The identity GitHub shows for commits made with a workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT: Identity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export const formatIdentity = (identity: Identity): string => `${identity.name} <${identity.email}>`;

export interface CommitSummary {
  sha: string;
  author: Identity;
  committer: Identity;
  subject: string;
}

export interface GitPort {
  /** Absolute path of the working tree's top folder. */
  topLevel(): Promise<string>;
  /** The URL of the remote publishing pushes to. */
  remoteUrl(): Promise<string>;
  /** The checked-out branch (absent when HEAD is detached) and commit. */
  head(): Promise<{ branch?: string; sha: string }>;
  /** Paths (relative to the top folder) with uncommitted changes, untracked files included. */
  uncommittedPaths(): Promise<string[]>;
  /** Fetches the remote branches that exist; returns the tip of each, by branch name. */
  fetchBranches(branches: readonly string[]): Promise<Map<string, string>>;
  /** Creates or resets local `branch` at `startPoint` and checks it out. */
  switchToNewBranch(branch: string, startPoint: string): Promise<void>;
  /** Drops uncommitted changes and untracked files (publishing starts from a clean tree). */
  discardChanges(): Promise<void>;
  /** Checks out a branch name or a commit. */
  switchTo(ref: string): Promise<void>;
  /** Commits reachable from `head` but not from `base`, newest first. */
  commitsBetween(base: string, head: string): Promise<CommitSummary[]>;
  /** Stages `paths` (relative to the top folder) and commits them; returns the new commit. */
  commit(
    paths: readonly string[],
    message: string,
    who: { author: Identity; committer: Identity },
  ): Promise<string>;
  /** The tree object of a commit. */
  treeOf(commit: string): Promise<string>;
  /**
   * Pushes HEAD to `branch` with a lease: the remote branch must still be at `expectedRemoteSha`
   * (or absent when undefined). Throws PushRejectedError when it moved.
   */
  push(branch: string, expectedRemoteSha: string | undefined): Promise<void>;
  /** What `commit` changes against `parent`, file by file (renames as a deletion and an addition). */
  changesBetween(parent: string, commit: string): Promise<FileChange[]>;
  /** The bytes of a blob. */
  readBlob(sha: string): Promise<Buffer>;
}

/** One file a commit adds, modifies or deletes, with git's mode and blob id after the change. */
export interface FileChange {
  path: string;
  status: 'added' | 'modified' | 'deleted';
  /** `100644`, `100755`, `120000` (symlink) or `160000` (submodule); the old mode for a deletion. */
  mode: string;
  /** The new blob (or submodule commit); undefined for a deletion. */
  sha?: string;
}

export interface GitPortOptions {
  /** A folder inside the working tree. */
  dir: string;
  /** A remote's name (default `origin`), or the URL of another repository (a fork) to fetch and push. */
  remote?: string;
  /** Given to network commands (fetch, ls-remote, push) only. */
  token?: string;
  mask?: Masker;
  /** The environment git starts from; default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Variables that would make git prompt, page or run helpers; simple-git refuses them anyway. */
const INTERACTIVE_VARIABLES = [
  'GIT_ASKPASS',
  'SSH_ASKPASS',
  'GIT_EDITOR',
  'GIT_SEQUENCE_EDITOR',
  'EDITOR',
  'VISUAL',
  'GIT_PAGER',
  'PAGER',
  'GIT_EXTERNAL_DIFF',
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_PROXY_COMMAND',
  'GIT_TEMPLATE_DIR',
];

export function hermeticGitEnvironment(
  base: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    if (value !== undefined && !INTERACTIVE_VARIABLES.includes(key)) env[key] = value;
  }
  return { ...env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
}

const FIELD = '\x1f';
const RECORD = '\x1e';

export function createGitPort(options: GitPortOptions): GitPort {
  const remote = options.remote ?? 'origin';
  const remoteIsUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(remote);
  /** Where fetched branches are kept: a URL has no remote name, so it gets its own folder. */
  const tracking = remoteIsUrl ? 'trainjob-migrate-push' : remote;
  const mask: Masker = options.mask ?? ((text) => text);
  const baseEnv = hermeticGitEnvironment(options.env ?? process.env);

  const git = (extraEnv: Record<string, string> = {}): SimpleGit =>
    simpleGit({
      baseDir: options.dir,
      config: ['core.quotePath=false'],
      // The caller's own GIT_CONFIG_GLOBAL/NOSYSTEM (a pinned test env) and our GIT_CONFIG_COUNT
      // header are deliberate; simple-git refuses both unless allowed.
      unsafe: { allowUnsafeConfigPaths: true, allowUnsafeConfigEnvCount: true },
    }).env({ ...baseEnv, ...extraEnv });

  const run = async (args: string[], extraEnv?: Record<string, string>): Promise<string> => {
    try {
      return await git(extraEnv).raw(args);
    } catch (error) {
      throw translateGitError(args, error, mask, options.dir);
    }
  };

  let remoteUrlCache: string | undefined;
  const remoteUrl = async (): Promise<string> => {
    if (remoteUrlCache !== undefined) return remoteUrlCache;
    if (remoteIsUrl) return remote;
    const url = (await run(['remote', 'get-url', remote]).catch(() => '')).trim();
    if (!url) {
      throw new GitCommandError(
        `${options.dir}: the checkout has no remote "${remote}". Clone the repository, or add the remote with \`git remote add ${remote} URL\`.`,
        `git remote get-url ${remote}`,
        '',
      );
    }
    remoteUrlCache = url;
    return url;
  };

  const networkEnv = async (): Promise<Record<string, string>> =>
    options.token ? gitAuthEnvironment(options.token, await remoteUrl(), baseEnv) : {};

  return {
    remoteUrl,

    async topLevel() {
      return resolve((await run(['rev-parse', '--show-toplevel'])).trim());
    },

    async head() {
      const sha = (await run(['rev-parse', 'HEAD'])).trim();
      const branch = (await run(['branch', '--show-current'])).trim();
      return branch ? { branch, sha } : { sha };
    },

    async uncommittedPaths() {
      const out = await run(['status', '--porcelain=v1', '-z', '--untracked-files=all']);
      const paths: string[] = [];
      const entries = out.split('\0');
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (!entry) continue;
        paths.push(entry.slice(3));
        // A rename or copy is followed by its source path.
        if (entry[0] === 'R' || entry[0] === 'C') i++;
      }
      return paths;
    },

    async fetchBranches(branches) {
      const env = await networkEnv();
      const refs = branches.map((branch) => `refs/heads/${branch}`);
      const listing = await run(['ls-remote', '--heads', remote, ...refs], env);
      const tips = new Map<string, string>();
      for (const line of listing.split('\n')) {
        const [sha, ref] = line.trim().split(/\s+/);
        if (sha && ref?.startsWith('refs/heads/')) tips.set(ref.slice('refs/heads/'.length), sha);
      }
      const present = branches.filter((branch) => tips.has(branch));
      if (present.length > 0) {
        await run(
          [
            'fetch',
            '--no-tags',
            '--no-write-fetch-head',
            remote,
            ...present.map((b) => `+refs/heads/${b}:refs/remotes/${tracking}/${b}`),
          ],
          env,
        );
      }
      return tips;
    },

    async switchToNewBranch(branch, startPoint) {
      await run(['checkout', '--quiet', '--no-track', '-B', branch, startPoint]);
    },

    async discardChanges() {
      await run(['reset', '--hard', '--quiet']);
      await run(['clean', '-fdq']);
    },

    async switchTo(ref) {
      await run(['checkout', '--quiet', ref]);
    },

    async commitsBetween(base, head) {
      const format = ['%H', '%an', '%ae', '%cn', '%ce', '%s'].join(FIELD) + RECORD;
      const out = await run(['log', `--format=${format}`, `${base}..${head}`]);
      return out
        .split(RECORD)
        .map((record) => record.trim())
        .filter(Boolean)
        .map((record) => {
          const [
            sha = '',
            authorName = '',
            authorEmail = '',
            committerName = '',
            committerEmail = '',
            subject = '',
          ] = record.split(FIELD);
          return {
            sha,
            author: { name: authorName, email: authorEmail },
            committer: { name: committerName, email: committerEmail },
            subject,
          };
        });
    },

    async commit(paths, message, who) {
      await run(['add', '--all', '--', ...paths]);
      await run(['commit', '--quiet', '--no-verify', '--no-gpg-sign', '-m', message], {
        GIT_AUTHOR_NAME: who.author.name,
        GIT_AUTHOR_EMAIL: who.author.email,
        GIT_COMMITTER_NAME: who.committer.name,
        GIT_COMMITTER_EMAIL: who.committer.email,
      });
      return (await run(['rev-parse', 'HEAD'])).trim();
    },

    async treeOf(commit) {
      return (await run(['rev-parse', `${commit}^{tree}`])).trim();
    },

    async push(branch, expectedRemoteSha) {
      const lease = `--force-with-lease=refs/heads/${branch}:${expectedRemoteSha ?? ''}`;
      await run(['push', '--porcelain', lease, remote, `HEAD:refs/heads/${branch}`], await networkEnv());
    },

    async changesBetween(parent, commit) {
      const out = await run(['diff-tree', '-r', '-z', '--raw', '--no-renames', parent, commit]);
      return parseRawDiff(out);
    },

    async readBlob(sha) {
      try {
        return await git().binaryCatFile(['blob', sha]);
      } catch (error) {
        throw translateGitError(['cat-file', 'blob', sha], error, mask, options.dir);
      }
    },
  };
}

const ZERO_SHA = /^0+$/;

/** `git diff-tree -r -z --raw` output: `:oldmode newmode oldsha newsha status\0path\0` per file. */
export function parseRawDiff(out: string): FileChange[] {
  const fields = out.split('\0');
  const changes: FileChange[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const header = fields[i] ?? '';
    const path = fields[i + 1] ?? '';
    const match = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([AMDT])/.exec(header);
    if (!match) continue;
    const [, oldMode = '', newMode = '', , newSha = '', status] = match;
    if (status === 'D') changes.push({ path, status: 'deleted', mode: oldMode });
    else
      changes.push({
        path,
        status: status === 'A' ? 'added' : 'modified',
        mode: newMode,
        ...(ZERO_SHA.test(newSha) ? {} : { sha: newSha }),
      });
  }
  return changes;
}

function translateGitError(args: readonly string[], error: unknown, mask: Masker, dir: string): Error {
  const stderr = mask(error instanceof Error ? error.message : String(error)).trim();
  const command = mask(`git ${args.join(' ')}`);
  const detail = stderr.split('\n').slice(0, 8).join('\n');
  if (/ambiguous argument 'HEAD'|unknown revision.*HEAD|does not have any commits yet/i.test(stderr)) {
    return new GitCommandError(
      `${dir}: the repository has no commits yet; commit the manifests first, then run again.`,
      command,
      stderr,
    );
  }
  if (/not a git repository/i.test(stderr)) {
    return new NotAGitRepositoryError(
      `${dir} is not inside a git checkout. Run the command in a clone of the repository, or pass its folder.`,
    );
  }
  if (
    /terminal prompts disabled|could not read (Username|Password)|Authentication failed|returned error: 40[13]|HTTP 40[13]|Invalid username or password/i.test(
      stderr,
    )
  ) {
    return new GitAuthenticationError(
      `\`${command}\` was refused by the remote: the token is missing, invalid or lacks write access to the repository (a workflow needs \`permissions: contents: write\`).\n${detail}`,
      command,
      stderr,
    );
  }
  if (
    args[0] === 'push' &&
    /\[rejected\]|stale info|non-fast-forward|fetch first|\(rejected\)|failed to push/i.test(stderr)
  ) {
    return new PushRejectedError(
      `\`${command}\` was rejected: the remote branch moved since it was fetched.\n${detail}`,
      command,
      stderr,
    );
  }
  return new GitCommandError(`\`${command}\` failed in ${dir}:\n${detail}`, command, stderr);
}
