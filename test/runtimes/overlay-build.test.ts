/**
 * --generate-runtimes under kustomize overlays: the runtimes file joins its folder's kustomization
 * before the kustomize analyser's before/after build check, so the check builds what will be merged,
 * runtime included, and catches an overlay whose namePrefix renames the runtime but not the
 * TrainJobs' reference to it.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { buildKustomization, findKustomize, type KustomizeBinary } from '../../src/gitops/kustomize/build.js';
import type { Report } from '../../src/model/report.js';
import { DEFAULT_MIGRATION_OPTIONS } from '../../src/options.js';
import { migrateInputs } from '../../src/run.js';
import { validatorFor } from '../helpers/crds.js';
import { fixturesDir, requireShared } from '../helpers/shared.js';
import { reportValidator } from '../report/schema-validators.js';

const WRITE = { write: true, withDiffs: false };
const GENERATE = { ...DEFAULT_MIGRATION_OPTIONS, generateRuntimes: true };
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function copyOf(fixture: string, extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tjm-runtime-overlay-'));
  temps.push(dir);
  await cp(join(fixturesDir, 'repos', fixture), dir, { recursive: true });
  for (const [relPath, text] of Object.entries(extra)) {
    await mkdir(dirname(join(dir, relPath)), { recursive: true });
    await writeFile(join(dir, relPath), text);
  }
  return dir;
}

let binary: KustomizeBinary | undefined;
beforeAll(async () => {
  binary = await findKustomize();
  if (!binary && process.env.CI === 'true') {
    throw new Error('CI needs kustomize or kubectl on PATH for the build checks (.ci/run installs one).');
  }
});

type K8sObject = {
  kind: string;
  metadata: { name: string; namespace?: string };
  spec: Record<string, unknown>;
};

async function build(folder: string): Promise<K8sObject[]> {
  if (!binary) throw new Error('no kustomize binary');
  const outcome = await buildKustomization(binary, folder);
  if (!outcome.ok) throw new Error(`kustomize build ${folder}: ${outcome.message}`);
  return parseAllDocuments(outcome.output).map((doc) => doc.toJSON() as K8sObject);
}

const kustomizationReport = (report: Report, path: string) =>
  report.gitops?.kustomize?.kustomizations.find((k) => k.path === path);

const jobsByName = (report: Report) =>
  Object.fromEntries(report.files.flatMap((file) => file.jobs.map((job) => [job.name, job])));

describe('generated runtimes under a kustomize overlay', () => {
  it('the overlay passes the build check, and after the rewrite builds with the runtime its TrainJobs use', async (context) => {
    if (!requireShared()) return;
    if (!binary) return context.skip();
    const root = await copyOf('runtimes-generate');
    const before = await build(join(root, 'overlays/prod'));
    expect(before.some((object) => object.kind.endsWith('TrainingRuntime'))).toBe(false);

    const report = await migrateInputs([root], GENERATE, WRITE);
    expect(reportValidator()(report).errors).toEqual([]);
    expect(kustomizationReport(report, 'overlays/prod/kustomization.yaml')).toMatchObject({
      status: 'rewritten',
      build: 'passed',
    });
    expect(kustomizationReport(report, 'jobs/kustomization.yaml')).toMatchObject({ build: 'passed' });
    const jobs = jobsByName(report);
    expect(jobs['llm-pretrain']).toMatchObject({
      status: 'converted',
      runtime: 'torch-distributed-backoff-3-prio-high',
    });

    const after = await build(join(root, 'overlays/prod'));
    const runtimes = after.filter((object) => object.kind === 'ClusterTrainingRuntime');
    const trainJobs = after.filter((object) => object.kind === 'TrainJob');
    const pytorchJobs = before.filter((object) => object.kind === 'PyTorchJob');
    expect(trainJobs.map((job) => job.metadata.name).sort()).toEqual(
      pytorchJobs.map((job) => job.metadata.name).sort(),
    );
    const validate = validatorFor('2.3');
    for (const job of pytorchJobs) {
      const trainJob = trainJobs.find((object) => object.metadata.name === job.metadata.name);
      expect(validate(trainJob as unknown as Record<string, unknown>)).toEqual([]);
      const runtimeRef = trainJob?.spec.runtimeRef as { name: string };
      expect(runtimes.map((runtime) => runtime.metadata.name)).toContain(runtimeRef.name);
      // The overlay's patch on Worker.replicas reaches the TrainJob's node count.
      const replicas = Object.values(job.spec.pytorchReplicaSpecs as Record<string, { replicas: number }>);
      expect((trainJob?.spec.trainer as { numNodes?: number } | undefined)?.numNodes).toBe(
        replicas.reduce((sum, replica) => sum + replica.replicas, 0),
      );
    }
    const pretrain = trainJobs.find((job) => job.metadata.name === 'llm-pretrain');
    expect((pretrain?.spec.trainer as { numNodes?: number } | undefined)?.numNodes).toBe(4);
  });

  it('an overlay whose namePrefix renames the runtime fails the check, and the jobs it reaches stay PyTorchJobs', async (context) => {
    if (!requireShared()) return;
    if (!binary) return context.skip();
    const root = await copyOf('runtimes-generate', {
      'overlays/canary/kustomization.yaml': [
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'namePrefix: canary-',
        'resources:',
        '  - ../../jobs',
        '',
      ].join('\n'),
    });
    const report = await migrateInputs([root], GENERATE, WRITE);
    expect(reportValidator()(report).errors).toEqual([]);
    const canary = kustomizationReport(report, 'overlays/canary/kustomization.yaml');
    expect(canary?.status).toBe('held');

    const jobs = jobsByName(report);
    for (const name of ['llm-pretrain', 'llm-eval', 'logged']) {
      expect(jobs[name]?.status, name).toBe('needs-review');
      const finding = jobs[name]?.findings.find((f) => f.code === 'KUSTOMIZE_BUILD');
      expect(finding?.message, name).toContain('overlays/canary/kustomization.yaml');
      expect(finding?.message, name).toMatch(/renames to canary-torch-distributed-/);
    }
    // The sidecar runtime was generated for `logged` alone, which the check kept: it is not written.
    expect(report.gitops?.runtimes?.notes).toEqual([
      expect.stringMatching(
        /^jobs\/trainjob-runtimes\.yaml: the ClusterTrainingRuntime torch-distributed-sidecar-log-shipper-[0-9a-f]{6} is not written: every job that needed it stays a PyTorchJob/,
      ),
    ]);
    const runtimesFile = await readFile(join(root, 'jobs/trainjob-runtimes.yaml'), 'utf8');
    expect(runtimesFile).toContain('name: torch-distributed-backoff-3-prio-high');
    expect(runtimesFile).not.toContain('sidecar-log-shipper');
    // A job outside the overlay still converts against the runtime written beside the first job.
    expect(jobs.ablation).toMatchObject({
      status: 'converted',
      runtime: 'torch-distributed-backoff-3-prio-high',
    });

    // What is merged builds, and the canary overlay deploys no TrainJob pointing at a missing runtime.
    const built = await build(join(root, 'overlays/canary'));
    const runtimeNames = built
      .filter((object) => object.kind === 'ClusterTrainingRuntime')
      .map((runtime) => runtime.metadata.name);
    for (const trainJob of built.filter((object) => object.kind === 'TrainJob')) {
      expect(runtimeNames).toContain((trainJob.spec.runtimeRef as { name: string }).name);
    }
  });
});
