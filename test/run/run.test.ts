import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analyser } from '../../src/analysis/contract.js';
import type { FileReport, Report } from '../../src/model/report.js';
import type { MigrationOptions } from '../../src/options.js';
import { DEFAULT_MIGRATION_OPTIONS } from '../../src/options.js';
import { convertOptionsFor, isGitUrl, migrateDirectory, migrateInputs } from '../../src/run.js';
import { requireShared, sharedPath } from '../helpers/shared.js';
import {
  BROKEN_JOB,
  CLEAN_JOB,
  ELASTIC_JOB,
  gitRepository,
  removeTree,
  snapshotTree,
  writeTree,
} from './trees.js';

const DRY_RUN = { write: false, withDiffs: true };
const WRITE = { write: true, withDiffs: false };

const roots: string[] = [];
async function tree(files: Record<string, string>): Promise<string> {
  const root = await writeTree(files);
  roots.push(root);
  return root;
}
afterEach(async () => {
  await Promise.all(roots.splice(0).map(removeTree));
});

const fileAt = (report: Report, path: string): FileReport | undefined =>
  report.files.find((file) => file.path === path);

const defaultValidation = {
  source: 'release',
  release: '2.3',
  schema: 'schemas/trainer/2.3/trainjob.schema.json',
  upstream:
    'https://github.com/kubeflow/trainer/blob/v2.3.0/manifests/base/crds/trainer.kubeflow.org_trainjobs.yaml',
  celRules: expect.any(Number),
};

