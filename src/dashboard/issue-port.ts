/**
 * IssuePort: the GitHub calls the dashboard needs (find its issue by marker, create, edit), and its
 * adapter over the shared Octokit.
 */
import { githubCaller } from '../publish/errors.js';
import { createRestClient, type RestClientOptions } from '../publish/rest-client.js';
import type { Masker } from '../publish/token.js';

export interface DashboardIssue {
  number: number;
  url: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
}

export interface IssuePort {
  /** The oldest issue (not pull request) whose body contains `marker`, open or closed. */
  findByMarker(marker: string): Promise<DashboardIssue | undefined>;
  create(title: string, body: string): Promise<DashboardIssue>;
  update(number: number, changes: { title: string; body: string; state: 'open' }): Promise<DashboardIssue>;
}

export interface IssuePortOptions extends Omit<RestClientOptions, 'doNotRetry'> {
  owner: string;
  repo: string;
}

interface RawIssue {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  state: string;
  pull_request?: unknown;
}

const toIssue = (raw: RawIssue): DashboardIssue => ({
  number: raw.number,
  url: raw.html_url,
  title: raw.title,
  body: raw.body ?? '',
  state: raw.state === 'closed' ? 'closed' : 'open',
});

export function createIssuePort(options: IssuePortOptions): IssuePort {
  const { owner, repo } = options;
  const mask: Masker = options.mask ?? ((text) => text);
  const octokit = createRestClient(options);
  const call = githubCaller(`${owner}/${repo}`, mask, (status) =>
    status === 403 || status === 404 || status === 410
      ? ' The token needs `issues: write` on the repository, and the repository must have issues turned on.'
      : '',
  );

  return {
    async findByMarker(marker) {
      return call('list issues', async () => {
        // Oldest first, stopping at the first match: the dashboard is usually among the first issues.
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
          owner,
          repo,
          state: 'all',
          sort: 'created',
          direction: 'asc',
          per_page: 100,
        })) {
          const found = (page.data as RawIssue[]).find(
            (issue) => issue.pull_request === undefined && (issue.body ?? '').includes(marker),
          );
          if (found) return toIssue(found);
        }
        return undefined;
      });
    },

    async create(title, body) {
      const { data } = await call('create the dashboard issue', () =>
        octokit.rest.issues.create({ owner, repo, title, body }),
      );
      return toIssue(data as RawIssue);
    },

    async update(number, changes) {
      const { data } = await call(`update dashboard issue #${number}`, () =>
        octokit.rest.issues.update({ owner, repo, issue_number: number, ...changes }),
      );
      return toIssue(data as RawIssue);
    },
  };
}
