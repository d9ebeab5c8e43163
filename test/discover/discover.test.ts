import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDiscoverCommand } from '../../src/cli/discover-command.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../cli/run-cli.js';
import {
  type GitHubStandIn,
  type StandInOrganization,
  startGitHubStandIn,
} from '../helpers/github-stand-in.js';
import { fixturesDir, requireShared, sharedPath } from '../helpers/shared.js';
import { seedPyTorchJobs } from '../publish/stage.js';

const TOKEN = 'ghs_discoveryToken_Qw3Er5Ty7Ui9';
let standIn: GitHubStandIn | undefined;

afterEach(async () => {
  if (standIn) {
    expect(standIn.problems()).toEqual([]);
    await standIn.close();
  }
  standIn = undefined;
});

/**
 * acme: two live repositories with PyTorchJobs (one YAML from the seed, one real-world file plus a
 * JSON one), one that only mentions PyTorchJob in prose, an archived one and a fork with jobs, and
 * an empty one.
 */
async function acme(): Promise<Omit<StandInOrganization, 'codeSearchStatus'>> {
  const [seedJob] = await seedPyTorchJobs();
  const realWorld = await readFile(
    sharedPath('corpus', 'real-world', 'thesteve0__llm-fine-tune-single-noded', 'deploy__pytorchjob.yaml'),
    'utf8',
  );
  const jsonJob = await readFile(
    join(fixturesDir, 'demo-gitops', 'apps', 'training', 'quick-check.json'),
    'utf8',
  );
  const deployment = await readFile(
    join(fixturesDir, 'demo-gitops', 'apps', 'web', 'deployment.yaml'),
    'utf8',
  );
  return {
    login: 'acme',
    // Five repositories on pages of two: every listing takes several requests.
    maxPageSize: 2,
    repositories: [
      {
        name: 'gitops-prod',
        topics: ['gitops'],
        files: {
          'clusters/training/job.yaml': seedJob ?? '',
          'README.md': 'Our PyTorchJob runbooks live here.\n',
        },
      },
      {
        name: 'ml-platform',
        defaultBranch: 'trunk',
        topics: ['gitops', 'ml'],
        files: { 'deploy/pytorchjob.yaml': realWorld, 'deploy/quick-check.json': jsonJob },
      },
      {
        name: 'web',
        topics: ['gitops'],
        files: { 'k8s/deployment.yaml': deployment, 'docs/notes.md': 'No PyTorchJob here, only prose.\n' },
      },
      { name: 'old-training', archived: true, files: { 'jobs/mnist.yaml': seedJob ?? '' } },
      { name: 'examples-fork', fork: true, files: { 'examples/mnist.yaml': seedJob ?? '' } },
      { name: 'empty', files: {} },
    ],
  };
}

async function startAcme(
  overrides: Partial<StandInOrganization> = {},
  pathPrefix?: string,
): Promise<GitHubStandIn> {
  standIn = await startGitHubStandIn({
    token: TOKEN,
    owner: 'acme',
    repo: 'gitops-prod',
    organization: { ...(await acme()), ...overrides },
    ...(pathPrefix ? { pathPrefix } : {}),
  });
  return standIn;
}

async function discover(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: {
      write: (text) => {
        stdout += text;
      },
      isTTY: false,
    },
    stderr: {
      write: (text) => {
        stderr += text;
      },
      isTTY: false,
    },
    env: { GITHUB_TOKEN: TOKEN, ...env },
    cwd: process.cwd(),
  };
  const code = await runDiscoverCommand(args, io, { retryAfterBaseMs: 5 });
  return { code, stdout, stderr };
}

const operations = (s: GitHubStandIn) => s.requests.map((request) => request.operationId);
const LIVE_MATRIX = '{"include":[{"repository":"acme/gitops-prod"},{"repository":"acme/ml-platform"}]}\n';

