import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/publish/errors.js';
import { createPullRequestPort, type PullRequestPort } from '../../src/publish/github.js';
import { createMasker } from '../../src/publish/token.js';
import { type GitHubStandIn, startGitHubStandIn } from '../helpers/github-stand-in.js';

const TOKEN = 'ghs_apiTestToken_0123456789';

describe('PullRequestPort against the GitHub stand-in', () => {
  let github: GitHubStandIn;
  let port: PullRequestPort;
  const warnings: string[] = [];

  beforeEach(async () => {
    warnings.length = 0;
    github = await startGitHubStandIn({ token: TOKEN, owner: 'acme', repo: 'gitops' });
    port = createPullRequestPort({
      token: TOKEN,
      owner: 'acme',
      repo: 'gitops',
      apiUrl: github.apiUrl,
      retryAfterBaseMs: 20,
      paceWrites: false,
      warn: (message) => warnings.push(message),
    });
  });

  afterEach(async () => {
    expect(github.problems()).toEqual([]);
    await github.close();
  });

  it('reads the repository, creates, lists, updates and decorates a pull request in the shape GitHub documents', async () => {
    expect(await port.getRepository()).toEqual({
      defaultBranch: 'main',
      htmlUrl: 'https://github.com/acme/gitops',
      cloneUrl: 'https://github.com/acme/gitops.git',
    });
    const created = await port.create({ head: 'bot', base: 'main', title: 'T', body: 'B', draft: true });
    expect(created).toMatchObject({
      number: 1,
      state: 'open',
      merged: false,
      headRef: 'bot',
      baseRef: 'main',
    });
    expect(created.url).toBe('https://github.com/acme/gitops/pull/1');
    await port.addMetadata(1, {
      labels: ['kubeflow'],
      reviewers: ['alice', 'acme/ml-platform'],
      assignees: ['bob'],
    });
    const updated = await port.update(1, { title: 'T2', body: 'B2' });
    expect(updated.title).toBe('T2');
    expect((await port.listByHead('bot', 'open')).map((p) => p.number)).toEqual([1]);
    expect(await port.listByHead('other', 'open')).toEqual([]);
    expect(github.pulls[0]).toMatchObject({
      draft: true,
      labels: ['kubeflow'],
      reviewers: ['alice'],
      teamReviewers: ['ml-platform'],
      assignees: ['bob'],
    });
    github.closePull(1, { merged: true });
    expect(await port.listByHead('bot', 'closed')).toMatchObject([
      { number: 1, state: 'closed', merged: true },
    ]);
  });

  it('retries a 500 answer and then succeeds', async () => {
    github.failNext('pulls/create', 2, 500);
    const created = await port.create({ head: 'bot', base: 'main', title: 'T', body: 'B', draft: false });
    expect(created.number).toBe(1);
    expect(github.requests.filter((r) => r.operationId === 'pulls/create').map((r) => r.status)).toEqual([
      500, 500, 201,
    ]);
  });

  it('waits out a secondary rate limit for its retry-after before trying again', async () => {
    const slow = createPullRequestPort({
      token: TOKEN,
      owner: 'acme',
      repo: 'gitops',
      apiUrl: github.apiUrl,
      retryAfterBaseMs: 400,
      paceWrites: false,
      warn: (message) => warnings.push(message),
    });
    github.rateLimitNext('pulls/create', 1);
    const started = Date.now();
    const created = await slow.create({ head: 'bot', base: 'main', title: 'T', body: 'B', draft: false });
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
    expect(created.number).toBe(1);
    expect(github.requests.filter((r) => r.operationId === 'pulls/create').map((r) => r.status)).toEqual([
      403, 201,
    ]);
    expect(warnings.join('\n')).toMatch(/secondary rate limit/);
  });

  it('serves a GitHub Enterprise Server style API URL', async () => {
    const ghes = await startGitHubStandIn({
      token: TOKEN,
      owner: 'acme',
      repo: 'gitops',
      pathPrefix: '/api/v3',
    });
    try {
      const enterprise = createPullRequestPort({
        token: TOKEN,
        owner: 'acme',
        repo: 'gitops',
        apiUrl: `${ghes.apiUrl}/`,
      });
      expect((await enterprise.getRepository()).defaultBranch).toBe('main');
      expect(ghes.requests[0]?.path).toBe('/api/v3/repos/acme/gitops');
      expect(ghes.problems()).toEqual([]);
    } finally {
      await ghes.close();
    }
  });

  it('reports a refused token with the status and without the token', async () => {
    const wrong = 'ghs_notTheRightToken_987654';
    const refused = createPullRequestPort({
      token: wrong,
      owner: 'acme',
      repo: 'gitops',
      apiUrl: github.apiUrl,
      mask: createMasker([wrong]),
    });
    const error = await refused.getRepository().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(401);
    expect((error as Error).message).toMatch(/acme\/gitops.*HTTP 401/);
    expect((error as Error).message).not.toContain(wrong);
  });
});

describe('the stand-in checks requests against GitHub’s OpenAPI description', () => {
  it('rejects and records a body that breaks the schema, an unknown route and an unknown query parameter', async () => {
    const github = await startGitHubStandIn({ token: TOKEN, owner: 'acme', repo: 'gitops' });
    try {
      const silent = () => undefined;
      const octokit = new Octokit({
        auth: TOKEN,
        baseUrl: github.apiUrl,
        log: { debug: silent, info: silent, warn: silent, error: silent },
      });
      // Deliberately untyped: these requests break GitHub's description on purpose.
      const send = (route: string, params: Record<string, unknown>) => octokit.request(route, params);
      const missingBase = await send('POST /repos/{owner}/{repo}/pulls', {
        owner: 'acme',
        repo: 'gitops',
        head: 'bot',
        title: 'x',
      }).catch((e: { status: number }) => e.status);
      expect(missingBase).toBe(422);
      const wrongType = await send('POST /repos/{owner}/{repo}/pulls', {
        owner: 'acme',
        repo: 'gitops',
        head: 'bot',
        base: 'main',
        draft: 'yes',
      }).catch((e: { status: number }) => e.status);
      expect(wrongType).toBe(422);
      const badNumber = await send('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: 'acme',
        repo: 'gitops',
        pull_number: 'abc',
      }).catch((e: { status: number }) => e.status);
      expect(badNumber).toBe(422);
      const unknown = await send('GET /repos/{owner}/{repo}/no-such-thing', {
        owner: 'acme',
        repo: 'gitops',
      }).catch((e: { status: number }) => e.status);
      expect(unknown).toBe(404);
      const badQuery = await send('GET /repos/{owner}/{repo}/pulls', {
        owner: 'acme',
        repo: 'gitops',
        state: 'merged',
      }).catch((e: { status: number }) => e.status);
      expect(badQuery).toBe(422);
      const problems = github.problems();
      expect(problems).toHaveLength(5);
      expect(problems[0]).toMatch(/must have required property 'base'/);
      expect(problems[1]).toMatch(/draft must be boolean/);
      expect(problems[2]).toMatch(/pull_number=abc/);
      expect(problems[3]).toMatch(/no GitHub operation for GET/);
      expect(problems[4]).toMatch(/state=merged.*allowed values/);
    } finally {
      await github.close();
    }
  });
});
