/**
 * `--sign-commits`: the commit is made through GitHub's git data API (the stand-in does it with real
 * git in the bare repository the git remote serves), and must hold exactly what a git push of the same
 * change holds: same tree object, so the same paths, bytes and modes.
 */
import { chmod, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PushRejectedError } from '../../src/publish/errors.js';
import { createGitPort } from '../../src/publish/git.js';
import { createGitDataPort } from '../../src/publish/git-data.js';
import { MAX_INLINE_FILE_BYTES, writeSignedCommit } from '../../src/publish/signed-commit.js';
import { git } from '../helpers/git-repo.js';
import { fixturesDir, requireShared } from '../helpers/shared.js';
import {
  closeStage,
  createStage,
  OWNER,
  REPO,
  type Stage,
  seedPyTorchJobs,
  TOKEN,
  TOOL_BRANCH,
} from './stage.js';

const stages: Stage[] = [];

afterEach(async () => {
  for (const stage of stages.splice(0)) await closeStage(stage);
});

async function filesUnder(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files[relative(root, path)] = await readFile(path, 'utf8');
    }
  };
  await walk(root);
  return files;
}

/** Two seed PyTorchJobs, one of them executable, and a symlink beside them. */
async function seedStage(): Promise<Stage> {
  const [single, distributed] = await seedPyTorchJobs();
  const stage = await createStage(
    { 'training/single-node.yaml': single ?? '', 'training/simple-cpu.yaml': distributed ?? '' },
    {
      executable: ['training/simple-cpu.yaml'],
      symlinks: { 'training/current.yaml': 'simple-cpu.yaml' },
      milestones: [3],
    },
  );
  stages.push(stage);
  return stage;
}

/** The demo repository (fixtures/demo-gitops). */
async function demoStage(): Promise<Stage> {
  const stage = await createStage(await filesUnder(join(fixturesDir, 'demo-gitops')));
  stages.push(stage);
  return stage;
}

const writeOperations = (s: Stage): string[] => s.github.writes().map((r) => `${r.method} ${r.operationId}`);

describe('pr --sign-commits against the GitHub stand-in and a real git remote', () => {
  it('commits the tree a git push makes, through the API only, and a rerun with no change writes nothing', async () => {
    if (!requireShared()) return;
    const pushed = await seedStage();
    const signed = await seedStage();

    expect((await pushed.runPr()).code).toBe(0);
    expect((await signed.runPr(['--sign-commits', '--milestone', '3'])).code).toBe(0);

    // Same tree object as the pushed branch: same paths, contents and modes.
    const treeOf = (s: Stage) => s.remoteGit(['rev-parse', `${TOOL_BRANCH}^{tree}`]);
    expect(await treeOf(signed)).toBe(await treeOf(pushed));
    const listing = await signed.remoteGit(['ls-tree', '-r', TOOL_BRANCH]);
    expect(listing).toMatch(/^100755 blob [0-9a-f]+\ttraining\/simple-cpu\.yaml$/m);
    expect(listing).toMatch(/^120000 blob [0-9a-f]+\ttraining\/current\.yaml$/m);
    expect(await signed.remoteGit(['show', `${TOOL_BRANCH}:training/simple-cpu.yaml`])).toMatch(
      /^kind: TrainJob$/m,
    );

    // One commit on main, made by the token's identity with GitHub as committer (what GitHub signs).
    const main = (await signed.remoteGit(['rev-parse', 'main'])).trim();
    const header = await signed.remoteGit([
      'log',
      '-1',
      '--format=%P%x1f%an <%ae>%x1f%cn <%ce>%x1f%s',
      TOOL_BRANCH,
    ]);
    expect(header.trim().split('\x1f')).toEqual([
      main,
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
      'GitHub <noreply@github.com>',
      'Convert 2 PyTorchJobs to Kubeflow Trainer v2 TrainJobs',
    ]);
    expect(signed.pushes()).toHaveLength(0);

    // The API calls: the changed files inline in one tree request, no blobs.
    expect(signed.github.requests.map((r) => `${r.method} ${r.operationId}`)).toEqual([
      'GET repos/get',
      'GET pulls/list',
      'GET pulls/list',
      'GET git/get-ref',
      'POST git/create-tree',
      'POST git/create-commit',
      'POST git/create-ref',
      'POST pulls/create',
      'PATCH issues/update',
    ]);
    const tree = signed.github.requests.find((r) => r.operationId === 'git/create-tree')?.body as {
      base_tree: string;
      tree: { path: string; mode: string; content?: string }[];
    };
    expect(tree.base_tree).toBe((await signed.remoteGit(['rev-parse', 'main^{tree}'])).trim());
    const executable = tree.tree.find((entry) => entry.path === 'training/simple-cpu.yaml');
    expect(executable?.mode).toBe('100755');
    expect(executable?.content).toBe(
      await signed.remoteGit(['show', `${TOOL_BRANCH}:training/simple-cpu.yaml`]),
    );
    const commit = signed.github.requests.find((r) => r.operationId === 'git/create-commit')?.body as Record<
      string,
      unknown
    >;
    expect(commit).not.toHaveProperty('author');
    expect(commit).not.toHaveProperty('committer');
    expect(signed.github.pulls[0]).toMatchObject({ head: TOOL_BRANCH, headOwner: OWNER, milestone: 3 });

    // Nothing changed: no API write at all, the branch stays.
    const writes = writeOperations(signed).length;
    const tip = await signed.tip(TOOL_BRANCH);
    expect((await signed.runPr(['--sign-commits', '--milestone', '3'])).code).toBe(0);
    expect(writeOperations(signed)).toHaveLength(writes);
    expect(await signed.tip(TOOL_BRANCH)).toBe(tip);
  }, 180_000);

  it('on the demo repository: one tree, one commit, one ref; then updates its own signed branch in place when main moves', async () => {
    const s = await demoStage();
    expect((await s.runPr(['--sign-commits'])).code).toBe(1); // the demo keeps one job for review
    expect(writeOperations(s)).toEqual([
      'POST git/create-tree',
      'POST git/create-commit',
      'POST git/create-ref',
      'POST pulls/create',
    ]);
    await s.commitOnMain({ 'docs/notes.md': 'notes\n' }, 'Notes');
    const writesBefore = writeOperations(s).length;
    expect((await s.runPr(['--sign-commits'])).code).toBe(1);
    // The API commit (GitHub as committer, a bot as author) is the tool's own: no backing off.
    expect(writeOperations(s).slice(writesBefore)).toEqual([
      'POST git/create-tree',
      'POST git/create-commit',
      'PATCH git/update-ref',
      'PATCH pulls/update',
    ]);
    expect((await s.remoteGit(['rev-parse', `${TOOL_BRANCH}^`])).trim()).toBe(
      (await s.remoteGit(['rev-parse', 'main'])).trim(),
    );
    expect(s.github.pulls).toHaveLength(1);
  }, 180_000);

  it('refuses --author or --committer with --sign-commits', async () => {
    const s = await createStage({});
    stages.push(s);
    await expect(s.runPr(['--sign-commits', '--author', 'Dana <dana@example.com>'])).rejects.toThrow(
      /--author and --committer: GitHub signs a commit made through its API only when no author or committer is given/,
    );
  });
});

