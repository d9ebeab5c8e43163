import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GITHUB_ACTIONS_BOT } from '../../src/publish/git.js';
import { contentHash, readMarker } from '../../src/publish/marker.js';
import { git, HUMAN } from '../helpers/git-repo.js';
import { requireShared } from '../helpers/shared.js';
import { createStage, type Stage, seedPyTorchJobs, TOKEN, TOOL_BRANCH } from './stage.js';

let stage: Stage | undefined;

afterEach(async () => {
  if (stage) {
    expect(stage.github.problems()).toEqual([]);
    await stage.close();
  }
  stage = undefined;
});

async function twoJobStage(): Promise<Stage> {
  const [single, distributed] = await seedPyTorchJobs();
  stage = await createStage({
    'clusters/training/single-node.yaml': single ?? '',
    'clusters/training/simple-cpu.yaml': distributed ?? '',
  });
  return stage;
}

const json = (stdout: string) =>
  JSON.parse(stdout) as { pullRequest: Record<string, unknown>; summary: Record<string, number> };

/** Commits on the tool branch that are not on main, oldest first, with their committer. */
async function branchCommits(s: Stage): Promise<{ committer: string; subject: string }[]> {
  const out = await s.remoteGit(['log', '--reverse', '--format=%cn <%ce>%x1f%s', `main..${TOOL_BRANCH}`]);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [committer = '', subject = ''] = line.split('\x1f');
      return { committer, subject };
    });
}

const bot = `${GITHUB_ACTIONS_BOT.name} <${GITHUB_ACTIONS_BOT.email}>`;

