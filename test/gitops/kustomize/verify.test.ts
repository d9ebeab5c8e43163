/**
 * The build check's runtime rule, on real kustomize output: a runtime the change adds must keep the
 * name its TrainJobs reference, which namePrefix/nameSuffix break (kustomize renames the runtime, not
 * `spec.runtimeRef.name`).
 */
import { describe, expect, it } from 'vitest';
import type { BuiltJob } from '../../../src/gitops/kustomize/instances.js';
import type { JsonObject } from '../../../src/gitops/kustomize/merge.js';
import { convertJob } from '../../../src/gitops/kustomize/translate.js';
import { verifyBuild } from '../../../src/gitops/kustomize/verify.js';
import type { SourceJob } from '../../../src/gitops/kustomize/world.js';
import { DEFAULT_CONVERT_OPTIONS } from '../../../src/model/conversion.js';
import { buildFiles, kustomizeBinary } from './real-kustomize.js';

const RUNTIME = `apiVersion: trainer.kubeflow.org/v1alpha1
kind: ClusterTrainingRuntime
metadata:
  name: torch-distributed-prio-high
spec:
  mlPolicy: {numNodes: 1, torch: {numProcPerNode: auto}}
  template: {spec: {replicatedJobs: []}}
`;

const TRAIN_JOB = `apiVersion: trainer.kubeflow.org/v1alpha1
kind: TrainJob
metadata:
  name: train
spec:
  runtimeRef: {name: torch-distributed-prio-high}
  trainer: {numNodes: 2, image: example.com/train:1}
`;

const overlay = (settings: string): Record<string, string> => ({
  'base/kustomization.yaml': 'resources: [runtime.yaml, train.yaml]\n',
  'base/runtime.yaml': RUNTIME,
  'base/train.yaml': TRAIN_JOB,
  'overlay/kustomization.yaml': `${settings}resources: [../base]\n`,
});

const check = (before: JsonObject[], after: JsonObject[]) =>
  verifyBuild(
    before,
    after,
    [],
    () => true,
    () => DEFAULT_CONVERT_OPTIONS,
  );

describe('verifyBuild: runtimes the change adds', () => {
  it('fails when namePrefix or nameSuffix renames an added runtime away from its TrainJobs', async (context) => {
    const binary = await kustomizeBinary();
    if (!binary) return context.skip();
    for (const settings of ['namePrefix: canary-\n', 'nameSuffix: -v2\n']) {
      const after = await buildFiles(binary, overlay(settings), 'overlay');
      const verdict = check([], after);
      expect(verdict.ok, settings).toBe(false);
      if (verdict.ok) continue;
      expect(verdict.message).toContain('references the ClusterTrainingRuntime torch-distributed-prio-high');
      expect(verdict.message).toMatch(
        /renames to (canary-torch-distributed-prio-high|torch-distributed-prio-high-v2)/,
      );
    }
  });

  it('passes when the runtime keeps its name, or when the renamed runtime was there before the change', async (context) => {
    const binary = await kustomizeBinary();
    if (!binary) return context.skip();
    expect(check([], await buildFiles(binary, overlay('namespace: ml\n'), 'overlay'))).toEqual({ ok: true });
    const prefixed = await buildFiles(binary, overlay('namePrefix: canary-\n'), 'overlay');
    const runtimeBefore = prefixed.filter((object) => object.kind === 'ClusterTrainingRuntime');
    expect(check(runtimeBefore, prefixed)).toEqual({ ok: true });
  });
});

const gpuContainer = (image: string): JsonObject => ({
  name: 'pytorch',
  image,
  command: ['torchrun', 'train.py'],
  resources: { limits: { 'nvidia.com/gpu': 1 } },
});

const pytorchJob = (name: string, image = 'example.com/train:1'): JsonObject => ({
  apiVersion: 'kubeflow.org/v1',
  kind: 'PyTorchJob',
  metadata: { name },
  spec: {
    pytorchReplicaSpecs: {
      Master: {
        replicas: 1,
        template: { spec: { containers: [gpuContainer(image)] } },
      },
      Worker: {
        replicas: 1,
        template: { spec: { containers: [gpuContainer(image)] } },
      },
    },
  },
});

const source = (name: string): SourceJob => ({
  key: `jobs/${name}.yaml#/${name}`,
  relPath: `jobs/${name}.yaml`,
  name,
  job: pytorchJob(name),
  converting: true,
});

const verifyWith = (before: JsonObject[], after: JsonObject[], built: BuiltJob[]) =>
  verifyBuild(
    before,
    after,
    built,
    () => true,
    () => DEFAULT_CONVERT_OPTIONS,
  );

const trainJobOf = (job: JsonObject): JsonObject => {
  const converted = convertJob(job, DEFAULT_CONVERT_OPTIONS);
  if (!converted.ok) throw new Error(converted.reason);
  return converted.trainJob;
};

describe('verifyBuild: jobs and runtimes are paired by exact name', () => {
  it('does not take train-large for the converted train', () => {
    const train = source('train');
    const built = [{ source: train, name: 'train', prefix: '', suffix: '' }];
    const before = [pytorchJob('train'), pytorchJob('train-large', 'example.com/large:1')];
    // train-large is no job the kustomization was seen to build: it must build unchanged.
    const after = [trainJobOf(pytorchJob('train')), pytorchJob('train-large', 'example.com/large:1')];
    expect(verifyWith(before, after, built)).toMatchObject({ ok: true });
    const converted = [trainJobOf(pytorchJob('train')), trainJobOf(pytorchJob('train-large'))];
    const verdict = verifyWith(before, converted, built);
    expect(verdict).toMatchObject({ ok: false });
    expect(verdict.ok ? '' : verdict.message).toContain('/train-large that stays a PyTorchJob');
  });

  it('pairs a renamed job through the affixes its kustomization adds', () => {
    const train = source('train');
    const built = [{ source: train, name: 'train-large', prefix: '', suffix: '-large' }];
    const before = [{ ...pytorchJob('train'), metadata: { name: 'train-large' } }];
    const after = [{ ...trainJobOf(pytorchJob('train')), metadata: { name: 'train-large' } }];
    expect(verifyWith(before, after, built)).toMatchObject({ ok: true });
  });

  it('does not take an added torch-distributed-backoff-3 for a renamed torch-distributed', () => {
    const runtime = (name: string): JsonObject => ({
      apiVersion: 'trainer.kubeflow.org/v1alpha1',
      kind: 'ClusterTrainingRuntime',
      metadata: { name },
    });
    const plain = trainJobOf(pytorchJob('finetune'));
    expect((plain.spec as JsonObject).runtimeRef).toMatchObject({ name: 'torch-distributed' });
    const after = [runtime('torch-distributed-backoff-3'), plain];
    expect(check([], after)).toMatchObject({ ok: true });
    const finetune = source('finetune');
    const built = [{ source: finetune, name: 'finetune', prefix: '', suffix: '' }];
    expect(verifyWith([], after, built)).toMatchObject({ ok: true });
    // The same names with the job's own suffix: a real rename.
    const suffixed = [runtime('torch-distributed-v2'), { ...plain, metadata: { name: 'finetune-v2' } }];
    const renamed = [{ source: finetune, name: 'finetune-v2', prefix: '', suffix: '-v2' }];
    for (const jobs of [[], renamed]) {
      const verdict = verifyWith([], suffixed, jobs);
      expect(verdict.ok ? '' : verdict.message).toMatch(/renames to torch-distributed-v2/);
    }
  });
});