describe('writeSignedCommit', () => {
  it('keeps deletions, modes, symlinks, binary and large files, and refuses a branch that moved', async () => {
    const s = await createStage({ 'keep.txt': 'keep\n', 'gone.txt': 'gone\n', 'tool.sh': 'echo hi\n' });
    stages.push(s);
    await rm(join(s.work, 'gone.txt'));
    await chmod(join(s.work, 'tool.sh'), 0o755);
    await symlink('keep.txt', join(s.work, 'link'));
    await writeFile(join(s.work, 'bin.dat'), Buffer.from([0, 255, 254, 1, 2]));
    await writeFile(join(s.work, 'big.yaml'), `${'a: 1\n'.repeat(MAX_INLINE_FILE_BYTES / 5 + 1)}`);
    await mkdir(join(s.work, 'deep'));
    await writeFile(join(s.work, 'deep', 'new.yaml'), 'k: v\n');
    await git(s.work, ['add', '--all'], s.tmp.env);
    await git(s.work, ['commit', '--quiet', '-m', 'Everything at once'], s.tmp.env);
    const sha = (await git(s.work, ['rev-parse', 'HEAD'], s.tmp.env)).trim();
    const parent = (await git(s.work, ['rev-parse', 'HEAD^'], s.tmp.env)).trim();

    const gitPort = createGitPort({ dir: s.work, token: TOKEN, env: s.tmp.env });
    const api = createGitDataPort({
      token: TOKEN,
      owner: OWNER,
      repo: REPO,
      apiUrl: s.github.apiUrl,
      paceWrites: false,
    });
    const made = await writeSignedCommit(
      gitPort,
      api,
      'feature',
      { sha, parent, message: 'Everything at once' },
      undefined,
    );

    expect(made.verified).toBe(true);
    expect(made.tree).toBe((await git(s.work, ['rev-parse', 'HEAD^{tree}'], s.tmp.env)).trim());
    expect((await s.remoteGit(['rev-parse', 'feature^{tree}'])).trim()).toBe(made.tree);
    // Only what cannot travel as UTF-8 text of moderate size became a blob.
    const blobs = s.github.requests.filter((r) => r.operationId === 'git/create-blob');
    expect(blobs).toHaveLength(2);
    const treeBody = s.github.requests.find((r) => r.operationId === 'git/create-tree')?.body as
      | { tree: Record<string, unknown>[] }
      | undefined;
    const entries = treeBody?.tree ?? [];
    expect(entries.find((e) => e.path === 'gone.txt')).toEqual({
      path: 'gone.txt',
      mode: '100644',
      type: 'blob',
      sha: null,
    });
    expect(entries.find((e) => e.path === 'link')).toEqual({
      path: 'link',
      mode: '120000',
      type: 'blob',
      content: 'keep.txt',
    });
    expect(entries.find((e) => e.path === 'tool.sh')).toMatchObject({ mode: '100755', content: 'echo hi\n' });

    // The branch is now at `made`; a caller that fetched before that is refused, as a lease would.
    await expect(
      writeSignedCommit(gitPort, api, 'feature', { sha, parent, message: 'again' }, undefined),
    ).rejects.toBeInstanceOf(PushRejectedError);
    expect((await s.remoteGit(['rev-parse', 'feature'])).trim()).toBe(made.sha);
  });
});