describe('discover: an organisation on the GitHub stand-in', () => {
  it('finds the repositories with PyTorchJob manifests by code search, and prints a one-line matrix', async () => {
    if (!requireShared()) return;
    const s = await startAcme();
    const out = await discover(['--org', 'acme', '--format', 'matrix', '--api-url', s.apiUrl]);

    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(LIVE_MATRIX);
    // Six repositories on pages of two.
    expect(operations(s).filter((id) => id === 'repos/list-for-org')).toHaveLength(3);
    expect(operations(s)).toContain('search/code');
    expect(operations(s)).not.toContain('git/get-tree');
  });

  it('falls back to reading trees when the server has no code search, with the same result', async () => {
    if (!requireShared()) return;
    const s = await startAcme({ codeSearchStatus: 422 });
    const out = await discover(['--org', 'acme', '--format', 'json', '--api-url', s.apiUrl]);

    expect(out.code).toBe(0);
    const discovery = JSON.parse(out.stdout);
    expect(discovery).toMatchObject({ org: 'acme', method: 'tree', repositoriesChecked: 4 });
    expect(discovery.repositories).toEqual([
      { repository: 'acme/gitops-prod', defaultBranch: 'main', files: ['clusters/training/job.yaml'] },
      {
        repository: 'acme/ml-platform',
        defaultBranch: 'trunk',
        files: ['deploy/pytorchjob.yaml', 'deploy/quick-check.json'],
      },
    ]);
    expect(out.stderr).toMatch(/HTTP 422.*read each repository's tree instead/);
    // Archived repositories and forks are not read; prose files are not fetched.
    const trees = s.requests.filter((r) => r.operationId === 'git/get-tree').map((r) => r.path);
    expect(trees.sort()).toEqual([
      '/repos/acme/empty/git/trees/main',
      '/repos/acme/gitops-prod/git/trees/main',
      '/repos/acme/ml-platform/git/trees/trunk',
      '/repos/acme/web/git/trees/main',
    ]);
    expect(s.requests.filter((r) => r.operationId === 'git/get-blob')).toHaveLength(4);
  });

  it('--method tree and code search agree, and the matrix is the same', async () => {
    if (!requireShared()) return;
    const s = await startAcme();
    const tree = await discover([
      '--org',
      'acme',
      '--format',
      'matrix',
      '--method',
      'tree',
      '--api-url',
      s.apiUrl,
    ]);
    expect(tree.code).toBe(0);
    expect(tree.stdout).toBe(LIVE_MATRIX);
    expect(operations(s)).not.toContain('search/code');
  });

  it('--topic keeps repositories with every given topic; archived and forks only when asked', async () => {
    if (!requireShared()) return;
    const s = await startAcme();
    const ml = await discover([
      '--org',
      'acme',
      '--topic',
      'gitops',
      '--topic',
      'ml',
      '-f',
      'matrix',
      '--method',
      'tree',
      '--api-url',
      s.apiUrl,
    ]);
    expect(ml.stdout).toBe('{"include":[{"repository":"acme/ml-platform"}]}\n');

    const all = await discover([
      '--org',
      'acme',
      '--include-archived',
      '--include-forks',
      '--method',
      'tree',
      '--api-url',
      s.apiUrl,
    ]);
    expect(all.code).toBe(0);
    expect(
      all.stdout
        .split('\n')
        .filter((line) => line.startsWith('acme/'))
        .map((line) => line.split(' ')[0]),
    ).toEqual(['acme/examples-fork', 'acme/gitops-prod', 'acme/ml-platform', 'acme/old-training']);
    expect(all.stdout).toContain(
      '4 of 6 repositories in acme hold PyTorchJobs (found by reading repository trees).',
    );
  });

  it('works on GitHub Enterprise Server: GITHUB_API_URL ending in /api/v3', async () => {
    if (!requireShared()) return;
    const s = await startAcme({}, '/api/v3');
    const out = await discover(['--org', 'acme', '-f', 'matrix'], { GITHUB_API_URL: s.apiUrl });
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(LIVE_MATRIX);
    expect(s.requests.every((request) => request.path.startsWith('/api/v3/'))).toBe(true);
  });

  it('fails clearly: no token (exit 2), an unknown organisation, code search demanded but missing (exit 1)', async () => {
    if (!requireShared()) return;
    const s = await startAcme({ codeSearchStatus: 422 });
    const noToken = await discover(['--org', 'acme', '--api-url', s.apiUrl], { GITHUB_TOKEN: undefined });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/No GitHub token/);
    expect(s.requests).toEqual([]);

    const unknown = await discover(['--org', 'nobody', '--api-url', s.apiUrl]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Could not list the repositories of nobody.*HTTP 404.*organisation name/);
    expect(unknown.stdout).toBe('');

    const demanded = await discover(['--org', 'acme', '--method', 'code-search', '--api-url', s.apiUrl]);
    expect(demanded.code).toBe(1);
    expect(demanded.stderr).toMatch(/Code search answered HTTP 422/);
    expect(`${noToken.stderr}${unknown.stderr}${demanded.stderr}`).not.toContain(TOKEN);
  });
});

describe('discover through the built CLI', () => {
  it('prints the matrix a workflow reads with fromJSON()', async () => {
    if (!requireShared()) return;
    const s = await startAcme();
    const out = await runCli(['discover', '--org', 'acme', '--format', 'matrix'], {
      cwd: process.cwd(),
      env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: s.apiUrl },
    });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const matrix = JSON.parse(out.stdout);
    expect(matrix).toEqual({
      include: [{ repository: 'acme/gitops-prod' }, { repository: 'acme/ml-platform' }],
    });
    expect(out.stdout.trimEnd().includes('\n')).toBe(false);
  });

  it('rejects a bad --format with the allowed values (exit 2)', async () => {
    const out = await runCli(['discover', '--org', 'acme', '--format', 'yaml'], {
      cwd: process.cwd(),
      env: { GITHUB_TOKEN: TOKEN },
    });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--format must be one of matrix, json, text (got "yaml")');
  });
});
