/**
 * GitDataPort: GitHub's git data API (blobs, trees, commits, refs) for one repository, and its
 * adapter over the shared Octokit. Commits made through it without an author or committer are signed
 * by GitHub and shown as verified.
 */
import { githubCaller } from './errors.js';
import { createRestClient, type RestClientOptions } from './rest-client.js';
import type { Masker } from './token.js';

/** Git's modes: file, executable, folder, submodule, symlink. */
export type TreeMode = '100644' | '100755' | '040000' | '160000' | '120000';

const TREE_MODES: readonly string[] = ['100644', '100755', '040000', '160000', '120000'];
export const isTreeMode = (mode: string): mode is TreeMode => TREE_MODES.includes(mode);

/** One entry of a tree request: a blob given inline (`content`) or by id (`sha`), or a deletion. */
export type TreeEntry =
  | { path: string; mode: TreeMode; type: 'blob'; content: string }
  | { path: string; mode: TreeMode; type: 'blob' | 'commit'; sha: string }
  | { path: string; mode: TreeMode; type: 'blob'; sha: null };

export interface CreatedCommit {
  sha: string;
  tree: string;
  verified: boolean;
  /** GitHub's reason (`valid`, `unsigned`...). */
  verification: string;
}

export interface GitDataPort {
  /** `base64` content; returns the blob id. */
  createBlob(contentBase64: string): Promise<string>;
  /** The entries applied over `baseTree`; returns the new tree id. */
  createTree(baseTree: string, entries: readonly TreeEntry[]): Promise<string>;
  /** No author or committer: GitHub uses the token's identity and signs the commit. */
  createCommit(message: string, tree: string, parents: readonly string[]): Promise<CreatedCommit>;
  /** The commit a branch points at; undefined when the branch does not exist. */
  branchTip(branch: string): Promise<string | undefined>;
  createBranch(branch: string, sha: string): Promise<void>;
  /** Moves the branch to `sha` even when that is not a fast-forward. */
  moveBranch(branch: string, sha: string): Promise<void>;
}

export interface GitDataPortOptions extends Omit<RestClientOptions, 'doNotRetry'> {
  owner: string;
  repo: string;
}

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;

export function createGitDataPort(options: GitDataPortOptions): GitDataPort {
  const { owner, repo } = options;
  const mask: Masker = options.mask ?? ((text) => text);
  const octokit = createRestClient(options);
  const call = githubCaller(`${owner}/${repo}`, mask, (status) =>
    status === 403 || status === 404
      ? ' The token needs `contents: write` on the repository the branch is written to.'
      : '',
  );

  return {
    async createBlob(contentBase64) {
      const { data } = await call('create a blob', () =>
        octokit.rest.git.createBlob({ owner, repo, content: contentBase64, encoding: 'base64' }),
      );
      return data.sha;
    },

    async createTree(baseTree, entries) {
      const { data } = await call('create a tree', () =>
        octokit.rest.git.createTree({
          owner,
          repo,
          base_tree: baseTree,
          tree: [...entries],
        }),
      );
      return data.sha;
    },

    async createCommit(message, tree, parents) {
      const { data } = await call('create the commit', () =>
        octokit.rest.git.createCommit({ owner, repo, message, tree, parents: [...parents] }),
      );
      return {
        sha: data.sha,
        tree: data.tree.sha,
        verified: data.verification.verified,
        verification: data.verification.reason,
      };
    },

    async branchTip(branch) {
      try {
        const { data } = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
        return data.object.sha;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        return call(`read branch ${branch}`, () => Promise.reject(error));
      }
    },

    async createBranch(branch, sha) {
      await call(`create branch ${branch}`, () =>
        octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha }),
      );
    },

    async moveBranch(branch, sha) {
      await call(`update branch ${branch}`, () =>
        octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: true }),
      );
    },
  };
}
