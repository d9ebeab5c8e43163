import { execFileSync } from 'node:child_process';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_OPTIONS } from '../../src/model/scan.js';
import { createScanStats, type ScanWant, type SharedScanEntry, scanRootShared } from '../../src/scan/scan.js';
import {
  candidatePaths,
  collect,
  DEPLOYMENT,
  makeTempDir,
  PYTORCHJOB,
  removeDir,
  skippedReasons,
  writeTree,
} from './temp-tree.js';

let root: string;
let outside: string;

beforeEach(async () => {
  root = await makeTempDir('scan-root');
  outside = await makeTempDir('scan-outside');
});

afterEach(async () => {
  await removeDir(root);
  await removeDir(outside);
});

describe('which files are scanned', () => {
  it('takes YAML, JSON and YAML templates by default, nothing else', async () => {
    await writeTree(root, {
      'a.yaml': PYTORCHJOB,
      'b.yml': PYTORCHJOB,
      'c.json': '{"kind": "PyTorchJob"}',
      'templates/job.yaml.j2': PYTORCHJOB,
      'train.yaml.template': PYTORCHJOB,
      'train.yml.tmpl': PYTORCHJOB,
      'README.md': 'kind: PyTorchJob',
      'charts/x/templates/_helpers.tpl': '{{/* PyTorchJob */}}',
      'job.jsonnet': 'kind: "PyTorchJob"',
    });
    expect(candidatePaths(await collect(root))).toEqual([
      'a.yaml',
      'b.yml',
      'c.json',
      'templates/job.yaml.j2',
      'train.yaml.template',
      'train.yml.tmpl',
    ]);
  });

  it('applies user include and exclude globs; an excluded folder excludes what is below it', async () => {
    await writeTree(root, {
      'clusters/dev/job.yaml': PYTORCHJOB,
      'clusters/prod/job.yaml': PYTORCHJOB,
      'clusters/dev/vendor/job.yaml': PYTORCHJOB,
      'clusters/dev/job.json': '{"kind":"PyTorchJob"}',
      'other/job.yaml': PYTORCHJOB,
    });
    const entries = await collect(root, {
      include: ['clusters/**/*.yaml'],
      exclude: ['clusters/prod/**', '**/vendor'],
    });
    expect(candidatePaths(entries)).toEqual(['clusters/dev/job.yaml']);
  });

  it('never scans .git or node_modules, even when asked for every file', async () => {
    await writeTree(root, {
      '.git/config.yaml': PYTORCHJOB,
      'node_modules/pkg/job.yaml': PYTORCHJOB,
      'apps/node_modules/pkg/job.yaml': PYTORCHJOB,
      'apps/sub/.git/job.yaml': PYTORCHJOB,
      '.github/workflows/job.yaml': PYTORCHJOB,
      'apps/job.yaml': PYTORCHJOB,
    });
    expect(candidatePaths(await collect(root, { include: ['**/*'] }))).toEqual([
      '.github/workflows/job.yaml',
      'apps/job.yaml',
    ]);
  });

  it('honours root and nested .gitignore files exactly as git does', async () => {
    await writeTree(root, {
      '.gitignore': 'generated/\n*.bak.yaml\n/top-only.yaml\n',
      'apps/.gitignore': 'local-*.yaml\n!keep.bak.yaml\nsecrets\n',
      'apps/a.yaml': PYTORCHJOB,
      'apps/local-dev.yaml': PYTORCHJOB,
      'apps/old.bak.yaml': PYTORCHJOB,
      'apps/keep.bak.yaml': PYTORCHJOB,
      'apps/secrets/job.yaml': PYTORCHJOB,
      'apps/generated/job.yaml': PYTORCHJOB,
      'apps/top-only.yaml': PYTORCHJOB,
      'generated/job.yaml': PYTORCHJOB,
      'top-only.yaml': PYTORCHJOB,
      'local-root.yaml': PYTORCHJOB,
      'b.yaml': PYTORCHJOB,
    });
    execFileSync('git', ['init', '-q'], { cwd: root });
    const notIgnoredByGit = execFileSync('git', ['ls-files', '--others', '--exclude-standard'], { cwd: root })
      .toString()
      .split('\n')
      .filter((path) => path.endsWith('.yaml'))
      .sort();
    const scanned = candidatePaths(await collect(root));
    expect(scanned).toEqual(notIgnoredByGit);
    // The fixture must exercise every kind of rule: ignored by root, by nested, re-included.
    expect(scanned).toContain('apps/keep.bak.yaml');
    expect(scanned).not.toContain('apps/generated/job.yaml');
    expect(scanned).not.toContain('apps/local-dev.yaml');
  });

  it('lets a .gitignore re-include what .git/info/exclude ignores, as git does', async () => {
    await writeTree(root, { '.gitignore': '!keep.yaml\n', 'keep.yaml': PYTORCHJOB, 'drop.yaml': PYTORCHJOB });
    execFileSync('git', ['init', '-q'], { cwd: root });
    await writeFile(join(root, '.git', 'info', 'exclude'), '*.yaml\n');
    const notIgnoredByGit = execFileSync('git', ['ls-files', '--others', '--exclude-standard'], { cwd: root })
      .toString()
      .split('\n')
      .filter((path) => path.endsWith('.yaml'));
    expect(notIgnoredByGit).toEqual(['keep.yaml']);
    expect(candidatePaths(await collect(root))).toEqual(notIgnoredByGit);
  });
});

