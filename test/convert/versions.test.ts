/** Fields that differ between Trainer releases (trainer-v2-api.md §3 and §5.3), per target version. */
import { describe, expect, it } from 'vitest';
import { convertPyTorchJob } from '../../src/convert/convert.js';
import { getAt } from '../../src/convert/paths.js';
import {
  type ConversionResult,
  DEFAULT_CONVERT_OPTIONS,
  type TrainerVersion,
} from '../../src/model/conversion.js';
import { validatorFor } from '../helpers/crds.js';
import { requireShared } from '../helpers/shared.js';

const MASTER_POD = ['spec', 'pytorchReplicaSpecs', 'Master', 'template', 'spec'];

/** A Master + 1 Worker job whose pod spec gets `podFields` and whose runPolicy gets `runPolicy`. */
function job(
  podFields: Record<string, unknown> = {},
  extra: {
    runPolicy?: Record<string, unknown>;
    nprocPerNode?: string;
    resources?: unknown;
    podMetadata?: unknown;
  } = {},
) {
  const template = {
    ...(extra.podMetadata !== undefined && { metadata: extra.podMetadata }),
    spec: {
      ...podFields,
      containers: [
        {
          name: 'pytorch',
          image: 'ghcr.io/example/train:1.0',
          command: ['torchrun', '--nproc-per-node=2', 'train.py'],
          ...(extra.resources !== undefined && { resources: extra.resources }),
        },
      ],
    },
  };
  return {
    apiVersion: 'kubeflow.org/v1',
    kind: 'PyTorchJob',
    metadata: { name: 'train', namespace: 'ml' },
    spec: {
      ...(extra.nprocPerNode !== undefined && { nprocPerNode: extra.nprocPerNode }),
      pytorchReplicaSpecs: {
        Master: { replicas: 1, template: structuredClone(template) },
        Worker: { replicas: 1, template: structuredClone(template) },
      },
      ...(extra.runPolicy !== undefined && { runPolicy: extra.runPolicy }),
    },
  };
}

function convertFor(version: TrainerVersion, input: unknown): ConversionResult {
  const result = convertPyTorchJob(input, { ...DEFAULT_CONVERT_OPTIONS, trainerVersion: version });
  if (result.status === 'converted' && version !== '2.0')
    expect(validatorFor(version)(result.trainJob!)).toEqual([]);
  return result;
}

const codes = (result: ConversionResult) => result.findings.map((finding) => finding.code);

const RUNTIME_PATCH_POD = [
  'spec',
  'runtimePatches',
  0,
  'trainingRuntimeSpec',
  'template',
  'spec',
  'replicatedJobs',
  0,
  'template',
  'spec',
  'template',
];

