/**
 * PullRequestPort: the GitHub calls publishing needs, and its one adapter over @octokit/rest with the
 * retry (5xx) and throttling (rate limits, `retry-after`) plugins.
 */
import { GitHubApiError } from './errors.js';
import { createRestClient } from './rest-client.js';
import type { Masker } from './token.js';

export interface PullRequest {
  number: number;
  /** The page people open (`html_url`). */
  url: string;
  state: 'open' | 'closed';
  merged: boolean;
  title: string;
  body: string;
  headRef: string;
  baseRef: string;
}

export interface RepositoryInfo {
  defaultBranch: string;
  /** e.g. `https://github.com/owner/name`, for links to files on the branch. */
  htmlUrl: string;
}

export interface PullRequestMetadata {
  labels: readonly string[];
  reviewers: readonly string[];
  assignees: readonly string[];
}

export interface PullRequestPort {
  getRepository(): Promise<RepositoryInfo>;
  /** Pull requests whose head is `branch` of this repository, newest first. */
  listByHead(branch: string, state: 'open' | 'closed'): Promise<PullRequest[]>;
  create(input: {
    head: string;
    base: string;
    title: string;
    body: string;
    draft: boolean;
  }): Promise<PullRequest>;
  update(
    number: number,
    changes: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<PullRequest>;
  /** Adds labels, requests reviewers and adds assignees; empty lists send nothing. */
  addMetadata(number: number, metadata: PullRequestMetadata): Promise<void>;
}

export interface PullRequestPortOptions {
  token: string;
  owner: string;
  repo: string;
  /** Default `https://api.github.com`; a GitHub Enterprise Server URL ends in `/api/v3`. */
  apiUrl?: string;
  mask?: Masker;
  /** Warnings (rate-limit waits). */
  warn?: (message: string) => void;
  /** Multiplies every wait in seconds (retry backoff, `retry-after`); default 1000 (ms). Tests shorten it. */
  retryAfterBaseMs?: number;
  /** Space writes as GitHub asks (1 s between writes, 3 s between notifying ones). Default true. */
  paceWrites?: boolean;
}

export { DEFAULT_API_URL } from './rest-client.js';

interface RawPull {
  number: number;
  html_url: string;
  state: string;
  merged_at?: string | null;
  merged?: boolean;
  title: string;
  body?: string | null;
  head: { ref: string };
  base: { ref: string };
}

const toPullRequest = (raw: RawPull): PullRequest => ({
  number: raw.number,
  url: raw.html_url,
  state: raw.state === 'closed' ? 'closed' : 'open',
  merged: Boolean(raw.merged_at) || raw.merged === true,
  title: raw.title,
  body: raw.body ?? '',
  headRef: raw.head.ref,
  baseRef: raw.base.ref,
});

export function createPullRequestPort(options: PullRequestPortOptions): PullRequestPort {
  const mask: Masker = options.mask ?? ((text) => text);
  const { owner, repo } = options;

  const octokit = createRestClient(options);

  const call = async <T>(what: string, action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      throw toApiError(what, `${owner}/${repo}`, error, mask);
    }
  };

  return {
    async getRepository() {
      const { data } = await call('read the repository', () => octokit.rest.repos.get({ owner, repo }));
      return { defaultBranch: data.default_branch, htmlUrl: data.html_url };
    },

    async listByHead(branch, state) {
      const pulls = await call(`list ${state} pull requests for ${branch}`, () =>
        octokit.paginate(octokit.rest.pulls.list, {
          owner,
          repo,
          head: `${owner}:${branch}`,
          state,
          sort: 'created',
          direction: 'desc',
          per_page: 100,
        }),
      );
      // Some servers ignore `head`; keep only this branch of this repository.
      return (pulls as RawPull[]).map(toPullRequest).filter((pull) => pull.headRef === branch);
    },

    async create(input) {
      const { data } = await call('create the pull request', () =>
        octokit.rest.pulls.create({ owner, repo, ...input, maintainer_can_modify: true }),
      );
      return toPullRequest(data as RawPull);
    },

    async update(number, changes) {
      const { data } = await call(`update pull request #${number}`, () =>
        octokit.rest.pulls.update({ owner, repo, pull_number: number, ...changes }),
      );
      return toPullRequest(data as RawPull);
    },

    async addMetadata(number, metadata) {
      if (metadata.labels.length > 0) {
        await call(`add labels to #${number}`, () =>
          octokit.rest.issues.addLabels({ owner, repo, issue_number: number, labels: [...metadata.labels] }),
        );
      }
      if (metadata.reviewers.length > 0) {
        const users = metadata.reviewers.filter((r) => !r.includes('/'));
        const teams = metadata.reviewers
          .filter((r) => r.includes('/'))
          .map((r) => r.slice(r.indexOf('/') + 1));
        await call(`request reviewers on #${number}`, () =>
          octokit.rest.pulls.requestReviewers({
            owner,
            repo,
            pull_number: number,
            ...(users.length > 0 ? { reviewers: users } : {}),
            ...(teams.length > 0 ? { team_reviewers: teams } : {}),
          }),
        );
      }
      if (metadata.assignees.length > 0) {
        await call(`add assignees to #${number}`, () =>
          octokit.rest.issues.addAssignees({
            owner,
            repo,
            issue_number: number,
            assignees: [...metadata.assignees],
          }),
        );
      }
    },
  };
}

/** The innermost cause's code or message of a failed request (ECONNREFUSED, ENOTFOUND...). */
function networkCause(error: unknown): string | undefined {
  let cause: unknown = error;
  let found: string | undefined;
  while (typeof cause === 'object' && cause !== null && 'cause' in cause && cause.cause) {
    cause = cause.cause;
    const code = (cause as { code?: unknown }).code;
    found = typeof code === 'string' ? code : cause instanceof Error ? cause.message : found;
  }
  return found;
}

function toApiError(what: string, repository: string, error: unknown, mask: Masker): GitHubApiError {
  const status =
    typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;
  const raw = error instanceof Error ? error.message : String(error);
  // Octokit reports a request that never got an answer (refused, DNS, TLS) as status 500 without a response.
  const answered = typeof error === 'object' && error !== null && 'response' in error && error.response;
  if (!answered) {
    return new GitHubApiError(
      mask(
        `Could not ${what} in ${repository}: the GitHub API could not be reached (${networkCause(error) ?? raw}). Check --api-url (or GITHUB_API_URL) and the network.`,
      ),
      undefined,
      { cause: error },
    );
  }
  const hint =
    status === 401
      ? ' The token was refused: check that it is valid.'
      : status === 403
        ? ' The token lacks permission (a workflow needs `permissions: pull-requests: write`), or a rate limit was hit.'
        : status === 404
          ? ` Check --repo (${repository}) and --api-url, and that the token can see the repository.`
          : status === 422
            ? ' GitHub rejected the request as invalid (for example an unknown base branch, label or reviewer).'
            : '';
  return new GitHubApiError(
    mask(`Could not ${what} in ${repository} (HTTP ${status ?? 'error'}): ${raw}.${hint}`),
    status,
    { cause: error },
  );
}
