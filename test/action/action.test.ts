import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type GitHubStandIn, startGitHubStandIn } from '../helpers/github-stand-in.js';
import { fixturesDir, requireShared } from '../helpers/shared.js';
import {
  createStage,
  OWNER,
  REPO,
  type Stage,
  seedPyTorchJobs,
  TOKEN,
  TOOL_BRANCH,
} from '../publish/stage.js';
import { reportValidator } from '../report/schema-validators.js';
import { type RunnerContext, runAction } from './runner.js';

let stage: Stage | undefined;
const extraStandIns: GitHubStandIn[] = [];

afterEach(async () => {
  for (const standIn of extraStandIns.splice(0)) {
    expect(standIn.problems()).toEqual([]);
    await standIn.close();
  }
  if (stage) {
    expect(stage.github.problems()).toEqual([]);
    await stage.close();
  }
  stage = undefined;
});

function runnerContext(s: Stage, overrides: Partial<RunnerContext> = {}): RunnerContext {
  return {
    workspace: s.work,
    repository: `${OWNER}/${REPO}`,
    apiUrl: s.github.apiUrl,
    serverUrl: 'https://github.com',
    token: TOKEN,
    env: s.tmp.env,
    scratch: s.tmp.path,
    ...overrides,
  };
}

async function seedStage(extra: Record<string, string> = {}): Promise<Stage> {
  const [single, distributed] = await seedPyTorchJobs();
  stage = await createStage({
    'clusters/training/single-node.yaml': single ?? '',
    'clusters/training/simple-cpu.yaml': distributed ?? '',
    ...extra,
  });
  return stage;
}

const needsReviewJob = () => readFile(join(fixturesDir, 'cases', 'needs-review', 'input.yaml'), 'utf8');
const BROKEN_PYTORCHJOB =
  'apiVersion: kubeflow.org/v1\nkind: PyTorchJob\nmetadata:\n  name: broken\nspec: [unclosed\n';

