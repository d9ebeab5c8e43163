/** `--push-to-fork OWNER/NAME`: the branch goes to the fork, the pull request is opened from it. */
import { afterEach, describe, expect, it } from 'vitest';
import { requireShared } from '../helpers/shared.js';
import {
  closeStage,
  createStage,
  FORK_OWNER,
  REPO,
  type Stage,
  seedPyTorchJobs,
  TOOL_BRANCH,
} from './stage.js';

let stage: Stage | undefined;

afterEach(async () => {
  await closeStage(stage);
  stage = undefined;
});

const forkTip = (s: Stage) =>
  s.forkGit(['rev-parse', '--verify', '--quiet', `refs/heads/${TOOL_BRANCH}`]).then(
    (sha) => sha.trim(),
    () => undefined,
  );

describe('pr --push-to-fork', () => {
  it('pushes to the fork, opens the pull request with head fork-owner:branch, and finds it again on the next run', async () => {
    if (!requireShared()) return;
    const [single] = await seedPyTorchJobs();
    stage = await createStage({ 'training/single-node.yaml': single ?? '' }, { fork: true });
    const s = stage;

    expect((await s.runPr(['--push-to-fork', `${FORK_OWNER}/${REPO}`])).code).toBe(0);
    const create = s.github.requests.find((r) => r.operationId === 'pulls/create');
    expect(create?.body).toMatchObject({ head: `${FORK_OWNER}:${TOOL_BRANCH}`, base: 'main' });
    expect(s.github.pulls).toHaveLength(1);
    expect(s.github.pulls[0]).toMatchObject({ head: TOOL_BRANCH, headOwner: FORK_OWNER, state: 'open' });
    // The branch is in the fork only.
    const tip = await forkTip(s);
    expect(tip).toMatch(/^[0-9a-f]{40}$/);
    expect(await s.tip(TOOL_BRANCH)).toBeUndefined();
    expect(await s.forkGit(['show', `${TOOL_BRANCH}:training/single-node.yaml`])).toMatch(
      /^kind: TrainJob$/m,
    );

    // The next run lists pull requests by the fork's head and changes nothing.
    const writes = s.github.writes().length;
    expect((await s.runPr(['--push-to-fork', `${FORK_OWNER}/${REPO}`])).code).toBe(0);
    expect(s.github.requests.filter((r) => r.operationId === 'pulls/list').at(-1)?.query.head).toBe(
      `${FORK_OWNER}:${TOOL_BRANCH}`,
    );
    expect(s.github.writes()).toHaveLength(writes);
    expect(await forkTip(s)).toBe(tip);
    expect(s.pushes()).toHaveLength(1);
  }, 120_000);
});
