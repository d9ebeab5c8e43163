/**
 * Where the pull request's branch lives and how it is written: pushed with git (to the repository or
 * to a fork), or committed through GitHub's API so that GitHub signs the commit.
 */

import type { GitPort } from './git.js';
import type { GitDataPort } from './git-data.js';
import { type LocalCommit, writeSignedCommit } from './signed-commit.js';

export interface BranchTarget {
  /** Git over the checkout, fetching from (and pushing to) the repository the branch lives in. */
  remote: GitPort;
  /**
   * Makes the branch hold `local`; it must still be at `expectedTip` (PushRejectedError otherwise).
   * Returns a warning for the log, if any.
   */
  write(branch: string, local: LocalCommit, expectedTip: string | undefined): Promise<string | undefined>;
}

/**
 * `git push` of the checked-out commit. `remote` is the port of the repository the branch lives in
 * (the checkout's own remote, or a fork's URL) over the same checkout.
 */
export function pushedBranch(remote: GitPort): BranchTarget {
  return {
    remote,
    write: async (branch, _local, expectedTip) => {
      await remote.push(branch, expectedTip);
      return undefined;
    },
  };
}

/** The commit recreated through the git data API of the repository the branch lives in. */
export function signedBranch(remote: GitPort, api: GitDataPort): BranchTarget {
  return {
    remote,
    write: async (branch, local, expectedTip) => {
      const commit = await writeSignedCommit(remote, api, branch, local, expectedTip);
      return commit.verified
        ? undefined
        : `GitHub did not sign commit ${commit.sha} (${commit.verification}); branch protection that requires signed commits will refuse it.`;
    },
  };
}
