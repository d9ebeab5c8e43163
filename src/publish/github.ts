/**
 * PullRequestPort: the GitHub calls publishing needs, and its one adapter over @octokit/rest with the
 * retry (5xx) and throttling (rate limits, `retry-after`) plugins.
 */
import { type GitHubApiError, toGitHubApiError } from './errors.js';
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
  /** What git clones over HTTPS, on the API's own host (GitHub Enterprise Server included). */
  cloneUrl: string;
}

export interface PullRequestMetadata {
  labels: readonly string[];
  reviewers: readonly string[];
  assignees: readonly string[];
  /** A milestone number; absent leaves the milestone alone. */
  milestone?: number;
}

export interface PullRequestPort {
  getRepository(): Promise<RepositoryInfo>;
  /** Pull requests whose head is `branch` of the head repository, newest first. */
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
  /** Adds labels, requests reviewers, adds assignees and sets the milestone; empty lists send nothing. */
  addMetadata(number: number, metadata: PullRequestMetadata): Promise<void>;
}

export interface PullRequestPortOptions {
  token: string;
  owner: string;
  repo: string;
  /** Owner of the repository the branch lives in, when it is a fork; default `owner`. */
  headOwner?: string;
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
  head: { ref: string; label?: string };
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
  const headOwner = options.headOwner ?? owner;

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
      return { defaultBranch: data.default_branch, htmlUrl: data.html_url, cloneUrl: data.clone_url };
    },

    async listByHead(branch, state) {
      const pulls = await call(`list ${state} pull requests for ${branch}`, () =>
        octokit.paginate(octokit.rest.pulls.list, {
          owner,
          repo,
          head: `${headOwner}:${branch}`,
          state,
          sort: 'created',
          direction: 'desc',
          per_page: 100,
        }),
      );
      // Some servers ignore `head`; keep only this branch of the head repository.
      return (pulls as RawPull[])
        .filter((raw) => raw.head.label === undefined || raw.head.label === `${headOwner}:${branch}`)
        .map(toPullRequest)
        .filter((pull) => pull.headRef === branch);
    },

    async create(input) {
      const { data } = await call('create the pull request', () =>
        octokit.rest.pulls.create({
          owner,
          repo,
          ...input,
          head: headOwner === owner ? input.head : `${headOwner}:${input.head}`,
          maintainer_can_modify: true,
        }),
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
      if (metadata.milestone !== undefined) {
        const milestone = metadata.milestone;
        await call(`set milestone ${milestone} on #${number}`, () =>
          octokit.rest.issues.update({ owner, repo, issue_number: number, milestone }),
        );
      }
    },
  };
}

function toApiError(what: string, repository: string, error: unknown, mask: Masker): GitHubApiError {
  return toGitHubApiError(what, repository, error, mask, (status) =>
    status === 401
      ? ' The token was refused: check that it is valid.'
      : status === 403
        ? ' The token lacks permission (a workflow needs `permissions: pull-requests: write`), or a rate limit was hit.'
        : status === 404
          ? ` Check --repo (${repository}) and --api-url, and that the token can see the repository.`
          : status === 422
            ? ' GitHub rejected the request as invalid (for example an unknown base branch, label, reviewer or milestone).'
            : '',
  );
}