describe.runIf(requireShared())('per target version', () => {
  const affinity = {
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: [{ key: 'gpu', operator: 'Exists' }] }],
      },
    },
  };

  it('affinity: needs review on 2.0, podTemplateOverrides on 2.1, runtimePatches on 2.2/2.3', () => {
    const r20 = convertFor('2.0', job({ affinity }));
    expect(r20.status).toBe('needs-review');
    expect(r20.findings).toContainEqual(
      expect.objectContaining({
        code: 'POD_FIELD_UNSUPPORTED_BY_TARGET',
        path: 'spec.pytorchReplicaSpecs.Master.template.spec.affinity',
      }),
    );
    const r21 = convertFor('2.1', job({ affinity }));
    expect(r21.status).toBe('converted');
    expect(getAt(r21.trainJob, ['spec', 'podTemplateOverrides', 0, 'spec', 'affinity'])).toEqual(affinity);
    expect(getAt(r21.trainJob, ['spec', 'podTemplateOverrides', 0, 'targetJobs'])).toEqual([
      { name: 'node' },
    ]);
    for (const version of ['2.2', '2.3'] as const) {
      const result = convertFor(version, job({ affinity }));
      expect(result.status).toBe('converted');
      expect(getAt(result.trainJob, [...RUNTIME_PATCH_POD, 'spec', 'affinity'])).toEqual(affinity);
    }
  });

  it('pod securityContext: needs review on 2.0 and 2.1, patched on 2.2/2.3', () => {
    const securityContext = { runAsUser: 1000, fsGroup: 100 };
    for (const version of ['2.0', '2.1'] as const) {
      const result = convertFor(version, job({ securityContext }));
      expect(result.status).toBe('needs-review');
      expect(codes(result)).toContain('POD_FIELD_UNSUPPORTED_BY_TARGET');
    }
    for (const version of ['2.2', '2.3'] as const) {
      const result = convertFor(version, job({ securityContext }));
      expect(getAt(result.trainJob, [...RUNTIME_PATCH_POD, 'spec', 'securityContext'])).toEqual(
        securityContext,
      );
    }
  });

  it('terminationGracePeriodSeconds: needs review on 2.2, patched on 2.3', () => {
    const r22 = convertFor('2.2', job({ terminationGracePeriodSeconds: 120 }));
    expect(r22.status).toBe('needs-review');
    expect(r22.findings.find((f) => f.code === 'POD_FIELD_UNSUPPORTED_BY_TARGET')?.message).toMatch(/2\.3/);
    const r23 = convertFor('2.3', job({ terminationGracePeriodSeconds: 120 }));
    expect(r23.status).toBe('converted');
    expect(getAt(r23.trainJob, [...RUNTIME_PATCH_POD, 'spec', 'terminationGracePeriodSeconds'])).toBe(120);
  });

  it('activeDeadlineSeconds: needs review on 2.1, spec.activeDeadlineSeconds on 2.2', () => {
    const runPolicy = { activeDeadlineSeconds: 7200 };
    const r21 = convertFor('2.1', job({}, { runPolicy }));
    expect(r21.status).toBe('needs-review');
    expect(r21.findings).toContainEqual(
      expect.objectContaining({ code: 'RUN_POLICY', path: 'spec.runPolicy.activeDeadlineSeconds' }),
    );
    const r22 = convertFor('2.2', job({}, { runPolicy }));
    expect(getAt(r22.trainJob, ['spec', 'activeDeadlineSeconds'])).toBe(7200);
  });

  it('nprocPerNode "gpu": copied on 2.1, omitted on 2.3 when GPUs are requested', () => {
    const input = job({}, { nprocPerNode: 'gpu', resources: { limits: { 'nvidia.com/gpu': 4 } } });
    const r21 = convertFor('2.1', input);
    expect(getAt(r21.trainJob, ['spec', 'trainer', 'numProcPerNode'])).toBe('gpu');
    const r23 = convertFor('2.3', input);
    expect(r23.status).toBe('converted');
    expect(getAt(r23.trainJob, ['spec', 'trainer'])).not.toHaveProperty('numProcPerNode');
    expect(r23.accounting).toContainEqual(
      expect.objectContaining({ path: ['spec', 'nprocPerNode'], disposition: 'dropped' }),
    );
  });

  it('nprocPerNode "gpu" without a GPU request needs review on 2.3 (v2 auto would count CPUs)', () => {
    const result = convertFor('2.3', job({}, { nprocPerNode: 'gpu' }));
    expect(result.status).toBe('needs-review');
    expect(codes(result)).toContain('NPROC_PER_NODE');
  });

  it('nprocPerNode "4": int32 on every version', () => {
    for (const version of ['2.1', '2.3'] as const) {
      const result = convertFor(version, job({}, { nprocPerNode: '4' }));
      expect(getAt(result.trainJob, ['spec', 'trainer', 'numProcPerNode'])).toBe(4);
    }
  });

  it('pod customisation shape: runtimePatches on 2.2/2.3, podTemplateOverrides on 2.1, podSpecOverrides on 2.0', () => {
    const pod = { nodeSelector: { accelerator: 'a100' }, volumes: [{ name: 'data', emptyDir: {} }] };
    const withMounts = job(pod);
    for (const replica of ['Master', 'Worker'] as const) {
      const container = withMounts.spec.pytorchReplicaSpecs[replica].template.spec.containers[0] as Record<
        string,
        unknown
      >;
      container.volumeMounts = [{ name: 'data', mountPath: '/data' }];
    }
    const r23 = convertFor('2.3', withMounts);
    expect(r23.trainJob?.spec).toMatchObject({
      runtimePatches: [
        {
          manager: DEFAULT_CONVERT_OPTIONS.patchManager,
          trainingRuntimeSpec: {
            template: {
              spec: {
                replicatedJobs: [
                  {
                    name: 'node',
                    template: {
                      spec: {
                        template: {
                          spec: {
                            nodeSelector: pod.nodeSelector,
                            containers: [
                              { name: 'node', volumeMounts: [{ name: 'data', mountPath: '/data' }] },
                            ],
                            volumes: pod.volumes,
                          },
                        },
                      },
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const r22 = convertFor('2.2', withMounts);
    expect(r22.trainJob?.spec).toEqual(r23.trainJob?.spec);
    const r21 = convertFor('2.1', withMounts);
    expect(getAt(r21.trainJob, ['spec', 'podTemplateOverrides'])).toEqual([
      {
        targetJobs: [{ name: 'node' }],
        spec: {
          nodeSelector: pod.nodeSelector,
          containers: [{ name: 'node', volumeMounts: [{ name: 'data', mountPath: '/data' }] }],
          volumes: pod.volumes,
        },
      },
    ]);
    const r20 = convertFor('2.0', withMounts);
    expect(r20.status).toBe('converted');
    expect(getAt(r20.trainJob, ['spec', 'podSpecOverrides'])).toEqual([
      {
        targetJobs: [{ name: 'node' }],
        nodeSelector: pod.nodeSelector,
        containers: [{ name: 'node', volumeMounts: [{ name: 'data', mountPath: '/data' }] }],
        volumes: pod.volumes,
      },
    ]);
  });

  it('pod labels: needs review on 2.0, podTemplateOverrides metadata on 2.1, patch metadata on 2.3', () => {
    const podMetadata = { labels: { team: 'ml' } };
    expect(convertFor('2.0', job({}, { podMetadata })).status).toBe('needs-review');
    const r21 = convertFor('2.1', job({}, { podMetadata }));
    expect(getAt(r21.trainJob, ['spec', 'podTemplateOverrides', 0, 'metadata'])).toEqual(podMetadata);
    const r23 = convertFor('2.3', job({}, { podMetadata }));
    expect(getAt(r23.trainJob, [...RUNTIME_PATCH_POD, 'metadata'])).toEqual(podMetadata);
  });

  it('imagePullSecrets: needs review on 2.0, carried from 2.1', () => {
    const imagePullSecrets = [{ name: 'regcred' }];
    expect(convertFor('2.0', job({ imagePullSecrets })).status).toBe('needs-review');
    const r21 = convertFor('2.1', job({ imagePullSecrets }));
    expect(r21.carried).toContainEqual({
      from: [...MASTER_POD, 'imagePullSecrets'],
      to: ['spec', 'podTemplateOverrides', 0, 'spec', 'imagePullSecrets'],
    });
  });

  it('container securityContext: needs review on 2.1, node container patch on 2.2', () => {
    const input = job();
    for (const replica of ['Master', 'Worker'] as const) {
      const container = input.spec.pytorchReplicaSpecs[replica].template.spec.containers[0] as Record<
        string,
        unknown
      >;
      container.securityContext = { capabilities: { add: ['IPC_LOCK'] } };
    }
    expect(convertFor('2.1', input).status).toBe('needs-review');
    const r22 = convertFor('2.2', input);
    expect(getAt(r22.trainJob, [...RUNTIME_PATCH_POD, 'spec', 'containers', 0])).toEqual({
      name: 'node',
      securityContext: { capabilities: { add: ['IPC_LOCK'] } },
    });
  });
});