describe('prefilter, limits and content checks', () => {
  it('never yields a file without the needle but counts it as seen', async () => {
    await writeTree(root, { 'job.yaml': PYTORCHJOB, 'deploy.yaml': DEPLOYMENT, 'svc.yaml': DEPLOYMENT });
    const stats = createScanStats();
    const entries = await collect(root, {}, stats);
    expect(entries.map((entry) => entry.relPath)).toEqual(['job.yaml']);
    expect(stats).toEqual({
      filesSeen: 3,
      candidates: 1,
      skipped: 0,
      bytesRead: Buffer.byteLength(PYTORCHJOB) + 2 * Buffer.byteLength(DEPLOYMENT),
    });
  });

  it('matches any of several needles', async () => {
    await writeTree(root, { 'job.yaml': PYTORCHJOB, 'deploy.yaml': DEPLOYMENT });
    expect(candidatePaths(await collect(root, { needles: ['PyTorchJob', 'Deployment'] }))).toEqual([
      'deploy.yaml',
      'job.yaml',
    ]);
  });

  it('skips files over the size limit without reading them', async () => {
    const big = `${PYTORCHJOB}# ${'x'.repeat(2000)}\n`;
    await writeTree(root, { 'big.yaml': big, 'small.yaml': PYTORCHJOB });
    const stats = createScanStats();
    const entries = await collect(root, { maxFileSize: 1000 }, stats);
    expect(candidatePaths(entries)).toEqual(['small.yaml']);
    expect(skippedReasons(entries).big).toBeUndefined();
    expect(skippedReasons(entries)['big.yaml']).toMatch(/size limit/);
    expect(stats.bytesRead).toBe(Buffer.byteLength(PYTORCHJOB));
    expect(stats.skipped).toBe(1);
  });

  it('skips binary files (NUL byte) and invalid UTF-8 with a reason', async () => {
    await writeTree(root, {
      'nul.yaml': Buffer.concat([Buffer.from(PYTORCHJOB), Buffer.from([0, 1, 2])]),
      'utf16.yaml': Buffer.from(`\uFEFF${PYTORCHJOB}`, 'utf16le'),
      'latin1.yaml': Buffer.concat([Buffer.from(PYTORCHJOB), Buffer.from('# caf\xe9\n', 'latin1')]),
      'ok.yaml': PYTORCHJOB,
    });
    const entries = await collect(root);
    expect(candidatePaths(entries)).toEqual(['ok.yaml']);
    const reasons = skippedReasons(entries);
    expect(reasons['nul.yaml']).toMatch(/binary/);
    expect(reasons['utf16.yaml']).toMatch(/binary/);
    expect(reasons['latin1.yaml']).toMatch(/UTF-8/);
  });

  it('keeps a byte order mark in the text and reports the file mode', async () => {
    await writeTree(root, { 'bom.yaml': `\uFEFF${PYTORCHJOB}` });
    await chmod(join(root, 'bom.yaml'), 0o640);
    const [entry] = await collect(root);
    expect(entry?.type).toBe('candidate');
    if (entry?.type !== 'candidate') return;
    expect(entry.text).toBe(`\uFEFF${PYTORCHJOB}`);
    expect(entry.mode).toBe(0o640);
    expect(entry.absPath).toBe(join(root, 'bom.yaml'));
  });
});