describe('the bundled Action, run as the runner runs it', () => {
  it('converts, opens the pull request, and sets outputs, the job summary and the report', async () => {
    if (!requireShared()) return;
    const s = await seedStage();
    const out = await runAction(runnerContext(s), {
      labels: 'kubeflow\nmigration',
      'trainer-version': '2.2',
    });

    expect(out.annotations('error')).toEqual([]);
    expect(out.code).toBe(0);
    expect(out.outputs).toMatchObject({
      'pull-request-operation': 'created',
      'pull-request-number': '1',
      'pull-request-url': 'https://github.com/acme/gitops/pull/1',
      'jobs-found': '2',
      'jobs-converted': '2',
      'jobs-needing-review': '0',
    });
    expect(s.github.pulls).toHaveLength(1);
    expect(s.github.pulls[0]).toMatchObject({
      head: TOOL_BRANCH,
      base: 'main',
      labels: ['kubeflow', 'migration'],
    });
    const converted = await s.remoteGit(['show', `${TOOL_BRANCH}:clusters/training/simple-cpu.yaml`]);
    expect(converted).toMatch(/^kind: TrainJob$/m);

    const reportPath = out.outputs.report ?? '';
    expect(reportPath.startsWith(s.tmp.path)).toBe(true);
    const report = JSON.parse(await readFile(reportPath, 'utf8'));
    expect(reportValidator()(report)).toEqual({ valid: true, errors: [] });
    expect(report.pullRequest).toMatchObject({
      operation: 'created',
      number: 1,
      branch: TOOL_BRANCH,
      base: 'main',
    });
    // INPUT_TRAINER-VERSION (hyphen kept) reached the conversion.
    expect(report.options.trainerVersion).toBe('2.2');
    expect(report.files.map((file: { path: string }) => file.path).sort()).toEqual([
      'clusters/training/simple-cpu.yaml',
      'clusters/training/single-node.yaml',
    ]);

    expect(out.summary).toContain('Opened a pull request');
    expect(out.summary).toContain('https://github.com/acme/gitops/pull/1');
    expect(out.summary).toContain(
      `https://github.com/acme/gitops/blob/${TOOL_BRANCH}/clusters/training/simple-cpu.yaml#L1`,
    );
    // The token is masked for the runner, and appears nowhere else.
    const masks = out.commands.filter((command) => command.command === 'add-mask');
    expect(masks.map((command) => command.message)).toContain(TOKEN);
    const withoutMaskCommands = out.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(`${withoutMaskCommands}${out.stderr}${out.summary}`).not.toContain(TOKEN);
  });

  it('a second run leaves the same pull request alone: no new pull request, no new push', async () => {
    if (!requireShared()) return;
    const s = await seedStage();
    const first = await runAction(runnerContext(s));
    expect(first.code).toBe(0);
    const writes = s.github.writes().length;

    const second = await runAction(runnerContext(s));
    expect(second.code).toBe(0);
    expect(second.outputs['pull-request-operation']).toBe('none');
    expect(second.outputs['pull-request-number']).toBe('1');
    expect(s.github.pulls).toHaveLength(1);
    expect(s.github.writes()).toHaveLength(writes);
    expect(s.pushes()).toHaveLength(1);
  });

  it('annotates jobs left for review as warnings and unparsable files as errors, and fails on the error', async () => {
    if (!requireShared()) return;
    const s = await seedStage({
      'clusters/elastic/imagenet.yaml': await needsReviewJob(),
      'clusters/broken/job.yaml': BROKEN_PYTORCHJOB,
    });
    const out = await runAction(runnerContext(s));

    expect(out.code).toBe(1);
    const warnings = out.annotations('warning').filter((w) => w.properties.file);
    expect(warnings).toEqual([
      expect.objectContaining({
        properties: expect.objectContaining({ file: 'clusters/elastic/imagenet.yaml', line: '1' }),
        message: expect.stringContaining('[ELASTIC_POLICY]'),
      }),
    ]);
    const errors = out.annotations('error');
    expect(errors.filter((e) => e.properties.file === 'clusters/broken/job.yaml')).toHaveLength(1);
    expect(errors.find((e) => e.properties.file === 'clusters/broken/job.yaml')?.properties.line).toMatch(
      /^\d+$/,
    );
    // The step fails with a message, after the outputs and the summary were written.
    expect(errors.some((e) => !e.properties.file && /failure/.test(e.message))).toBe(true);
    expect(out.outputs['jobs-needing-review']).toBe('1');
    expect(out.outputs['pull-request-operation']).toBe('created');
    expect(out.summary).toContain('elastic-imagenet');
  });

  it('a job needing review is only a warning, unless fail-on-review is true', async () => {
    if (!requireShared()) return;
    const s = await seedStage({ 'clusters/elastic/imagenet.yaml': await needsReviewJob() });
    const lenient = await runAction(runnerContext(s), { 'dry-run': 'true' });
    expect(lenient.code).toBe(0);
    expect(
      lenient.annotations('warning').some((w) => w.properties.file === 'clusters/elastic/imagenet.yaml'),
    ).toBe(true);

    const strict = await runAction(runnerContext(s), { 'dry-run': 'true', 'fail-on-review': 'true' });
    expect(strict.code).toBe(1);
    expect(
      strict
        .annotations('error')
        .map((e) => e.message)
        .join('\n'),
    ).toMatch(/needs review.*fail-on-review/);
  });

  it('dry-run: true pushes nothing and writes nothing to GitHub, and says what would happen', async () => {
    if (!requireShared()) return;
    const s = await seedStage();
    const out = await runAction(runnerContext(s), { 'dry-run': 'true' });

    expect(out.code).toBe(0);
    expect(out.outputs['pull-request-operation']).toBe('created');
    expect(out.outputs['pull-request-number']).toBe('');
    expect(out.outputs['jobs-converted']).toBe('2');
    expect(s.pushes()).toEqual([]);
    expect(s.github.writes()).toEqual([]);
    expect(s.github.pulls).toEqual([]);
    expect(await s.tip(TOOL_BRANCH)).toBeUndefined();
    expect(out.summary).toContain('Dry run: would have opened a pull request');
  });

  it('an invalid input value fails before any git or GitHub work, naming the input and the allowed values', async () => {
    if (!requireShared()) return;
    const s = await seedStage();
    const out = await runAction(runnerContext(s), { strategy: 'sideways' });

    expect(out.code).toBe(1);
    expect(out.annotations('error').map((e) => e.message)).toEqual([
      'Input "strategy" must be one of replace, side-by-side (got "sideways").',
    ]);
    expect(s.github.requests).toEqual([]);
    expect(s.remote.requests).toEqual([]);
    expect(out.outputs).toEqual({});

    const notBoolean = await runAction(runnerContext(s), { draft: 'yes' });
    expect(notBoolean.code).toBe(1);
    expect(notBoolean.annotations('error')[0]?.message).toBe(
      'Input "draft" must be true or false (got "yes").',
    );
  });

  it('a missing token fails with a message naming the token input, before any request', async () => {
    if (!requireShared()) return;
    const s = await seedStage();
    const out = await runAction(runnerContext(s, { token: undefined }));

    expect(out.code).toBe(1);
    const [error] = out.annotations('error');
    expect(error?.message).toMatch(/^Input "token" is empty/);
    expect(s.github.requests).toEqual([]);
    expect(s.remote.requests).toEqual([]);
  });

  it('on GitHub Enterprise Server, talks to GITHUB_API_URL (/api/v3) and links to GITHUB_SERVER_URL', async () => {
    if (!requireShared()) return;
    const s = await seedStage();
    const enterprise = await startGitHubStandIn({
      token: TOKEN,
      owner: OWNER,
      repo: REPO,
      pathPrefix: '/api/v3',
      branchExists: async (branch) => (await s.tip(branch)) !== undefined,
    });
    extraStandIns.push(enterprise);
    const out = await runAction(
      runnerContext(s, { apiUrl: enterprise.apiUrl, serverUrl: 'https://ghe.example.com' }),
    );

    expect(out.code).toBe(0);
    expect(enterprise.apiUrl).toMatch(/\/api\/v3$/);
    expect(enterprise.pulls).toHaveLength(1);
    expect(enterprise.requests.every((request) => request.path.startsWith('/api/v3/'))).toBe(true);
    expect(s.github.requests).toEqual([]);
    expect(out.summary).toContain(
      `https://ghe.example.com/acme/gitops/blob/${TOOL_BRANCH}/clusters/training/simple-cpu.yaml#L1`,
    );
  });

  it('sign-commits commits through the API; the matrix entry feeds one dashboard issue, created once then left alone', async () => {
    if (!requireShared()) return;
    const s = await seedStage();
    const refused = await runAction(runnerContext(s), {
      'sign-commits': 'true',
      author: 'Dana <dana@example.com>',
    });
    expect(refused.code).toBe(1);
    expect(refused.annotations('error')[0]?.message).toMatch(
      /^Inputs "author" and "committer" must be empty with sign-commits: GitHub signs a commit made through its API only when/,
    );
    expect(s.github.requests).toEqual([]);

    const out = await runAction(runnerContext(s), { 'sign-commits': 'true' });
    expect(out.code).toBe(0);
    expect(s.pushes()).toHaveLength(0);
    expect(await s.remoteGit(['log', '-1', '--format=%an|%cn', TOOL_BRANCH])).toBe(
      'github-actions[bot]|GitHub\n',
    );
    const entry = JSON.parse(await readFile(out.outputs['dashboard-entry'] ?? '', 'utf8'));
    expect(entry).toMatchObject({
      repository: `${OWNER}/${REPO}`,
      found: 2,
      converted: 2,
      held: 0,
      pullRequest: { operation: 'created', number: 1 },
    });

    // The job after the matrix: the downloaded artifacts, one folder per matrix job.
    const artifacts = join(s.tmp.path, 'artifacts');
    await mkdir(join(artifacts, 'dashboard-0'), { recursive: true });
    await copyFile(out.outputs['dashboard-entry'] ?? '', join(artifacts, 'dashboard-0', 'entry.json'));
    const dashboard = await runAction(runnerContext(s), { 'dashboard-from': artifacts });
    expect(dashboard.code).toBe(0);
    expect(dashboard.outputs).toMatchObject({
      'dashboard-issue-number': '2',
      'dashboard-issue-url': 'https://github.com/acme/gitops/issues/2',
    });
    expect(s.github.issues).toHaveLength(1);
    expect(s.github.issues[0]?.body).toContain(
      '| acme/gitops | 2 | 2 | 0 | 0 | converted | [#1](https://github.com/acme/gitops/pull/1) |',
    );
    const writes = s.github.writes().length;
    expect(
      (await runAction(runnerContext(s), { 'dashboard-from': artifacts })).outputs['dashboard-issue-number'],
    ).toBe('2');
    expect(s.github.writes()).toHaveLength(writes);
    expect(s.github.issues).toHaveLength(1);
  }, 180_000);
});
