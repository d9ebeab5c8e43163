import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applySplices, replacementEdits } from '../../../src/gitops/kustomize/edits.js';
import { evaluateAll } from '../../../src/gitops/kustomize/evaluate.js';
import { fixturesDir } from '../../helpers/shared.js';
import { memoryWorld } from './memory-world.js';

const JOB = readFileSync(join(fixturesDir, 'repos', 'kustomize-overlays', 'base', 'pytorchjob.yaml'), 'utf8');
const PATHS = ['Master', 'Worker'].map(
  (role) => `spec.pytorchReplicaSpecs.${role}.template.spec.containers.[name=pytorch].image`,
);

/** The overlay's text after its one replacement is carried over. */
function rewritten(kustomization: string): string {
  const files = {
    'base/kustomization.yaml': 'resources: [job.yaml]\n',
    'base/job.yaml': JOB,
    'o/kustomization.yaml': kustomization,
  };
  const { evaluations } = evaluateAll(memoryWorld(files));
  const evaluation = evaluations.find((item) => item.kustomization.relPath === 'o/kustomization.yaml');
  const result = evaluation?.overrides[0];
  if (!evaluation || !result) throw new Error('no replacement evaluated');
  expect(result.outcome.type).toBe('replacement');
  const edits = replacementEdits(
    evaluation.kustomization,
    result,
    (relPath) => files[relPath as keyof typeof files],
  );
  return applySplices(evaluation.kustomization.text, edits.splices);
}

describe('replacementEdits', () => {
  it('drops the surplus lines of a block list and keeps every comment and other byte', () => {
    const text = [
      'resources: [../base]',
      'replacements:',
      '  # the release image',
      '  - source: {kind: ConfigMap, name: release, fieldPath: data.image}',
      '    targets:',
      '      - select:',
      '          group: kubeflow.org',
      '          version: v1',
      '          kind: PyTorchJob',
      '        fieldPaths:',
      `          - ${PATHS[0]}`,
      `          - "${PATHS[1]}" # worker`,
      '        options: {create: false}',
      '',
    ].join('\n');
    expect(rewritten(text)).toBe(
      text
        .replace('group: kubeflow.org', 'group: trainer.kubeflow.org')
        .replace('version: v1', 'version: v1alpha1')
        .replace('kind: PyTorchJob', 'kind: TrainJob')
        .replace(
          `          - ${PATHS[0]}\n          - "${PATHS[1]}" # worker\n`,
          '          - spec.trainer.image\n',
        ),
    );
  });

  it('rewrites a flow list in flow style and leaves a version beside another kind alone', () => {
    const text = [
      'resources: [../base]',
      'replacements:',
      '  - source: {kind: ConfigMap, name: release, version: v1, fieldPath: data.image}',
      '    targets:',
      '      - select: {kind: PyTorchJob, name: mnist-ddp}',
      `        fieldPaths: ["${PATHS[0]}", "${PATHS[1]}"]`,
      '',
    ].join('\n');
    const result = rewritten(text);
    expect(result).toContain('source: {kind: ConfigMap, name: release, version: v1, fieldPath: data.image}');
    expect(result).toContain('select: {kind: TrainJob, name: mnist-ddp}');
    expect(parse(result).replacements[0].targets[0].fieldPaths).toEqual(['spec.trainer.image']);
  });
});