describe('migrateInputs on a local folder', () => {
  it('reports each job with its line, replicas and node count, and the diff, writing nothing in a dry run', async () => {
    const root = await tree({ 'clusters/cpu/mnist.yaml': CLEAN_JOB, 'README.md': 'nothing here\n' });
    const before = await snapshotTree(root);
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    expect(await snapshotTree(root)).toEqual(before);
    const file = fileAt(report, 'clusters/cpu/mnist.yaml');
    expect(file?.status).toBe('converted');
    expect(file?.jobs).toHaveLength(1);
    expect(file?.jobs[0]).toMatchObject({
      name: 'pytorch-simple-cpu',
      namespace: 'ml',
      status: 'converted',
      numNodes: 3,
      replicas: { Master: 1, Worker: 2 },
    });
    expect(file?.jobs[0]?.line).toBe(2);
    expect(file?.diff).toContain('--- a/clusters/cpu/mnist.yaml\n+++ b/clusters/cpu/mnist.yaml');
    expect(file?.diff).toContain('-kind: PyTorchJob');
    expect(file?.diff).toContain('+kind: TrainJob');
    expect(report.summary).toMatchObject({ files: 1, filesWithJobs: 1, jobs: 1, converted: 1, errors: 0 });
    // No --crd and no CRD in the tree: the output was validated against the shipped 2.3 schema.
    expect(report.inputs).toEqual([{ input: root, status: 'ok', validation: [defaultValidation] }]);
  });

  it('writes in place, keeps the comment, and a second run finds nothing left to do', async () => {
    const root = await tree({ 'jobs/mnist.yaml': CLEAN_JOB });
    const first = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, WRITE);
    expect(first.summary.converted).toBe(1);
    const written = await readFile(join(root, 'jobs/mnist.yaml'), 'utf8');
    expect(written).toContain('kind: TrainJob');
    expect(written).toContain('# Distributed MNIST, owned by the ML platform team');
    expect(first.files[0]?.diff).toBeUndefined();
    const second = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, WRITE);
    expect(second.summary.jobs).toBe(0);
    expect(await readFile(join(root, 'jobs/mnist.yaml'), 'utf8')).toBe(written);
  });

  it('reports jobs that need review and files that fail to parse, and does not touch them', async () => {
    const root = await tree({ 'elastic.yaml': ELASTIC_JOB, 'broken.yaml': BROKEN_JOB });
    const before = await snapshotTree(root);
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, WRITE);
    expect(await snapshotTree(root)).toEqual(before);
    expect(fileAt(report, 'elastic.yaml')?.jobs[0]?.status).toBe('needs-review');
    expect(fileAt(report, 'elastic.yaml')?.jobs[0]?.findings.map((finding) => finding.code)).toContain(
      'ELASTIC_POLICY',
    );
    expect(fileAt(report, 'broken.yaml')?.status).toBe('error');
    expect(fileAt(report, 'broken.yaml')?.error?.line).toBeGreaterThan(0);
    expect(report.summary.needsReview).toBe(1);
    expect(report.summary.errors).toBe(1);
  });

  it('applies per-path overrides by glob, later ones winning', async () => {
    const root = await tree({ 'clusters/gpu/a.yaml': CLEAN_JOB, 'clusters/cpu/b.yaml': CLEAN_JOB });
    const options: MigrationOptions = {
      ...DEFAULT_MIGRATION_OPTIONS,
      overrides: [{ path: 'clusters/gpu/**', options: { runtimeName: 'torch-gpu' } }],
    };
    const report = await migrateInputs([root], options, DRY_RUN);
    expect(fileAt(report, 'clusters/gpu/a.yaml')?.jobs[0]?.runtime).toBe('torch-gpu');
    expect(fileAt(report, 'clusters/cpu/b.yaml')?.jobs[0]?.runtime).toBe('torch-distributed');
    expect(fileAt(report, 'clusters/gpu/a.yaml')?.diff).toContain('torch-gpu');
  });

  it('uses the options given for each input root', async () => {
    const gpu = await tree({ 'a.yaml': CLEAN_JOB });
    const cpu = await tree({ 'b.yaml': CLEAN_JOB });
    const report = await migrateInputs([gpu, cpu], DEFAULT_MIGRATION_OPTIONS, {
      ...DRY_RUN,
      optionsForRoot: async (root) => ({
        ...DEFAULT_MIGRATION_OPTIONS,
        convert: {
          ...DEFAULT_MIGRATION_OPTIONS.convert,
          runtimeName: root === gpu ? 'torch-gpu' : 'torch-cpu',
        },
      }),
    });
    expect(fileAt(report, 'a.yaml')?.jobs[0]?.runtime).toBe('torch-gpu');
    expect(fileAt(report, 'b.yaml')?.jobs[0]?.runtime).toBe('torch-cpu');
  });

  it('validates output against the TrainJob CRD when one is given', async () => {
    if (!requireShared()) return;
    const root = await tree({ 'a.yaml': CLEAN_JOB });
    const crd = sharedPath('kubeflow', 'v2', 'crds', 'trainer.kubeflow.org_trainjobs.yaml');
    const report = await migrateInputs([root], { ...DEFAULT_MIGRATION_OPTIONS, crd }, DRY_RUN);
    expect(report.summary.converted).toBe(1);
    const missing = await migrateInputs(
      [root],
      { ...DEFAULT_MIGRATION_OPTIONS, crd: join(root, 'none.yaml') },
      DRY_RUN,
    );
    expect(missing.inputs[0]?.status).toBe('error');
    expect(missing.inputs[0]?.error).toContain('none.yaml');
  });
});

