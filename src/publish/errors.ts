/** Errors of the publish step. Every message says what happened and what to do. */

export class PublishError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class MissingTokenError extends PublishError {
  constructor(readonly looked: readonly string[]) {
    super(
      `No GitHub token: ${looked.join(' and ')} ${looked.length === 1 ? 'is' : 'are'} not set. ` +
        'Set GITHUB_TOKEN (in a workflow, from the `secrets.GITHUB_TOKEN` secret) or name another ' +
        'variable with --token-env. The token is never accepted as a flag value.',
    );
  }
}

export class GitCommandError extends PublishError {
  constructor(
    message: string,
    readonly command: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/** The remote refused the credentials, or asked for some that git could not supply. */
export class GitAuthenticationError extends GitCommandError {}

/** The remote branch moved since it was fetched (stale lease or non-fast-forward). */
export class PushRejectedError extends GitCommandError {}

export class NotAGitRepositoryError extends PublishError {}

export class DirtyWorkingTreeError extends PublishError {}

export interface ForeignCommit {
  sha: string;
  author: string;
  committer: string;
  subject: string;
}

/** Someone other than this tool committed to its branch: their work is not overwritten. */
export class ForeignCommitsError extends PublishError {
  constructor(
    readonly branch: string,
    readonly commits: readonly ForeignCommit[],
    toolIdentity: string,
  ) {
    const first = commits[0];
    const list = commits
      .slice(0, 5)
      .map((c) => `${c.sha.slice(0, 12)} by ${c.committer} ("${c.subject}")`)
      .join('; ');
    super(
      `Branch ${branch} has ${commits.length} commit${commits.length === 1 ? '' : 's'} not made by ` +
        `${toolIdentity}: ${list}. Backing off so ${first ? first.committer : 'their'} work is not ` +
        `overwritten. Merge or close the pull request, or delete the branch, then run again.`,
    );
  }
}

export class GitHubApiError extends PublishError {
  constructor(
    message: string,
    readonly status: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;

/**
 * A failed GitHub call as one masked message: what was tried, where, the HTTP status and GitHub's
 * words, then `hint(status)` (what to do), if any.
 */
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

export function toGitHubApiError(
  what: string,
  repository: string,
  error: unknown,
  mask: (text: string) => string,
  hint: (status: number | undefined) => string,
): GitHubApiError {
  const status = statusOf(error);
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
  return new GitHubApiError(
    mask(`Could not ${what} in ${repository} (HTTP ${status ?? 'error'}): ${raw}.${hint(status)}`),
    status,
    { cause: error },
  );
}

/** `call(what, action)`: runs a GitHub call and turns its failure into one GitHubApiError. */
export function githubCaller(
  repository: string,
  mask: (text: string) => string,
  hint: (status: number | undefined) => string,
): <T>(what: string, action: () => Promise<T>) => Promise<T> {
  return async (what, action) => {
    try {
      return await action();
    } catch (error) {
      throw toGitHubApiError(what, repository, error, mask, hint);
    }
  };
}
