/**
 * Runs the pull-request flow of `trainjob-migrate pr` for the Action: the same ports and publish
 * function, fed from the Action's settings. The token reaches git only through the environment of
 * its network commands (see publish/token.ts), never argv.
 */
import { createGitPort, GITHUB_ACTIONS_BOT } from '../publish/git.js';
import { createPullRequestPort } from '../publish/github.js';
import { type PublishResult, publishPullRequest } from '../publish/publish.js';
import type { Masker } from '../publish/token.js';
import type { ActionSettings } from './inputs.js';
import { migrateFolders } from './migrate-paths.js';

export interface PublishLogging {
  info: (message: string) => void;
  warn: (message: string) => void;
}

export async function publishFromWorkspace(
  settings: ActionSettings,
  mask: Masker,
  logging: PublishLogging,
): Promise<PublishResult> {
  const { owner, repo } = settings.repository;
  const git = createGitPort({ dir: settings.workspace, token: settings.token, mask });
  const pullRequests = createPullRequestPort({
    token: settings.token,
    owner,
    repo,
    apiUrl: settings.apiUrl,
    mask,
    warn: logging.warn,
  });
  return publishPullRequest(
    {
      ...settings.publish,
      dir: settings.workspace,
      author: GITHUB_ACTIONS_BOT,
      committer: GITHUB_ACTIONS_BOT,
    },
    {
      git,
      pullRequests,
      migrate: () => migrateFolders(settings.workspace, settings.paths, settings.migration),
      log: logging.info,
    },
  );
}