describe('migrateInputs with several inputs', () => {
  it('accepts a single file, reported by its name', async () => {
    const root = await tree({ 'deploy/mnist.yaml': CLEAN_JOB });
    const report = await migrateInputs([join(root, 'deploy/mnist.yaml')], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    expect(report.files.map((file) => file.path)).toEqual(['mnist.yaml']);
  });

  it('reports a failing input and goes on with the others, naming the input of each file', async () => {
    const good = await tree({ 'a.yaml': CLEAN_JOB });
    const missing = join(good, 'does-not-exist');
    const report = await migrateInputs([missing, good], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    expect(report.inputs[0]).toMatchObject({ input: missing, status: 'error' });
    expect(report.inputs[0]?.error).toContain('no such file or folder');
    expect(report.inputs[1]).toEqual({ input: good, status: 'ok', validation: [defaultValidation] });
    expect(report.files).toHaveLength(1);
    expect(report.files[0]?.input).toBe(good);
    expect(report.summary.errors).toBe(1);
  });

  it('clones a git repository given as a file:// URL, reports under the URL, and removes the clone', async () => {
    const marker = `marker-${process.pid}-${Date.now()}.yaml`;
    const repo = await gitRepository({ [`clusters/${marker}`]: CLEAN_JOB });
    roots.push(repo);
    const url = pathToFileURL(repo).href;
    const report = await migrateInputs([url], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    expect(report.inputs).toEqual([{ input: url, status: 'ok', validation: [defaultValidation] }]);
    expect(report.files.map((file) => file.path)).toEqual([`clusters/${marker}`]);
    expect(report.summary.converted).toBe(1);
    const leftovers = (await readdir(tmpdir())).filter((name) => name.startsWith('trainjob-migrate-'));
    for (const name of leftovers) {
      const inside = await readdir(join(tmpdir(), name, 'clusters')).catch(() => []);
      expect(inside).not.toContain(marker);
    }
  });

  it('reports a git URL that cannot be cloned as a failed input', async () => {
    const url = pathToFileURL(join(tmpdir(), `no-such-repo-${Date.now()}`)).href;
    const report = await migrateInputs([url], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    expect(report.inputs[0]?.status).toBe('error');
    expect(report.inputs[0]?.error).toContain(`cannot clone ${url}`);
  });
});

describe('one pass over each root', () => {
  it("serves an analyser's declared files from the plan's own pass, and an undeclared request from a pass of its own", async () => {
    const root = await tree({ 'jobs/mnist.yaml': CLEAN_JOB, 'settings.yaml': 'kind: ConfigMap\n' });
    const declared = { needles: ['ConfigMap'] };
    const seen: Record<string, string[]> = {};
    const analyser: Analyser = {
      name: 'reader',
      requests: [declared],
      async analyse(plan) {
        // Gone from disk after the pass: only a file the pass read can still be found.
        await rm(join(root, 'settings.yaml'));
        seen.declared = (await plan.findFiles(declared)).map(
          (file) => `${file.relPath}: ${file.text.trim()}`,
        );
        seen.undeclared = (await plan.findFiles({ needles: ['kind'] })).map((file) => file.relPath);
        return {};
      },
    };
    await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, { ...DRY_RUN, analysers: [analyser] });
    expect(seen).toEqual({ declared: ['settings.yaml: kind: ConfigMap'], undeclared: ['jobs/mnist.yaml'] });
  });
});

describe('migrateDirectory', () => {
  it('rewrites a working tree and lists the files it changed', async () => {
    const root = await tree({ 'a/job.yaml': CLEAN_JOB, 'b/elastic.yaml': ELASTIC_JOB });
    const { report, changedFiles } = await migrateDirectory(root, DEFAULT_MIGRATION_OPTIONS, WRITE);
    expect(changedFiles).toEqual(['a/job.yaml']);
    expect(report.summary).toMatchObject({ jobs: 2, converted: 1, needsReview: 1 });
  });
});

describe('helpers', () => {
  it('recognises git URLs but not local paths', () => {
    for (const url of [
      'https://github.com/o/r.git',
      'ssh://git@host/o/r',
      'git@github.com:o/r.git',
      'file:///srv/r',
    ]) {
      expect(isGitUrl(url), url).toBe(true);
    }
    for (const path of ['clusters/', './a.yaml', '/abs/path', 'C:\\repo'])
      expect(isGitUrl(path), path).toBe(false);
  });

  it('applies every matching override in order', () => {
    const base = DEFAULT_MIGRATION_OPTIONS.convert;
    const overrides = [
      { path: 'clusters/**', options: { runtimeName: 'a', strategy: 'side-by-side' as const } },
      { path: 'clusters/gpu/**', options: { runtimeName: 'b' } },
    ];
    expect(convertOptionsFor('clusters/gpu/x.yaml', base, overrides)).toMatchObject({
      runtimeName: 'b',
      strategy: 'side-by-side',
    });
    expect(convertOptionsFor('clusters/cpu/x.yaml', base, overrides).runtimeName).toBe('a');
    expect(convertOptionsFor('other/x.yaml', base, overrides)).toEqual(base);
  });
});
