/**
 * OrgPort: the GitHub reads discovery needs, and its adapter over @octokit/rest with the retry (5xx)
 * and throttling (rate limits) plugins.
 */
import { GitHubApiError } from '../publish/errors.js';
import { createRestClient, DEFAULT_API_URL } from '../publish/rest-client.js';
import type { Masker } from '../publish/token.js';

export interface OrgRepository {
  owner: string;
  name: string;
  defaultBranch: string;
  archived: boolean;
  fork: boolean;
  topics: string[];
}

export interface CodeSearchHit {
  /** `owner/name` */
  repository: string;
  path: string;
}

export interface TreeFile {
  path: string;
  sha: string;
  size: number;
}

export interface RepositoryTree {
  files: TreeFile[];
  /** GitHub cut the listing short (very large repositories). */
  truncated: boolean;
}

export interface OrgPort {
  listRepositories(org: string): Promise<OrgRepository[]>;
  /** Every hit of the query; throws CodeSearchUnavailableError when the server cannot search code. */
  searchCode(query: string): Promise<CodeSearchHit[]>;
  /** The files of `ref`; an empty repository has none. */
  listFiles(owner: string, repo: string, ref: string): Promise<RepositoryTree>;
  readBlob(owner: string, repo: string, sha: string): Promise<Buffer>;
}

export class CodeSearchUnavailableError extends GitHubApiError {}

export interface OrgPortOptions {
  token: string;
  apiUrl?: string;
  mask?: Masker;
  warn?: (message: string) => void;
  /** Multiplies every wait in seconds; default 1000 (ms). */
  retryAfterBaseMs?: number;
}

const statusOf = (error: unknown): number | undefined =>
  typeof (error as { status?: unknown }).status === 'number'
    ? (error as { status: number }).status
    : undefined;

export function createOrgPort(options: OrgPortOptions): OrgPort {
  const mask: Masker = options.mask ?? ((text) => text);
  const apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
  // 409 is GitHub's answer for an empty repository's tree: final, like the client errors.
  const octokit = createRestClient({ ...options, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] });

  const fail = (what: string, error: unknown): GitHubApiError => {
    const status = statusOf(error);
    const detail = mask(error instanceof Error ? error.message : String(error));
    const hint =
      status === 401
        ? ' The token was refused: check it has not expired.'
        : status === 403 || status === 404
          ? ' Check the organisation name and that the token can read its repositories (Contents: read, Metadata: read).'
          : '';
    return new GitHubApiError(
      `Could not ${what} at ${apiUrl}: ${detail} (HTTP ${status ?? 'error'}).${hint}`,
      status,
      {
        cause: error,
      },
    );
  };

  return {
    async listRepositories(org) {
      try {
        const repos = await octokit.paginate(octokit.rest.repos.listForOrg, {
          org,
          type: 'all',
          per_page: 100,
        });
        return repos.map((repo) => ({
          owner: repo.owner.login,
          name: repo.name,
          defaultBranch: repo.default_branch ?? 'main',
          archived: repo.archived === true,
          fork: repo.fork,
          topics: repo.topics ?? [],
        }));
      } catch (error) {
        throw fail(`list the repositories of ${org}`, error);
      }
    },

    async searchCode(query) {
      try {
        const items = await octokit.paginate(octokit.rest.search.code, { q: query, per_page: 100 });
        return items.map((item) => ({ repository: item.repository.full_name, path: item.path }));
      } catch (error) {
        const status = statusOf(error);
        // 401 is a bad token, not a missing feature: no fallback would help.
        if (status !== undefined && status !== 401) {
          throw new CodeSearchUnavailableError(
            `Code search answered HTTP ${status}: ${mask(error instanceof Error ? error.message : String(error))}`,
            status,
            { cause: error },
          );
        }
        throw fail('search code', error);
      }
    },

    async listFiles(owner, repo, ref) {
      try {
        const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: ref, recursive: '1' });
        const files = data.tree
          .filter((entry) => entry.type === 'blob' && entry.path && entry.sha)
          .map((entry) => ({ path: entry.path as string, sha: entry.sha as string, size: entry.size ?? 0 }));
        return { files, truncated: data.truncated };
      } catch (error) {
        // GitHub answers 409 for a repository without commits.
        if (statusOf(error) === 409) return { files: [], truncated: false };
        throw fail(`list the files of ${owner}/${repo} at ${ref}`, error);
      }
    },

    async readBlob(owner, repo, sha) {
      try {
        const { data } = await octokit.rest.git.getBlob({ owner, repo, file_sha: sha });
        return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8');
      } catch (error) {
        throw fail(`read blob ${sha} of ${owner}/${repo}`, error);
      }
    },
  };
}
