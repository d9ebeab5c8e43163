/**
 * Runs the pull-request flow of `trainjob-migrate pr` for the Action: the same ports and publish
 * function, fed from the Action's settings. The token reaches git only through the environment of
 * its network commands (see publish/token.ts), never argv.
 */
import { createPublishPorts } from '../publish/ports.js';
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
  const ports = await createPublishPorts({
    dir: settings.workspace,
    token: settings.token,
    repository: settings.repository,
    apiUrl: settings.apiUrl,
    mask,
    warn: logging.warn,
    signCommits: settings.signCommits,
    ...(settings.pushToFork ? { pushToFork: settings.pushToFork } : {}),
  });
  return publishPullRequest(
    {
      ...settings.publish,
      dir: settings.workspace,
      author: settings.author,
      committer: settings.committer,
    },
    {
      ...ports,
      migrate: () => migrateFolders(settings.workspace, settings.paths, settings.migration),
      log: logging.info,
    },
  );
}