describe('symlinks', () => {
  it('reports a symlink to a file outside the root and never reads the target', async () => {
    // A FIFO blocks whoever opens it for reading: if the scanner read through the link, it would hang.
    execFileSync('mkfifo', [join(outside, 'secret.yaml')]);
    await writeTree(root, { 'job.yaml': PYTORCHJOB });
    await symlink(join(outside, 'secret.yaml'), join(root, 'link.yaml'));
    const entries = await collect(root);
    expect(candidatePaths(entries)).toEqual(['job.yaml']);
    expect(skippedReasons(entries)).toEqual({ 'link.yaml': 'symlink points outside the repository' });
  });

  it('reports a symlinked folder leaving the root once and does not walk it', async () => {
    await writeTree(outside, { 'job.yaml': PYTORCHJOB, 'deep/job.yaml': PYTORCHJOB });
    await writeTree(root, { 'apps/job.yaml': PYTORCHJOB });
    await symlink(outside, join(root, 'apps', 'shared'));
    const stats = createScanStats();
    const entries = await collect(root, {}, stats);
    expect(entries.map((entry) => [entry.type, entry.relPath])).toEqual([
      ['candidate', 'apps/job.yaml'],
      ['skipped', 'apps/shared'],
    ]);
    expect(skippedReasons(entries)['apps/shared']).toBe('symlink points outside the repository');
    expect(stats.bytesRead).toBe(Buffer.byteLength(PYTORCHJOB));
  });

  it('reports a symlink inside the root once; the target is scanned on its own path', async () => {
    await writeTree(root, { 'real/job.yaml': PYTORCHJOB });
    await symlink('real/job.yaml', join(root, 'alias.yaml'));
    await symlink('real', join(root, 'alias-folder'));
    const entries = await collect(root);
    expect(entries.map((entry) => [entry.type, entry.relPath])).toEqual([
      ['skipped', 'alias-folder'],
      ['skipped', 'alias.yaml'],
      ['candidate', 'real/job.yaml'],
    ]);
    expect(skippedReasons(entries)['alias.yaml']).toBe('symlink; the target is scanned on its own path');
  });

  it('reports a broken symlink and ignores symlinks the include globs do not concern', async () => {
    await writeTree(root, { 'job.yaml': PYTORCHJOB });
    await symlink('missing.yaml', join(root, 'dangling.yaml'));
    await symlink(join(outside, 'notes.md'), join(root, 'notes.md'));
    const entries = await collect(root);
    expect(Object.keys(skippedReasons(entries))).toEqual(['dangling.yaml']);
    expect(skippedReasons(entries)['dangling.yaml']).toMatch(/broken symlink/);
  });
});

describe('roots and order', () => {
  it('scans a single file given as the root, named by its file name', async () => {
    await writeTree(root, { 'apps/job.yaml': PYTORCHJOB, 'apps/deploy.yaml': DEPLOYMENT });
    await chmod(join(root, 'apps', 'job.yaml'), 0o644);
    const entries = await collect(join(root, 'apps', 'job.yaml'));
    expect(entries).toEqual([
      {
        type: 'candidate',
        relPath: 'job.yaml',
        absPath: join(root, 'apps', 'job.yaml'),
        text: PYTORCHJOB,
        mode: 0o644,
      },
    ]);
    expect(await collect(join(root, 'apps', 'deploy.yaml'))).toEqual([]);
  });

  it('follows a root that is itself a symlinked folder, but not a root that is a symlinked file', async () => {
    await writeTree(outside, { 'apps/job.yaml': PYTORCHJOB });
    await symlink(outside, join(root, 'workspace'));
    await symlink(join(outside, 'apps', 'job.yaml'), join(root, 'job.yaml'));
    expect(candidatePaths(await collect(join(root, 'workspace')))).toEqual(['apps/job.yaml']);
    expect(skippedReasons(await collect(join(root, 'job.yaml')))).toEqual({
      'job.yaml': 'symlink; pass the path of its target instead',
    });
  });

  it('fails with the path and what to do when the root does not exist', async () => {
    await expect(collect(join(root, 'nope'))).rejects.toThrow(/nope.*ENOENT.*existing folder or file/);
  });

  it('yields in sorted path order, the same on every run and with any concurrency setting', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 60; index += 1) {
      files[`team-${index % 7}/app-${index}/job.yaml`] =
        `${PYTORCHJOB}# ${'x'.repeat((index * 7919) % 50_000)}\n`;
      files[`team-${index % 7}/app-${index}/svc.yaml`] = DEPLOYMENT;
    }
    await writeTree(root, files);
    const expected = Object.keys(files)
      .filter((path) => path.endsWith('job.yaml'))
      .sort((a, b) => (a < b ? -1 : 1));
    for (const concurrency of [1, 3, 64]) {
      expect(candidatePaths(await collect(root, { concurrency }))).toEqual(expected);
    }
    // Every text is its own file's, whatever was read before it.
    for (const entry of await collect(root)) {
      expect(entry.type === 'candidate' && entry.text).toBe(files[entry.relPath]);
    }
  });

  it('scans folders with spaces and unicode names', async () => {
    await mkdir(join(root, 'équipe a'), { recursive: true });
    await writeFile(join(root, 'équipe a', 'tâche.yaml'), PYTORCHJOB);
    expect(candidatePaths(await collect(root))).toEqual(['équipe a/tâche.yaml']);
  });
});

