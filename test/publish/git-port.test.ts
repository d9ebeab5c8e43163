import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  GitAuthenticationError,
  NotAGitRepositoryError,
  PushRejectedError,
} from '../../src/publish/errors.js';
import { createGitPort, GITHUB_ACTIONS_BOT } from '../../src/publish/git.js';
import { createMasker } from '../../src/publish/token.js';
import { type GitHttpServer, startGitHttpServer } from '../helpers/git-http-server.js';
import {
  authEnv,
  commitFiles,
  git,
  HUMAN,
  makeTempFolder,
  type TempFolder,
  writeFiles,
} from '../helpers/git-repo.js';

const TOKEN = 'ghs_portTestToken0123456789abcdef';

describe('GitPort over a real HTTP remote', () => {
  let tmp: TempFolder;
  let server: GitHttpServer;
  let work: string;

  beforeEach(async () => {
    tmp = await makeTempFolder();
    server = await startGitHttpServer({ root: tmp.path, token: TOKEN, env: tmp.env });
    const url = await server.createRepository('gitops');
    const seed = join(tmp.path, 'seed');
    await git(tmp.path, ['init', '--quiet', seed], tmp.env);
    await commitFiles(seed, tmp.env, { 'README.md': '# gitops\n' }, 'Initial commit');
    await git(seed, ['push', '--quiet', url, 'main'], tmp.env, authEnv(TOKEN));
    work = join(tmp.path, 'work');
    await git(tmp.path, ['clone', '--quiet', url, work], tmp.env, authEnv(TOKEN));
  });

  afterEach(async () => {
    await server.close();
    await tmp.remove();
  });

  it('fetches, commits as the given identity and pushes with the token kept out of argv and .git/config', async () => {
    const port = createGitPort({ dir: work, token: TOKEN, env: tmp.env, mask: createMasker([TOKEN]) });
    const tips = await port.fetchBranches(['main', 'trainjob-migrate/x']);
    expect([...tips.keys()]).toEqual(['main']);
    const main = tips.get('main')!;
    await port.switchToNewBranch('trainjob-migrate/x', main);
    await writeFiles(work, { 'job.yaml': 'kind: TrainJob\n' });
    expect(await port.uncommittedPaths()).toEqual(['job.yaml']);
    const commit = await port.commit(['job.yaml'], 'Convert 1 PyTorchJob', {
      author: GITHUB_ACTIONS_BOT,
      committer: GITHUB_ACTIONS_BOT,
    });
    await port.push('trainjob-migrate/x', undefined);

    const remoteTip = await git(
      server.repositoryPath('gitops'),
      ['rev-parse', 'refs/heads/trainjob-migrate/x'],
      tmp.env,
    );
    expect(remoteTip.trim()).toBe(commit);
    const [summary] = await port.commitsBetween(main, commit);
    expect(summary?.committer).toEqual(GITHUB_ACTIONS_BOT);
    expect(summary?.subject).toBe('Convert 1 PyTorchJob');

    const config = await readFile(join(work, '.git', 'config'), 'utf8');
    expect(config).not.toContain(TOKEN);
    expect(config.toLowerCase()).not.toContain('authorization');
    for (const request of server.requests) expect(request.url).not.toContain(TOKEN);
    expect(server.requests.some((r) => r.url.includes('git-receive-pack') && r.authorized)).toBe(true);
  });

  it('overrides a stale header that a checkout step left in .git/config', async () => {
    const stale = Buffer.from('x-access-token:expired').toString('base64');
    await git(
      work,
      ['config', `http.${server.baseUrl}/.extraheader`, `AUTHORIZATION: basic ${stale}`],
      tmp.env,
    );
    const port = createGitPort({ dir: work, token: TOKEN, env: tmp.env });
    const tips = await port.fetchBranches(['main']);
    expect(tips.has('main')).toBe(true);
  });

  it('turns a refused token into an authentication error that does not show the token', async () => {
    const wrong = 'ghs_wrongToken_abcdefghijklmnop';
    const port = createGitPort({ dir: work, token: wrong, env: tmp.env, mask: createMasker([wrong]) });
    const error = await port.fetchBranches(['main']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitAuthenticationError);
    expect(String((error as Error).message)).not.toContain(wrong);
    expect((error as Error).message).toMatch(/refused by the remote/);
  });

  it('reports a push whose lease no longer holds as rejected', async () => {
    const port = createGitPort({ dir: work, token: TOKEN, env: tmp.env });
    const main = (await port.fetchBranches(['main'])).get('main')!;
    await port.switchToNewBranch('bot', main);
    await writeFiles(work, { 'a.yaml': 'a: 1\n' });
    await port.commit(['a.yaml'], 'first', { author: GITHUB_ACTIONS_BOT, committer: GITHUB_ACTIONS_BOT });
    await port.push('bot', undefined);

    // Someone else moves the branch after our fetch.
    const other = join(tmp.path, 'other');
    await git(
      tmp.path,
      ['clone', '--quiet', '--branch', 'bot', `${server.baseUrl}/gitops.git`, other],
      tmp.env,
      authEnv(TOKEN),
    );
    await commitFiles(other, tmp.env, { 'b.yaml': 'b: 1\n' }, 'human change', HUMAN);
    await git(other, ['push', '--quiet', 'origin', 'bot'], tmp.env, authEnv(TOKEN));

    await port.switchToNewBranch('bot', main);
    await writeFiles(work, { 'a.yaml': 'a: 2\n' });
    await port.commit(['a.yaml'], 'second', { author: GITHUB_ACTIONS_BOT, committer: GITHUB_ACTIONS_BOT });
    const staleLease = (
      await git(work, ['rev-parse', 'refs/remotes/origin/bot'], tmp.env).catch(() => '')
    ).trim();
    const error = await port.push('bot', staleLease || main).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushRejectedError);
  });

  it('names the folder when it is not a git checkout', async () => {
    const port = createGitPort({ dir: tmp.path, env: tmp.env });
    const error = await port.head().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAGitRepositoryError);
    expect((error as Error).message).toContain(tmp.path);
  });
});
