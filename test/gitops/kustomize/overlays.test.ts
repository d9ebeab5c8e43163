import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { kustomizeAnalyser } from '../../../src/gitops/kustomize/analyser.js';
import { findKustomize, type KustomizeBinary } from '../../../src/gitops/kustomize/build.js';
import type { Report } from '../../../src/model/report.js';
import { DEFAULT_MIGRATION_OPTIONS } from '../../../src/options.js';
import { migrateInputs } from '../../../src/run.js';
import { fixturesDir, requireShared, sharedPath } from '../../helpers/shared.js';
import { reportValidator } from '../../report/schema-validators.js';
import { snapshotTree, writeTree } from '../../run/trees.js';

const WRITE = { write: true, withDiffs: false };
const DRY_RUN = { write: false, withDiffs: true };
const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function copyOf(fixture: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tjm-kustomize-'));
  temps.push(dir);
  await cp(join(fixturesDir, 'repos', fixture), dir, { recursive: true });
  return dir;
}

let binary: KustomizeBinary | undefined;
beforeAll(async () => {
  binary = await findKustomize();
  if (!binary && process.env.CI === 'true') {
    throw new Error('CI needs kustomize or kubectl on PATH for the build checks (.ci/run installs one).');
  }
});

function build(folder: string): Record<string, unknown>[] {
  if (!binary) throw new Error('no kustomize binary');
  const output = execFileSync(binary.command, [...binary.args, folder], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return parseAllDocuments(output).map((document) => document.toJSON() as Record<string, unknown>);
}

type Built = { kind: string; metadata: { name: string }; spec: Record<string, Record<string, unknown>> };

const kustomizationsOf = (report: Report) => report.gitops?.kustomize?.kustomizations ?? [];

describe('kustomize overlays over a converted base', () => {
  it('carries every patch style and the images override over, and each overlay builds to the same job', async (context) => {
    if (!binary) return context.skip();
    const root = await copyOf('kustomize-overlays');
    const before = {
      staging: build(join(root, 'overlays/staging')),
      prod: build(join(root, 'overlays/prod')),
      release: build(join(root, 'overlays/release')),
    };
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, WRITE);
    expect(reportValidator()(report).errors).toEqual([]);
    expect(report.inputs).toMatchObject([{ input: root, status: 'ok' }]);
    expect(report.gitops?.kustomize?.binary).toBe(binary.display);
    const byPath = new Map(kustomizationsOf(report).map((entry) => [entry.path, entry]));
    for (const path of [
      'base/kustomization.yaml',
      'overlays/staging/kustomization.yaml',
      'overlays/prod/kustomization.yaml',
      'overlays/release/kustomization.yaml',
    ]) {
      expect(byPath.get(path)).toMatchObject({ status: 'rewritten', build: 'passed' });
    }
    expect(byPath.get('overlays/staging/kustomization.yaml')?.findings).toEqual([
      expect.objectContaining({ severity: 'info', code: 'KUSTOMIZE_IMAGE_OVERRIDE' }),
    ]);
    // A component is built through the kustomizations listing it.
    expect(byPath.get('components/gpu-pool/kustomization.yaml')).toMatchObject({
      status: 'rewritten',
      build: 'not-run',
    });
    const styles = kustomizationsOf(report).flatMap((entry) =>
      entry.overrides.map((override) => override.style),
    );
    expect(new Set(styles)).toEqual(
      new Set([
        'patches-smp',
        'patches-json6902',
        'patchesStrategicMerge',
        'patchesJson6902',
        'images',
        'replacements',
      ]),
    );
    expect(report.summary).toMatchObject({ converted: 1, needsReview: 0, errors: 0 });

    const staging = build(join(root, 'overlays/staging')) as Built[];
    const prod = build(join(root, 'overlays/prod')) as Built[];
    expect(staging.map((object) => object.kind)).toEqual(['TrainJob']);
    // Master 1 + Worker 3 (staging patch) and Master 1 + Worker 7 (prod patch), as the mapping says.
    expect(staging[0]?.spec.trainer).toMatchObject({
      numNodes: 4,
      image: 'registry.example.com/ml/mnist:1.1',
    });
    expect(prod[0]?.metadata.name).toBe('prod-mnist-ddp');
    expect(prod[0]?.spec.trainer).toMatchObject({ numNodes: 8, image: 'registry.example.com/ml/mnist:2.0' });
    expect(prod[0]?.spec.trainer?.command).toEqual([
      'torchrun',
      '--nproc-per-node=1',
      '/opt/mnist/train.py',
      '--epochs=20',
    ]);
    // The overlays' before-builds were PyTorchJobs with the same settings.
    const beforeStaging = before.staging[0] as {
      spec: { pytorchReplicaSpecs: { Worker: { replicas: number } } };
    };
    expect(beforeStaging.spec.pytorchReplicaSpecs.Worker.replicas + 1).toBe(
      staging[0]?.spec.trainer?.numNodes,
    );
    expect(await readFile(join(root, 'overlays/staging/trainjob-images.yaml'), 'utf8')).toContain(
      'path: spec/trainer/image',
    );

    // Release: the replacement image and the component's tolerations reach the TrainJob, and the
    // model card still gets the epochs argument, now read from the TrainJob.
    const release = build(join(root, 'overlays/release')) as Built[];
    const releaseJob = release.find((object) => object.kind === 'TrainJob');
    const beforeCard = before.release.find((object) => object.kind === 'ConfigMap');
    expect(releaseJob?.metadata.name).toBe('release-mnist-ddp');
    expect(releaseJob?.spec.trainer).toMatchObject({
      numNodes: 2,
      image: 'registry.example.com/ml/mnist:3.0',
    });
    expect(JSON.stringify(releaseJob?.spec)).toContain('nvidia.com/gpu');
    expect(release.find((object) => object.metadata.name === 'release-model-card')).toEqual(
      before.release.find((object) => (object as Built).metadata.name === 'release-model-card'),
    );
    expect(beforeCard).toBeDefined();
    const releaseText = await readFile(join(root, 'overlays/release/kustomization.yaml'), 'utf8');
    expect(releaseText).toContain('kind: TrainJob');
    expect(releaseText).toContain('- spec.trainer.image\n');
    expect(releaseText).not.toContain('pytorchReplicaSpecs');
    const modelCard = await readFile(join(root, 'overlays/release/model-card.yaml'), 'utf8');
    expect(modelCard).toContain('# Copies the training arguments');
    expect(modelCard).toContain('fieldPath: spec.trainer.command.2');

    const again = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, WRITE);
    expect(again.summary.jobs).toBe(0);
  });

  it('shows new files as created from /dev/null in a dry run, and writes nothing', async () => {
    const root = await copyOf('kustomize-overlays');
    const snapshot = await snapshotTree(root);
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, {
      ...DRY_RUN,
      analysers: [kustomizeAnalyser({ binary: null })],
    });
    expect(await snapshotTree(root)).toEqual(snapshot);
    const created = report.files.find((file) => file.path === 'overlays/staging/trainjob-images.yaml');
    expect(created?.diff).toContain('--- /dev/null\n+++ b/overlays/staging/trainjob-images.yaml');
  });

  it('without a binary rewrites only what is exact by construction and says no build was run', async () => {
    const root = await copyOf('kustomize-overlays');
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, {
      ...DRY_RUN,
      analysers: [kustomizeAnalyser({ binary: null })],
    });
    expect(report.gitops?.kustomize?.binary).toBeUndefined();
    for (const entry of kustomizationsOf(report)) {
      expect(entry.build).toBe('not-run');
      expect(entry.buildMessage).toMatch(/no kustomize or kubectl binary was found/);
    }
    expect(report.summary.converted).toBe(1);
  });

  it('holds the base and its overlays together when an overlay cannot be carried over', async () => {
    const root = await copyOf('kustomize-overlays');
    const tree = await writeTree(
      {
        'overlays/directive/kustomization.yaml': `resources:\n  - ../../base\npatches:\n  - patch: |-\n      apiVersion: kubeflow.org/v1\n      kind: PyTorchJob\n      metadata:\n        name: mnist-ddp\n        namespace: ml\n      spec:\n        elasticPolicy:\n          minReplicas: 1\n          maxReplicas: 4\n`,
      },
      root,
    );
    const snapshot = await snapshotTree(tree);
    const report = await migrateInputs([tree], DEFAULT_MIGRATION_OPTIONS, {
      ...WRITE,
      analysers: [kustomizeAnalyser({ binary: null })],
    });
    expect(await snapshotTree(tree)).toEqual(snapshot);
    const base = report.files.find((file) => file.path === 'base/pytorchjob.yaml');
    expect(base?.jobs[0]?.status).toBe('needs-review');
    const finding = base?.jobs[0]?.findings.find((item) => item.code === 'KUSTOMIZE_OVERLAY');
    expect(finding?.message).toContain('overlays/directive/kustomization.yaml line 4');
    expect(kustomizationsOf(report).every((entry) => entry.status === 'held')).toBe(true);
  });
  it('holds the base and its overlays when a replacement does not map exactly, naming both', async () => {
    const root = await copyOf('kustomize-overlays');
    const tree = await writeTree(
      {
        'overlays/scale/scale.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: scale, namespace: ml}\ndata: {workers: "4"}\n',
        'overlays/scale/kustomization.yaml': [
          'resources: [../../base, scale.yaml]',
          'replacements:',
          '  - source: {kind: ConfigMap, name: scale, fieldPath: data.workers}',
          '    targets:',
          '      - select: {kind: PyTorchJob, name: mnist-ddp}',
          '        fieldPaths:',
          '          - spec.pytorchReplicaSpecs.Worker.replicas',
          '',
        ].join('\n'),
      },
      root,
    );
    const snapshot = await snapshotTree(tree);
    const report = await migrateInputs([tree], DEFAULT_MIGRATION_OPTIONS, {
      ...WRITE,
      analysers: [kustomizeAnalyser({ binary: null })],
    });
    expect(await snapshotTree(tree)).toEqual(snapshot);
    const base = report.files.find((file) => file.path === 'base/pytorchjob.yaml');
    expect(base?.jobs[0]?.status).toBe('needs-review');
    const finding = base?.jobs[0]?.findings.find((item) => item.code === 'KUSTOMIZE_OVERLAY');
    expect(finding?.message).toContain('overlays/scale/kustomization.yaml line 3, replacements entry');
    const scale = kustomizationsOf(report).find(
      (entry) => entry.path === 'overlays/scale/kustomization.yaml',
    );
    expect(scale).toMatchObject({ status: 'held', overrides: [{ style: 'replacements', outcome: 'held' }] });
  });
});

