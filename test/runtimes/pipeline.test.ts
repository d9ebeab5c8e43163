/**
 * Runtimes through the whole pipeline on the fixture repositories: a job whose runtime is missing,
 * runtimes defined in the repository or listed as installed, and --generate-runtimes writing one
 * runtime per set of settings beside the jobs, checked with a real kustomize build before and after.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { findConfigAt } from '../../src/config/load-config.js';
import { resolveMigrationOptions } from '../../src/config/resolve-options.js';
import { buildKustomization, findKustomize, type KustomizeBinary } from '../../src/gitops/kustomize/build.js';
import type { Report } from '../../src/model/report.js';
import { DEFAULT_MIGRATION_OPTIONS, type MigrationOptions } from '../../src/options.js';
import { migrateInputs } from '../../src/run.js';
import { runtimeValidatorFor, validatorFor } from '../helpers/crds.js';
import { fixturesDir, requireShared } from '../helpers/shared.js';
import { reportValidator } from '../report/schema-validators.js';
import { snapshotTree } from '../run/trees.js';

const WRITE = { write: true, withDiffs: false };
const DRY_RUN = { write: false, withDiffs: true };
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function copyOf(fixture: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tjm-runtimes-'));
  temps.push(dir);
  await cp(join(fixturesDir, 'repos', fixture), dir, { recursive: true });
  return dir;
}

/** The options a run on `root` gets: its .trainjob-migrate.yaml plus these flags. */
async function optionsFor(root: string, flags: Record<string, unknown> = {}): Promise<MigrationOptions> {
  return resolveMigrationOptions(flags, await findConfigAt(root), { cwd: root });
}

let binary: KustomizeBinary | undefined;
beforeAll(async () => {
  binary = await findKustomize();
  if (!binary && process.env.CI === 'true') {
    throw new Error('CI needs kustomize or kubectl on PATH for the build checks (.ci/run installs one).');
  }
});

type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: Record<string, unknown>;
};

async function build(folder: string): Promise<K8sObject[]> {
  if (!binary) throw new Error('no kustomize binary');
  const outcome = await buildKustomization(binary, folder);
  if (!outcome.ok) throw new Error(`kustomize build ${folder}: ${outcome.message}`);
  return parseAllDocuments(outcome.output).map((doc) => doc.toJSON() as K8sObject);
}

const runtimesOf = (report: Report) => report.gitops?.runtimes?.runtimes ?? [];

describe('runtime references', () => {
  it('warns about a runtime no manifest defines, and not about one the repository defines', async () => {
    const root = await copyOf('runtimes-missing');
    const report = await migrateInputs([root], await optionsFor(root), DRY_RUN);
    expect(reportValidator()(report).errors).toEqual([]);
    const byName = Object.fromEntries(runtimesOf(report).map((runtime) => [runtime.name, runtime]));
    expect(byName['torch-distributed']).toMatchObject({
      status: 'missing',
      jobs: [{ name: 'train', namespace: 'ml', path: 'jobs/train.yaml' }],
    });
    expect(byName['torch-distributed']?.findings.map((f) => [f.code, f.severity])).toEqual([
      ['RUNTIME_NOT_FOUND', 'warning'],
    ]);
    expect(byName['torch-distributed']?.findings[0]?.message).toContain('torch-distributed');
    // The job carries the warning too, so SARIF and annotations point at it; it still converts.
    const train = report.files.find((f) => f.path === 'jobs/train.yaml')?.jobs[0];
    expect(train?.status).toBe('converted');
    expect(train?.findings.map((f) => f.code)).toContain('RUNTIME_NOT_FOUND');
    const teamTrain = report.files.find((f) => f.path === 'team/train.yaml')?.jobs[0];
    expect(teamTrain?.findings.map((f) => f.code)).not.toContain('RUNTIME_NOT_FOUND');
    expect(byName['team-runtime']).toMatchObject({
      status: 'defined',
      path: 'team/runtime.yaml',
      line: 1,
      findings: [],
      jobs: [{ name: 'team-train', path: 'team/train.yaml' }],
    });
  });

  it('holds a job whose repository runtime adds pod settings the PyTorchJob did not have', async () => {
    const root = await copyOf('runtimes-missing');
    const runtimePath = join(root, 'team', 'runtime.yaml');
    const runtime = await readFile(runtimePath, 'utf8');
    await writeFile(
      runtimePath,
      runtime.replace(
        '                  containers:\n',
        '                  priorityClassName: team\n                  containers:\n',
      ),
    );
    const report = await migrateInputs([root], await optionsFor(root), DRY_RUN);
    const teamTrain = report.files.find((f) => f.path === 'team/train.yaml')?.jobs[0];
    expect(teamTrain?.status).toBe('needs-review');
    const finding = teamTrain?.findings.find((f) => f.code === 'RUNTIME_CHANGES_PODS');
    expect(finding?.message).toContain('team/runtime.yaml:1');
    expect(finding?.message).toContain('priorityClassName');
    // The job that uses the built-in runtime is not affected.
    expect(report.files.find((f) => f.path === 'jobs/train.yaml')?.jobs[0]?.status).toBe('converted');
  });

  it('--installed-runtimes silences the warning for the runtimes it names', async () => {
    const root = await copyOf('runtimes-missing');
    const options = await optionsFor(root, { 'installed-runtimes': ['torch-distributed,other'] });
    const report = await migrateInputs([root], options, DRY_RUN);
    const runtime = runtimesOf(report).find((r) => r.name === 'torch-distributed');
    expect(runtime).toMatchObject({ status: 'installed', findings: [] });
    const train = report.files.find((f) => f.path === 'jobs/train.yaml')?.jobs[0];
    expect(train?.findings.map((f) => f.code)).not.toContain('RUNTIME_NOT_FOUND');
  });
});

