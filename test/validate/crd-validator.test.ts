/** The CRD validator against the real TrainJob and runtime CRDs and real TrainJob examples. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import type { TrainJobValidator } from '../../src/edit/types.js';
import { createCrdValidator, createRuntimeValidator } from '../../src/validate/crd-validator.js';
import { crdPathForVersion } from '../helpers/crds.js';
import { requireShared, sharedPath } from '../helpers/shared.js';

function example(file: string): Record<string, unknown> {
  const docs = parseAllDocuments(readFileSync(sharedPath('corpus', 'trainjob-examples', file), 'utf8'));
  return docs.map((doc) => doc.toJS()).find((doc) => doc?.kind === 'TrainJob');
}

function minimal(spec: Record<string, unknown> = {}, name = 'train'): Record<string, unknown> {
  return {
    apiVersion: 'trainer.kubeflow.org/v1alpha1',
    kind: 'TrainJob',
    metadata: { name },
    spec: { runtimeRef: { name: 'torch-distributed' }, ...spec },
  };
}

const paths = (findings: ReturnType<TrainJobValidator>) => findings.map((finding) => finding.path);

describe.runIf(requireShared())('createCrdValidator', () => {
  let v23: TrainJobValidator;
  let v21: TrainJobValidator;

  beforeAll(() => {
    const started = performance.now();
    v23 = createCrdValidator(readFileSync(sharedPath(crdPathForVersion('2.3')), 'utf8'));
    const compiled23 = performance.now();
    v21 = createCrdValidator(readFileSync(sharedPath(crdPathForVersion('2.1')), 'utf8'));
    console.log(
      `compile: v2.3 TrainJob CRD ${(compiled23 - started).toFixed(0)} ms, v2.1 TrainJob CRD ${(performance.now() - compiled23).toFixed(0)} ms`,
    );
  });

  it('accepts real TrainJob examples written for each CRD', () => {
    expect(v23(example('kubeflow__trainer/examples__yaml__02-runtime-patches.yaml'))).toEqual([]);
    expect(v23(example('kubeflow__trainer/examples__yaml__03-kueue-integration.yaml'))).toEqual([]);
    expect(v21(example('kubeflow__trainer/examples__yaml__advanced__01-podspec-overrides.yaml'))).toEqual([]);
  });

  it('rejects the other release shape with the field path (runtimePatches on 2.1, podTemplateOverrides on 2.3)', () => {
    const patches = v21(example('kubeflow__trainer/examples__yaml__02-runtime-patches.yaml'));
    expect(paths(patches)).toEqual(['spec.runtimePatches']);
    expect(patches[0]).toMatchObject({ severity: 'error', code: 'SCHEMA_INVALID' });
    expect(
      paths(v23(example('kubeflow__trainer/examples__yaml__advanced__01-podspec-overrides.yaml'))),
    ).toEqual(['spec.podTemplateOverrides']);
  });

  it('rejects unknown fields the API server would prune, at any depth', () => {
    expect(paths(v23(minimal({ trainer: { image: 'x', imagePullPolicy: 'Always' } })))).toEqual([
      'spec.trainer.imagePullPolicy',
    ]);
    const deep = minimal({
      runtimePatches: [
        {
          manager: 'example.com/m',
          trainingRuntimeSpec: {
            template: {
              spec: {
                replicatedJobs: [
                  { name: 'node', template: { spec: { template: { spec: { priorityClassName: 'high' } } } } },
                ],
              },
            },
          },
        },
      ],
    });
    expect(paths(v23(deep))).toEqual([
      'spec.runtimePatches[0].trainingRuntimeSpec.template.spec.replicatedJobs[0].template.spec.template.spec.priorityClassName',
    ]);
  });

  it('checks the metadata.name CEL rules: 63 characters pass, 64 fail, non-RFC 1035 fails', () => {
    expect(v23(minimal({}, 'a'.repeat(63)))).toEqual([]);
    const long = v23(minimal({}, 'a'.repeat(64)));
    expect(paths(long)).toEqual(['metadata.name']);
    expect(long[0]!.message).toMatch(/64 characters/);
    expect(paths(v21(minimal({}, 'My_Job')))).toEqual(['metadata.name']);
    expect(v23({ ...minimal(), metadata: { generateName: 'train-' } })).toEqual([]);
  });

  it('checks managedBy against the values the CRD allows', () => {
    expect(v23(minimal({ managedBy: 'kueue.x-k8s.io/multikueue' }))).toEqual([]);
    const bad = v23(minimal({ managedBy: 'kubeflow.org/training-operator' }));
    expect(paths(bad)).toEqual(['spec.managedBy']);
    expect(bad[0]!.message).toContain('trainer.kubeflow.org/trainjob-controller');
  });

  it('numProcPerNode "auto" fails on the 2.3 CRD (int32) and passes on 2.1 (IntOrString)', () => {
    expect(paths(v23(minimal({ trainer: { numProcPerNode: 'auto' } })))).toEqual([
      'spec.trainer.numProcPerNode',
    ]);
    expect(v21(minimal({ trainer: { numProcPerNode: 'auto' } }))).toEqual([]);
    expect(v23(minimal({ trainer: { numProcPerNode: 8 } }))).toEqual([]);
  });

  it('checks Kubernetes formats and list-map keys', () => {
    expect(paths(v23(minimal({ trainer: { numNodes: 2 ** 31 } })))).toEqual(['spec.trainer.numNodes']);
    const duplicate = v23(
      minimal({
        trainer: {
          env: [
            { name: 'A', value: '1' },
            { name: 'A', value: '2' },
          ],
        },
      }),
    );
    expect(paths(duplicate)).toEqual(['spec.trainer.env[1]']);
    expect(paths(v23(minimal({ activeDeadlineSeconds: 0 })))).toEqual(['spec.activeDeadlineSeconds']);
    expect(v23(minimal({ trainer: { resourcesPerNode: { limits: { cpu: 2, memory: '1Gi' } } } }))).toEqual(
      [],
    );
  });

  it('rejects an object of another kind', () => {
    const findings = v23({ ...minimal(), kind: 'PyTorchJob' });
    expect(paths(findings)).toContain('apiVersion');
  });

  it('names the source when the text has no CRD of the kind', () => {
    expect(() => createCrdValidator('kind: ConfigMap\n', { source: 'crds/x.yaml' })).toThrow(
      /crds\/x\.yaml.*TrainJob/,
    );
  });
});

describe.runIf(requireShared())('createRuntimeValidator', () => {
  it('validates the built-in torch-distributed ClusterTrainingRuntime and rejects unknown fields', () => {
    const crd = readFileSync(
      sharedPath('kubeflow/v2/crds/trainer.kubeflow.org_clustertrainingruntimes.yaml'),
      'utf8',
    );
    const validate = createRuntimeValidator(crd, 'ClusterTrainingRuntime');
    const runtime = parse(readFileSync(sharedPath('kubeflow/v2/runtimes/torch_distributed.yaml'), 'utf8'));
    expect(validate(runtime)).toEqual([]);
    const withBackoff = structuredClone(runtime);
    withBackoff.spec.template.spec.replicatedJobs[0].template.spec.backoffLimit = 3;
    expect(validate(withBackoff)).toEqual([]);
    withBackoff.spec.mlPolicy.torch.numProcPerNode = 'auto';
    expect(paths(validate(withBackoff))).toEqual(['spec.mlPolicy.torch.numProcPerNode']);
  });
});