describe('listing order', () => {
  it('reads folders as it walks them, in the order a sort of whole paths gives', async () => {
    const paths = [
      'a-b.yaml',
      'a/b.yaml',
      'a.yaml',
      'a0.yaml',
      'A.yaml',
      'a b/c.yaml',
      'ä.yaml',
      'a/b/c.yaml',
      'a-/x.yaml',
      'a/b-c.yaml',
      'a/b.c/d.yaml',
      'b',
      'b.d/e.yaml',
      'z/.x.yaml',
    ].map((path) => (path === 'b' ? 'b/job.yaml' : path));
    await writeTree(root, Object.fromEntries(paths.map((path) => [path, PYTORCHJOB])));
    const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(candidatePaths(await collect(root))).toEqual(sorted);
  });
});

describe('one pass for several readers', () => {
  const KUSTOMIZATION = 'resources:\n  - job.yaml\n';

  async function sharedPass(wants: ScanWant[], stats = createScanStats()) {
    const seen: SharedScanEntry[] = [];
    for await (const entry of scanRootShared(root, { ...DEFAULT_SCAN_OPTIONS }, wants, stats))
      seen.push(entry);
    return seen;
  }

  it('gives each reader the files of its own globs and needles, each file read once', async () => {
    await writeTree(root, {
      'app/job.yaml': PYTORCHJOB,
      'app/kustomization.yaml': KUSTOMIZATION,
      'app/Kustomization': KUSTOMIZATION,
      'app/deploy.yaml': DEPLOYMENT,
      'notes.md': 'resources: PyTorchJob',
    });
    const stats = createScanStats();
    const seen = await sharedPass(
      [
        { include: ['**/kustomization.yaml', '**/Kustomization'], needles: ['resources'] },
        { include: [], needles: ['Deployment'] },
      ],
      stats,
    );
    expect(seen.map((entry) => [entry.primary?.relPath, entry.wanted?.relPath, entry.wanted?.wants])).toEqual(
      [
        [undefined, 'app/Kustomization', [0]],
        [undefined, 'app/deploy.yaml', [1]],
        ['app/job.yaml', undefined, undefined],
        [undefined, 'app/kustomization.yaml', [0]],
      ],
    );
    // The primary scan's count is what scanRoot alone would count: the extra file is not one of its.
    const alone = createScanStats();
    await collect(root, {}, alone);
    expect(stats).toEqual(alone);
  });

  it('reports skipped files to the primary scan only, mentioning a job only by its own needles', async () => {
    const binary = Buffer.concat([Buffer.from('resources: x\n'), Buffer.from([0, 1, 2])]);
    const binaryJob = Buffer.concat([Buffer.from('kind: PyTorchJob\n'), Buffer.from([0, 1, 2])]);
    await writeTree(root, { 'a.yaml': binary, 'b.yaml': binaryJob, Kustomization: binary });
    const seen = await sharedPass([{ include: ['**/Kustomization', '**/*.yaml'], needles: ['resources'] }]);
    expect(seen.map((entry) => entry.wanted)).toEqual([undefined, undefined]);
    expect(
      seen.map((entry) =>
        entry.primary?.type === 'skipped'
          ? [entry.primary.relPath, entry.primary.mentionsNeedle ?? false]
          : [],
      ),
    ).toEqual([
      ['a.yaml', false],
      ['b.yaml', true],
    ]);
  });
});
