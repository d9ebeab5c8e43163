/**
 * The build check's runtime rule, on real kustomize output: a runtime the change adds must keep the
 * name its TrainJobs reference, which namePrefix/nameSuffix break (kustomize renames the runtime, not
 * `spec.runtimeRef.name`).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_OPTIONS } from '../../../src/convert/types.js';
import type { JsonObject } from '../../../src/gitops/kustomize/merge.js';
import { verifyBuild } from '../../../src/gitops/kustomize/verify.js';
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
