/**
 * The ports of one publish run, built the same way for the CLI and the Action: git over the checkout,
 * the pull-request API of the repository, and where the branch goes (the repository or a fork; pushed
 * with git, or committed through the API when commits must be signed).
 */
import { type BranchTarget, pushedBranch, signedBranch } from './branch-target.js';
import { createGitPort, type GitPort } from './git.js';
import { createGitDataPort } from './git-data.js';
import { createPullRequestPort, type PullRequestPort, type PullRequestPortOptions } from './github.js';
import type { RepositorySlug } from './repository.js';
import type { Masker } from './token.js';

export interface PublishPortsOptions {
  /** The checkout (or a folder in it). */
  dir: string;
  token: string;
  repository: RepositorySlug;
  apiUrl: string;
  mask: Masker;
  warn: (message: string) => void;
  /** The repository the branch is pushed to, when it is not `repository`: a fork of it. */
  pushToFork?: RepositorySlug;
  /** Commit through the GitHub API so GitHub signs the commit. */
  signCommits?: boolean;
  /** The environment git starts from. */
  env?: Readonly<Record<string, string | undefined>>;
  tuning?: Pick<PullRequestPortOptions, 'retryAfterBaseMs' | 'paceWrites'>;
}

export interface BuiltPublishPorts {
  git: GitPort;
  pullRequests: PullRequestPort;
  branch: BranchTarget;
}

export async function createPublishPorts(options: PublishPortsOptions): Promise<BuiltPublishPorts> {
  const { token, mask, warn, apiUrl } = options;
  const client = { token, apiUrl, mask, warn, ...options.tuning };
  const git = createGitPort({ dir: options.dir, token, mask, env: options.env });
  const headRepository = options.pushToFork ?? options.repository;
  const pullRequests = createPullRequestPort({
    ...client,
    ...options.repository,
    headOwner: headRepository.owner,
  });
  let branchGit = git;
  if (options.pushToFork) {
    // The fork's clone URL comes from the same API, so a GitHub Enterprise Server fork stays on its host.
    const fork = await createPullRequestPort({ ...client, ...options.pushToFork }).getRepository();
    branchGit = createGitPort({ dir: options.dir, remote: fork.cloneUrl, token, mask, env: options.env });
  }
  const branch = options.signCommits
    ? signedBranch(branchGit, createGitDataPort({ ...client, ...headRepository }))
    : pushedBranch(branchGit);
  return { git, pullRequests, branch };
}