describe('the real-world corpus kustomization', () => {
  it('is reported under its original paths, and the base is left as the engine decides', async () => {
    if (!requireShared()) return;
    const corpus = sharedPath('corpus', 'real-world', 'kubeflow__manifests');
    const root = await writeTree({
      'pytorch-job/overlays/gke/kustomization.yaml': await readFile(
        join(corpus, 'pytorch-job__overlays__gke__kustomization.yaml'),
        'utf8',
      ),
      'pytorch-job/base/pytorch-job.yaml': await readFile(
        join(corpus, 'pytorch-job__base__pytorch-job.yaml'),
        'utf8',
      ),
    });
    temps.push(root);
    const snapshot = await snapshotTree(root);
    const report = await migrateInputs([root], DEFAULT_MIGRATION_OPTIONS, WRITE);
    expect(reportValidator()(report).errors).toEqual([]);
    // `bases: ../../base` names a folder without a kustomization: the overlay never built, and it
    // reaches no job, so the base converts and the overlay is reported.
    const overlay = kustomizationsOf(report).find(
      (entry) => entry.path === 'pytorch-job/overlays/gke/kustomization.yaml',
    );
    expect(overlay).toMatchObject({ status: 'error', build: 'not-run', jobs: [] });
    expect(overlay?.findings[0]?.message).toContain('../../base is a folder without a kustomization file');
    expect(report.files.find((file) => file.path === 'pytorch-job/base/pytorch-job.yaml')?.status).toBe(
      'converted',
    );
    const after = await snapshotTree(root);
    expect(after['pytorch-job/overlays/gke/kustomization.yaml']).toBe(
      snapshot['pytorch-job/overlays/gke/kustomization.yaml'],
    );
  });
});