describe('pr: the publish flow against a real git remote and the GitHub stand-in', () => {
  it('first run pushes one commit and creates the pull request with labels, reviewers and assignees', async () => {
    if (!requireShared()) return;
    const s = await twoJobStage();
    const out = await s.runPr([
      '--labels',
      'kubeflow,migration',
      '--reviewers',
      'alice',
      '--assignees',
      'bob',
      '--draft',
    ]);

    expect(out.code).toBe(0);
    expect(await branchCommits(s)).toEqual([
      { committer: bot, subject: 'Convert 2 PyTorchJobs to Kubeflow Trainer v2 TrainJobs' },
    ]);
    expect(s.pushes()).toHaveLength(1);
    const converted = await s.remoteGit(['show', `${TOOL_BRANCH}:clusters/training/simple-cpu.yaml`]);
    expect(converted).toMatch(/^kind: TrainJob$/m);
    expect(converted).toMatch(/numNodes: 3/);

    expect(s.github.pulls).toHaveLength(1);
    const pull = s.github.pulls[0]!;
    expect(pull).toMatchObject({
      number: 1,
      state: 'open',
      draft: true,
      head: TOOL_BRANCH,
      base: 'main',
      title: 'Migrate PyTorchJobs to Kubeflow Trainer v2 TrainJobs',
      labels: ['kubeflow', 'migration'],
      reviewers: ['alice'],
      assignees: ['bob'],
    });
    // The marker holds the hash of the files the branch changed, with their new contents.
    const changed = (await s.remoteGit(['diff', '--name-only', 'main', TOOL_BRANCH]))
      .split('\n')
      .filter(Boolean);
    const files = await Promise.all(
      changed.map(async (path) => ({ path, content: await s.remoteGit(['show', `${TOOL_BRANCH}:${path}`]) })),
    );
    expect(readMarker(pull.body)).toBe(contentHash(files));
    expect(pull.body).toContain(
      `https://github.com/acme/gitops/blob/${TOOL_BRANCH}/clusters/training/simple-cpu.yaml#L1`,
    );
    expect(out.stdout).toContain('https://github.com/acme/gitops/pull/1');
    // The tool leaves the checkout where it found it.
    expect((await git(s.work, ['branch', '--show-current'], s.tmp.env)).trim()).toBe('main');
    expect(await git(s.work, ['status', '--porcelain'], s.tmp.env)).toBe('');
  });

  it('a rerun with no change sends no push and opens no new pull request', async () => {
    if (!requireShared()) return;
    const s = await twoJobStage();
    expect((await s.runPr()).code).toBe(0);
    const tip = await s.tip(TOOL_BRANCH);
    const writesBefore = s.github.writes().length;

    const again = await s.runPr(['--format', 'json']);
    expect(again.code).toBe(0);
    expect(json(again.stdout).pullRequest).toMatchObject({ operation: 'none', number: 1 });
    expect(s.pushes()).toHaveLength(1);
    expect(await s.tip(TOOL_BRANCH)).toBe(tip);
    expect(s.github.writes()).toHaveLength(writesBefore);
    expect(s.github.pulls).toHaveLength(1);
  });

  it('a rerun after more PyTorchJobs appear updates the same pull request', async () => {
    if (!requireShared()) return;
    const s = await twoJobStage();
    await s.runPr();
    const [, , nccl] = await seedPyTorchJobs();
    await s.commitOnMain({ 'clusters/gpu/nccl.yaml': nccl ?? '' }, 'Add the NCCL job');

    const out = await s.runPr(['--format', 'json']);
    expect(out.code).toBe(0);
    const report = json(out.stdout);
    expect(report.pullRequest).toMatchObject({
      operation: 'updated',
      number: 1,
      url: 'https://github.com/acme/gitops/pull/1',
    });
    expect(report.summary.converted).toBe(3);
    expect(s.github.pulls).toHaveLength(1);
    expect(s.github.pulls[0]?.body).toContain('clusters/gpu/nccl.yaml');
    expect(s.github.writes().filter((r) => r.operationId === 'pulls/update')).toHaveLength(1);
    // Still one commit on top of the new main, not a pile of commits.
    expect(await branchCommits(s)).toEqual([
      { committer: bot, subject: 'Convert 3 PyTorchJobs to Kubeflow Trainer v2 TrainJobs' },
    ]);
  });

  it('a pull request closed without merging is not reopened for the same content, but new content opens a new one', async () => {
    if (!requireShared()) return;
    const s = await twoJobStage();
    await s.runPr();
    s.github.closePull(1, { merged: false });
    const writesBefore = s.github.writes().length;

    const refused = await s.runPr(['--format', 'json']);
    expect(refused.code).toBe(0);
    expect(json(refused.stdout).pullRequest).toMatchObject({ operation: 'none', number: 1 });
    expect(String(json(refused.stdout).pullRequest.reason)).toMatch(/closed without merging/);
    expect(s.github.writes()).toHaveLength(writesBefore);
    expect(s.pushes()).toHaveLength(1);
    expect(s.github.pulls.map((p) => p.state)).toEqual(['closed']);

    const [, , nccl] = await seedPyTorchJobs();
    await s.commitOnMain({ 'clusters/gpu/nccl.yaml': nccl ?? '' }, 'Add the NCCL job');
    const changed = await s.runPr(['--format', 'json']);
    expect(json(changed.stdout).pullRequest).toMatchObject({ operation: 'created', number: 2 });
    expect(s.github.pulls.map((p) => p.state)).toEqual(['closed', 'open']);
  });

  it('backs off when a person pushed a commit to the branch, and keeps their commit', async () => {
    if (!requireShared()) return;
    const s = await twoJobStage();
    await s.runPr();
    const human = await s.commitOnBranch(
      TOOL_BRANCH,
      { 'NOTES.md': 'reviewed\n' },
      'Note from review',
      HUMAN,
    );
    const writesBefore = s.github.writes().length;

    const out = await s.runPr();
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(human.slice(0, 12));
    expect(out.stderr).toContain('Dana Reviewer <dana@example.com>');
    expect(out.stderr).toMatch(/Backing off/);
    expect(await s.tip(TOOL_BRANCH)).toBe(human);
    expect(s.github.writes()).toHaveLength(writesBefore);
  });

  it('closes its pull request when nothing is left to migrate', async () => {
    if (!requireShared()) return;
    const s = await twoJobStage();
    await s.runPr();
    // The same conversion lands on main another way (a person merged the branch by hand).
    await s.remoteGit(['update-ref', 'refs/heads/main', `refs/heads/${TOOL_BRANCH}`]);

    const out = await s.runPr(['--format', 'json']);
    expect(out.code).toBe(0);
    expect(json(out.stdout).pullRequest).toMatchObject({ operation: 'closed', number: 1 });
    expect(s.github.pulls[0]?.state).toBe('closed');
    const closing = s.github.writes().filter((r) => r.operationId === 'pulls/update');
    expect(closing.map((r) => r.body)).toEqual([{ state: 'closed' }]);
  });

  it('retries a 500 from GitHub and then succeeds', async () => {
    if (!requireShared()) return;
    const s = await twoJobStage();
    s.github.failNext('pulls/create', 1, 500);
    const out = await s.runPr();
    expect(out.code).toBe(0);
    expect(s.github.requests.filter((r) => r.operationId === 'pulls/create').map((r) => r.status)).toEqual([
      500, 201,
    ]);
    expect(s.github.pulls).toHaveLength(1);
  });

  it('waits for retry-after on a 403 secondary rate limit', async () => {
    if (!requireShared()) return;
    const s = await twoJobStage();
    s.github.rateLimitNext('pulls/create', 1);
    const started = Date.now();
    const out = await s.runPr([], { tuning: { retryAfterBaseMs: 500, paceWrites: false } });
    expect(out.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect(s.github.requests.filter((r) => r.operationId === 'pulls/create').map((r) => r.status)).toEqual([
      403, 201,
    ]);
    expect(out.stderr).toMatch(/secondary rate limit.*waiting 1s/);
  });

  it('without a token, says so before any git or GitHub work', async () => {
    if (!requireShared()) return;
    const s = await twoJobStage();
    const gitRequestsBefore = s.remote.requests.length;
    const out = await s.runPr([], { env: { GITHUB_TOKEN: undefined, GH_TOKEN: undefined } });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/No GitHub token: GITHUB_TOKEN and GH_TOKEN are not set/);
    expect(s.remote.requests).toHaveLength(gitRequestsBefore);
    expect(s.github.requests).toHaveLength(0);
    expect(await git(s.work, ['status', '--porcelain'], s.tmp.env)).toBe('');

    const named = await s.runPr(['--token-env', 'DEPLOY_TOKEN']);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/DEPLOY_TOKEN is not set/);
  });

  it('keeps the token out of every output, the remote URLs and .git/config', async () => {
    if (!requireShared()) return;
    const s = await twoJobStage();
    const forms = [TOKEN, Buffer.from(`x-access-token:${TOKEN}`).toString('base64')];
    const outputs = [await s.runPr(), await s.runPr(['--format', 'json']), await s.runPr(['--dry-run'])];
    await s.commitOnBranch(TOOL_BRANCH, { 'x.md': 'x\n' }, 'human', HUMAN);
    outputs.push(await s.runPr());
    s.github.failNext('repos/get', 10, 502);
    outputs.push(await s.runPr());
    expect(outputs.map((o) => o.code)).toEqual([0, 0, 0, 1, 1]);
    for (const { stdout, stderr } of outputs) {
      for (const form of forms) {
        expect(stdout).not.toContain(form);
        expect(stderr).not.toContain(form);
      }
    }
    const config = await readFile(join(s.work, '.git', 'config'), 'utf8');
    for (const form of forms) expect(config).not.toContain(form);
    expect(config.toLowerCase()).not.toContain('extraheader');
    for (const request of s.remote.requests)
      for (const form of forms) expect(request.url).not.toContain(form);
    expect(s.remote.requests.every((r) => r.authorized)).toBe(true);
  });

  it('reports a token GitHub refuses without showing it', async () => {
    if (!requireShared()) return;
    const s = await twoJobStage();
    const rejected = 'ghs_refusedByGit_Q9w8e7r6t5y4';
    const out = await s.runPr(['--token-env', 'GIT_ONLY_TOKEN'], { env: { GIT_ONLY_TOKEN: rejected } });
    expect(out.code).toBe(1);
    const forms = [rejected, Buffer.from(`x-access-token:${rejected}`).toString('base64')];
    for (const form of forms) expect(out.stderr).not.toContain(form);
    expect(out.stderr).toMatch(/HTTP 401.*Bad credentials.*The token was refused/s);
  });

  it('--dry-run makes no GitHub write and no push, and prints the body it would send', async () => {
    if (!requireShared()) return;
    const s = await twoJobStage();
    const out = await s.runPr(['--dry-run']);
    expect(out.code).toBe(0);
    expect(s.github.writes()).toEqual([]);
    expect(s.pushes()).toEqual([]);
    expect(await s.tip(TOOL_BRANCH)).toBeUndefined();
    expect(out.stdout).toContain('Pull request body that would be sent:');
    expect(readMarker(out.stdout)).toMatch(/^[0-9a-f]{64}$/);
    expect(out.stdout).toMatch(/Dry run: would have opened a pull request/);
    expect((await git(s.work, ['branch', '--show-current'], s.tmp.env)).trim()).toBe('main');
    expect(await git(s.work, ['status', '--porcelain'], s.tmp.env)).toBe('');
  });

  it('re-evaluates once when the branch moves under its push, then pushes on the new tip', async () => {
    if (!requireShared()) return;
    const s = await twoJobStage();
    await s.runPr();
    const [, , nccl] = await seedPyTorchJobs();
    await s.commitOnMain({ 'clusters/gpu/nccl.yaml': nccl ?? '' }, 'Add the NCCL job');
    // Another run of the tool (same identity) moves the branch just before this run's push arrives.
    let moved = false;
    s.remote.requests.length = 0;
    const movingHook = async (request: { url: string; method: string }) => {
      if (moved || request.method !== 'POST' || !request.url.includes('git-receive-pack')) return;
      moved = true;
      await s.commitOnBranch(
        TOOL_BRANCH,
        { 'clusters/other.yaml': 'a: 1\n' },
        'parallel run',
        GITHUB_ACTIONS_BOT,
      );
    };
    s.setBeforeGitRequest(movingHook);
    const out = await s.runPr(['--format', 'json']);
    s.setBeforeGitRequest(undefined);
    expect(moved).toBe(true);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/rejected because the branch moved; fetching it and trying once more/);
    expect(json(out.stdout).pullRequest).toMatchObject({ operation: 'updated', number: 1 });
    expect(await branchCommits(s)).toEqual([
      { committer: bot, subject: 'Convert 3 PyTorchJobs to Kubeflow Trainer v2 TrainJobs' },
    ]);
  });
});
