/** The CI gate and the messages for bad input, through the built CLI. */
import { execFile } from 'node:child_process';
import { chmod, chown, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { cliPath, runCli } from '../cli/run-cli.js';
import { CLEAN_JOB, gitRepository, removeTree, writeTree } from '../run/trees.js';

const run = promisify(execFile);

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTree));
});
async function tree(files: Record<string, string>): Promise<string> {
  const root = await writeTree(files);
  roots.push(root);
  return root;
}

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** `convert --check` in `root`; as root, run as nobody so that a mode-000 file cannot be read. */
async function check(root: string, extra: string[] = []): Promise<{ code: number; stdout: string }> {
  const args = [cliPath, 'convert', '--check', ...extra, '.'];
  const options = asRoot ? { cwd: root, uid: NOBODY, gid: NOBODY } : { cwd: root };
  return run(process.execPath, args, options).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

async function readableByNobody(root: string): Promise<void> {
  if (!asRoot) return;
  await chmod(root, 0o755);
  for (const entry of await readdir(root, { recursive: true }))
    await chown(join(root, entry), NOBODY, NOBODY);
  await chown(root, NOBODY, NOBODY);
}

const kinds: [string, (root: string) => Promise<void>][] = [
  [
    'not UTF-8',
    (root) => writeFile(join(root, 'job.yaml'), Buffer.from(`${CLEAN_JOB}# caf\xe9\n`, 'latin1')),
  ],
  ['a NUL byte', (root) => writeFile(join(root, 'job.yaml'), `${CLEAN_JOB}\0`)],
  [
    'over --max-file-size',
    (root) => writeFile(join(root, 'job.yaml'), `${CLEAN_JOB}${'# pad\n'.repeat(2000)}`),
  ],
  [
    'unreadable',
    async (root) => {
      await writeFile(join(root, 'job.yaml'), CLEAN_JOB);
      await chmod(join(root, 'job.yaml'), 0o000);
    },
  ],
];

describe('convert --check on a file it cannot read', () => {
  it.each(kinds)(
    'exits 1 when a file holding a PyTorchJob is %s',
    async (_kind, make) => {
      const root = await tree({ 'ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' });
      await make(root);
      await readableByNobody(root);
      if (_kind === 'unreadable') await chmod(join(root, 'job.yaml'), 0o000);
      const result = await check(root, ['--max-file-size', '8KB']);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/job\.yaml[\s\S]*not checked: .*it may hold a PyTorchJob/);
      expect(result.stdout).toMatch(/1 error/);
    },
    30_000,
  );

  it('passes a binary or oversized file that does not mention a PyTorchJob', async () => {
    const root = await tree({ 'ok.yaml': 'kind: ConfigMap\n' });
    await writeFile(join(root, 'blob.json'), Buffer.from([0x7b, 0, 0x7d]));
    await writeFile(join(root, 'big.yaml'), `kind: ConfigMap\n${'# pad\n'.repeat(2000)}`);
    await readableByNobody(root);
    const result = await check(root, ['--max-file-size', '8KB']);
    expect(result.code).toBe(0);
  }, 30_000);
});

describe('bad input is a clear one-line error', () => {
  it.each([
    [['--include', '../**'], /--include '\.\.\/\*\*' leaves the scanned folder/],
    [['--exclude', '/etc/**'], /--exclude '\/etc\/\*\*' leaves the scanned folder/],
    [['--runtime', 'Bad_Name!'], /--runtime "Bad_Name!" is not valid in a Kubernetes object name/],
    [['--name-suffix', '_V2'], /--name-suffix "_V2" is not valid in a Kubernetes object name/],
  ])('convert %j is a usage error', async (flags, message) => {
    const root = await tree({ 'job.yaml': CLEAN_JOB });
    const result = await runCli(['convert', ...flags, '.'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(await readFile(join(root, 'job.yaml'), 'utf8')).toBe(CLEAN_JOB);
  });

  it.each([
    [
      'an alias bomb',
      `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nruntime: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n`,
      /cannot be read as settings: .*alias/i,
    ],
    [
      'a path out of the root',
      'overrides:\n  - path: "../other/**"\n    runtime: gpu\n',
      /:2: "\.\.\/other\/\*\*" leaves the folder of the config file/,
    ],
    ['a CRD outside the repository', 'crd: /etc/hostname\n', /names a file outside the repository/],
    ['a bad runtime name', 'runtime: Bad_Name\n', /"runtime" must match/],
  ])('a repository config with %s is a config error (exit 2, one line)', async (_what, config, message) => {
    const root = await tree({ 'job.yaml': CLEAN_JOB, '.trainjob-migrate.yaml': config });
    const result = await runCli(['convert', '.'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('deep nesting is reported as such, not as a stack overflow', async () => {
    const deep = `${CLEAN_JOB.trimEnd()}\n  extra: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const root = await tree({ 'job.yaml': deep });
    const result = await runCli(['convert', '.'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/nesting deeper than 200 levels/);
    expect(result.stdout).not.toMatch(/call stack/i);
  });

  it('pr --api-url not-a-url is a usage error before any request', async () => {
    const root = await gitRepository({ 'job.yaml': CLEAN_JOB });
    roots.push(root);
    const result = await runCli(['pr', '--repo', 'o/r', '--api-url', 'not-a-url'], {
      cwd: root,
      env: { GITHUB_TOKEN: 'test-token' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--api-url must be an http\(s\) URL .*not-a-url/);
  });

  it('pr against an API nobody answers says it could not be reached, not HTTP 500', async () => {
    const root = await gitRepository({ 'job.yaml': CLEAN_JOB });
    roots.push(root);
    const result = await runCli(['pr', '--repo', 'o/r', '--api-url', 'http://127.0.0.1:59999/api'], {
      cwd: root,
      env: { GITHUB_TOKEN: 'test-token' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the GitHub API could not be reached/);
    expect(result.stderr).not.toMatch(/HTTP 500/);
  });

  it('pr in a repository with no commits says so in one line', async () => {
    const root = await tree({ 'job.yaml': CLEAN_JOB });
    await run('git', ['init', '-q'], { cwd: root });
    await run('git', ['remote', 'add', 'origin', 'https://github.com/o/r.git'], { cwd: root });
    const result = await runCli(['pr'], { cwd: root, env: { GITHUB_TOKEN: 'test-token' } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/has no commits yet/)]);
  });
});