describe('--generate-runtimes', () => {
  it('without it, the jobs with runtime-level settings stay for review and nothing is generated', async () => {
    const root = await copyOf('runtimes-generate');
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, DRY_RUN);
    const statuses = report.files.flatMap((file) => file.jobs.map((job) => job.status));
    expect(statuses.every((status) => status === 'needs-review')).toBe(true);
    expect(report.files.some((file) => file.path.endsWith('trainjob-runtimes.yaml'))).toBe(false);
  });

  it('writes each runtime once beside the jobs, adds it to the kustomization, and the build keeps every job', async (context) => {
    if (!requireShared()) return;
    const root = await copyOf('runtimes-generate');
    const before = binary ? await build(join(root, 'jobs')) : [];
    const untouched = await snapshotTree(root);
    const options = { ...DEFAULT_MIGRATION_OPTIONS, generateRuntimes: true };
    const report = await migrateInputs([root], options, WRITE);
    expect(reportValidator()(report).errors).toEqual([]);

    const jobs = Object.fromEntries(report.files.flatMap((file) => file.jobs.map((job) => [job.name, job])));
    expect(jobs['llm-pretrain']?.runtime).toBe('torch-distributed-backoff-3-prio-high');
    expect(jobs['llm-eval']?.runtime).toBe('torch-distributed-backoff-3-prio-high');
    expect(jobs.ablation?.runtime).toBe('torch-distributed-backoff-3-prio-high');
    expect(jobs.logged?.runtime).toMatch(/^torch-distributed-sidecar-log-shipper-[0-9a-f]{6}$/);
    expect(jobs.elastic?.status).toBe('needs-review');

    const after = await snapshotTree(root);
    expect(after['other/trainjob-runtimes.yaml']).toBeUndefined();
    const runtimeFile = after['jobs/trainjob-runtimes.yaml'] ?? '';
    const written = parseAllDocuments(runtimeFile).map((doc) => doc.toJSON() as K8sObject);
    expect(written.map((runtime) => runtime.metadata.name)).toEqual([
      'torch-distributed-backoff-3-prio-high',
      jobs.logged?.runtime,
    ]);
    for (const runtime of written) expect(runtimeValidatorFor('ClusterTrainingRuntime')(runtime)).toEqual([]);
    // The kustomization sets a namespace: a transformer takes it off the cluster-scoped runtimes again.
    expect(after['jobs/kustomization.yaml']).toBe(
      `${untouched['jobs/kustomization.yaml']}  - trainjob-runtimes.yaml\ntransformers:\n  - trainjob-cluster-scoped.yaml\n`,
    );
    expect(runtimesOf(report).map((r) => [r.name, r.status, r.path, r.jobs.length])).toEqual([
      ['torch-distributed-backoff-3-prio-high', 'generated', 'jobs/trainjob-runtimes.yaml', 3],
      [jobs.logged?.runtime, 'generated', 'jobs/trainjob-runtimes.yaml', 1],
    ]);

    // A second run has nothing left to generate and leaves the tree as it is.
    const again = await migrateInputs([root], options, WRITE);
    expect(await snapshotTree(root)).toEqual(after);
    expect(runtimesOf(again).filter((r) => r.status === 'generated')).toEqual([]);

    if (!binary) return context.skip();
    const built = await build(join(root, 'jobs'));
    const trainJobs = built.filter((object) => object.kind === 'TrainJob');
    const runtimes = built.filter((object) => object.kind === 'ClusterTrainingRuntime');
    expect(runtimes.map((r) => r.metadata.name).sort()).toEqual(written.map((r) => r.metadata.name).sort());
    const validate = validatorFor('2.3');
    expect(before.filter((object) => object.kind === 'PyTorchJob')).toHaveLength(3);
    for (const job of before.filter((object) => object.kind === 'PyTorchJob')) {
      const trainJob = trainJobs.find((object) => object.metadata.name === job.metadata.name);
      expect(trainJob, job.metadata.name).toBeDefined();
      expect(validate(trainJob as unknown as Record<string, unknown>)).toEqual([]);
      const runtimeRef = trainJob?.spec.runtimeRef as { name: string } | undefined;
      expect(runtimes.map((r) => r.metadata.name)).toContain(runtimeRef?.name);
      const replicas = Object.values(job.spec.pytorchReplicaSpecs as Record<string, { replicas: number }>);
      expect((trainJob?.spec.trainer as { numNodes?: number } | undefined)?.numNodes).toBe(
        replicas.reduce((sum, replica) => sum + replica.replicas, 0),
      );
    }
    const rerun = await readFile(join(root, 'jobs/kustomization.yaml'), 'utf8');
    expect(rerun.match(/trainjob-runtimes\.yaml/g)).toHaveLength(1);
  });
});
