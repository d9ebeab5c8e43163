/**
 * Property tests over generated PyTorchJobs: the engine never throws, its output is valid against the
 * real CRD of the target version (or the job needs review), every input leaf is accounted for exactly
 * once, and every carried pair is deep-equal between input and output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertPyTorchJob } from '../../src/convert/convert.js';
import { getAt, leafPaths, pathKey } from '../../src/convert/paths.js';
import {
  type ConvertOptions,
  DEFAULT_CONVERT_OPTIONS,
  type TrainerVersion,
} from '../../src/convert/types.js';
import { deepEqual } from '../../src/util/objects.js';
import { validatorFor } from '../helpers/crds.js';
import { requireShared } from '../helpers/shared.js';

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
/** For fields that make the job need review: present in about one job in seven, so clean jobs stay common. */
const rare = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

/** Drops keys whose value is undefined, so generated objects look like parsed YAML. */
function compact(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

const envItem = fc.oneof(
  fc.record({ name: fc.constantFrom('LR', 'EPOCHS', 'NCCL_DEBUG'), value: fc.constantFrom('1', 'INFO', '') }),
  fc.record({
    name: fc.constant('HF_TOKEN'),
    valueFrom: fc.constant({ secretKeyRef: { name: 'hf', key: 'token' } }),
  }),
  fc.record({
    name: fc.constant('POD_IP'),
    valueFrom: fc.constant({ fieldRef: { fieldPath: 'status.podIP' } }),
  }),
  fc.record({
    name: fc.constantFrom('PET_NNODES', 'PET_MASTER_ADDR', 'MASTER_ADDR', 'WORLD_SIZE'),
    value: fc.constant('2'),
  }),
);

const container = fc
  .record({
    image: fc.constantFrom('pytorch/pytorch:2.4.0', 'registry.example.com/train:latest', 'train'),
    command: optional(
      fc.constantFrom(
        ['torchrun', '--nproc-per-node=2', 'train.py'],
        ['python3', 'train.py'],
        ['python', '-m', 'torch.distributed.launch', 'train.py'],
        ['/bin/bash', '-c', 'pip install x && torchrun train.py --addr $MASTER_ADDR'],
      ),
    ),
    args: optional(fc.constantFrom(['--epochs', '1'], [])),
    env: fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 4, arbitrary: fc.uniqueArray(envItem, { selector: (item) => item.name, maxLength: 4 }) },
      { weight: 1, arbitrary: fc.constant([{ name: 'PET_NNODES', value: '2' }]) },
    ),
    resources: optional(
      fc.constantFrom(
        { limits: { 'nvidia.com/gpu': 2 } },
        { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: 2, memory: '2Gi' } },
        {},
      ),
    ),
    volumeMounts: optional(fc.constant([{ name: 'data', mountPath: '/data' }])),
    securityContext: optional(fc.constant({ privileged: true })),
    ports: optional(
      fc.constantFrom([{ name: 'pytorchjob-port', containerPort: 23456 }], [{ containerPort: 8080 }]),
    ),
    imagePullPolicy: rare(fc.constantFrom('IfNotPresent', 'Always')),
    envFrom: rare(fc.constant([{ secretRef: { name: 'creds' } }])),
    workingDir: rare(fc.constant('/workspace')),
  })
  .map((fields) => ({ name: 'pytorch', ...compact(fields) }));

const podSpec = fc
  .record({
    containers: fc.oneof(
      { weight: 6, arbitrary: container.map((c) => [c]) },
      { weight: 1, arbitrary: container.map((c) => [c, { name: 'sidecar', image: 'busybox' }]) },
    ),
    initContainers: rare(fc.constant([{ name: 'init', image: 'busybox' }])),
    nodeSelector: optional(fc.constant({ accelerator: 'a100' })),
    tolerations: optional(fc.constant([{ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }])),
    affinity: optional(
      fc.constant({
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }],
          },
        },
      }),
    ),
    volumes: optional(
      fc.constant([
        { name: 'data', persistentVolumeClaim: { claimName: 'data' } },
        { name: 'shm', emptyDir: { medium: 'Memory' } },
      ]),
    ),
    imagePullSecrets: optional(fc.constant([{ name: 'regcred' }])),
    serviceAccountName: optional(fc.constant('trainer')),
    securityContext: optional(fc.constant({ runAsUser: 1000, fsGroup: 100 })),
    schedulingGates: optional(fc.constant([{ name: 'example.com/gate' }])),
    terminationGracePeriodSeconds: optional(fc.constant(60)),
    priorityClassName: rare(fc.constant('high')),
    hostIPC: rare(fc.boolean()),
    restartPolicy: optional(fc.constant('OnFailure')),
  })
  .map(compact);

const podTemplate = fc
  .record({
    metadata: optional(
      fc
        .record({
          labels: optional(fc.constant({ team: 'ml' })),
          annotations: optional(fc.constant({ 'sidecar.istio.io/inject': 'false' })),
        })
        .map(compact),
    ),
    spec: podSpec,
  })
  .map(compact);

const replicaSpec = (replicas: fc.Arbitrary<number | undefined>) =>
  fc
    .record({
      replicas,
      restartPolicy: rare(fc.constantFrom('OnFailure', 'Never', 'ExitCode')),
      template: podTemplate,
    })
    .map(compact);

const pytorchJob = fc
  .record({
    apiVersion: fc.constantFrom('kubeflow.org/v1', 'kubeflow.org/v1', 'kubeflow.org/v1beta1'),
    masterKey: fc.constantFrom('Master', 'master', undefined),
    workerKey: fc.constantFrom('Worker', 'worker', undefined),
    master: replicaSpec(fc.constantFrom(1, undefined, 1, 2)),
    worker: replicaSpec(fc.constantFrom(1, 3, 0, undefined)),
    workerCopiesMaster: fc.oneof(
      { weight: 5, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constant(false) },
    ),
    name: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('mnist', 'bert-large-finetune') },
      { weight: 1, arbitrary: fc.constantFrom('Bad_Name', 'a'.repeat(62)) },
    ),
    namespace: optional(fc.constant('team-a')),
    labels: optional(fc.constant({ 'kueue.x-k8s.io/queue-name': 'user-queue' })),
    uid: optional(fc.constant('0d7c7b52-1a1c-4a3e-9a41-2f8e9a1b1c00')),
    runPolicy: optional(
      fc
        .record({
          suspend: optional(fc.boolean()),
          activeDeadlineSeconds: optional(fc.constant(3600)),
          backoffLimit: rare(fc.constant(3)),
          cleanPodPolicy: rare(fc.constantFrom('None', 'All')),
          managedBy: optional(fc.constantFrom('kubeflow.org/training-operator', 'kueue.x-k8s.io/multikueue')),
          schedulingPolicy: rare(fc.record({ minAvailable: fc.constantFrom(1, 2, 4) })),
        })
        .map(compact),
    ),
    elasticPolicy: rare(fc.constantFrom({ nProcPerNode: 2 }, { minReplicas: 1, maxReplicas: 4 })),
    nprocPerNode: rare(fc.constantFrom('auto', 'gpu', 'cpu', '2', 'many')),
    status: optional(fc.constant({ conditions: [{ type: 'Succeeded', status: 'True' }] })),
  })
  .filter((job) => job.masterKey !== undefined || job.workerKey !== undefined)
  .map((job) => {
    const replicaSpecs: Record<string, unknown> = {};
    if (job.masterKey) replicaSpecs[job.masterKey] = job.master;
    if (job.workerKey) {
      replicaSpecs[job.workerKey] =
        job.workerCopiesMaster && job.masterKey
          ? compact({ ...structuredClone(job.master), replicas: job.worker.replicas })
          : job.worker;
    }
    return compact({
      apiVersion: job.apiVersion,
      kind: 'PyTorchJob',
      metadata: compact({ name: job.name, namespace: job.namespace, labels: job.labels, uid: job.uid }),
      spec: compact({
        pytorchReplicaSpecs: replicaSpecs,
        runPolicy: job.runPolicy,
        elasticPolicy: job.elasticPolicy,
        nprocPerNode: job.nprocPerNode,
      }),
      status: job.status,
    });
  });

const options = fc.record({
  trainerVersion: fc.constantFrom<TrainerVersion>('2.0', '2.1', '2.2', '2.3'),
  strategy: fc.constantFrom('replace' as const, 'side-by-side' as const),
  allowLossy: fc.boolean(),
  runtimeKind: fc.constantFrom('ClusterTrainingRuntime' as const, 'TrainingRuntime' as const),
});

/** Trainer 2.0 has no CRD in ../shared: check the documented podSpecOverrides shape instead. */
const V20_SPEC_FIELDS = ['runtimeRef', 'trainer', 'suspend', 'managedBy', 'podSpecOverrides'];
const V20_OVERRIDE_FIELDS = [
  'targetJobs',
  'serviceAccountName',
  'nodeSelector',
  'tolerations',
  'volumes',
  'initContainers',
  'containers',
  'schedulingGates',
];

function structurallyValid20(trainJob: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const spec = trainJob.spec as Record<string, unknown>;
  for (const key of Object.keys(spec)) if (!V20_SPEC_FIELDS.includes(key)) problems.push(`spec.${key}`);
  const overrides = (spec.podSpecOverrides ?? []) as Record<string, unknown>[];
  for (const override of overrides) {
    for (const key of Object.keys(override))
      if (!V20_OVERRIDE_FIELDS.includes(key)) problems.push(`override ${key}`);
    for (const c of (override.containers ?? []) as Record<string, unknown>[]) {
      for (const key of Object.keys(c))
        if (!['name', 'env', 'volumeMounts'].includes(key)) problems.push(`container ${key}`);
    }
  }
  return problems;
}

describe.runIf(requireShared())('conversion properties', () => {
  it('never throws; CRD-valid or needs-review; every leaf accounted once; carried pairs deep-equal', () => {
    const counts = { converted: 0, 'needs-review': 0, 'not-applicable': 0, clean: 0 };
    fc.assert(
      fc.property(pytorchJob, options, (job, opts) => {
        const convertOptions: ConvertOptions = { ...DEFAULT_CONVERT_OPTIONS, ...opts };
        const input = structuredClone(job);
        const result = convertPyTorchJob(job, convertOptions);
        counts[result.status]++;
        expect(job).toEqual(input);
        expect(result.findings.some((f) => f.message.includes('could not be read'))).toBe(false);
        expect(result.status).not.toBe('not-applicable');

        const errors = result.findings.filter((finding) => finding.severity === 'error');
        if (result.status === 'converted' && errors.length === 0) counts.clean++;
        if (result.status === 'converted') {
          const trainJob = result.trainJob!;
          if (opts.trainerVersion === '2.0') expect(structurallyValid20(trainJob)).toEqual([]);
          else expect(validatorFor(opts.trainerVersion)(trainJob)).toEqual([]);
          if (errors.length > 0) {
            expect(opts.allowLossy).toBe(true);
            expect(result.findings.some((finding) => finding.code === 'LOSSY_CONVERSION')).toBe(true);
          }
          for (const { from, to } of result.carried) {
            expect(
              deepEqual(getAt(job, from), getAt(trainJob, to)),
              `${from.join('.')} → ${to.join('.')}`,
            ).toBe(true);
          }
          for (const entry of result.accounting) {
            if (entry.disposition === 'mapped')
              expect(getAt(trainJob, entry.to!), entry.to!.join('.')).toBeDefined();
          }
        } else {
          expect(result.trainJob).toBeUndefined();
          expect(errors.length).toBeGreaterThan(0);
        }

        // Identical Worker fields are accounted exactly like their Master counterparts.
        const replicaSpecs = (job.spec as { pytorchReplicaSpecs: Record<string, { replicas?: number }> })
          .pytorchReplicaSpecs;
        const replicaKeys = Object.keys(replicaSpecs).filter((key) => replicaSpecs[key]!.replicas !== 0);
        const byPath = new Map(result.accounting.map((entry) => [pathKey(entry.path), entry]));
        if (result.status === 'converted' && errors.length === 0 && replicaKeys.length === 2) {
          for (const entry of result.accounting) {
            if (entry.path[2] !== replicaKeys[1] || entry.path[3] !== 'template') continue;
            const counterpart = byPath.get(
              pathKey([...entry.path.slice(0, 2), replicaKeys[0]!, ...entry.path.slice(3)]),
            );
            if (counterpart?.disposition === 'mapped')
              expect(entry).toEqual({ ...counterpart, path: entry.path });
          }
        }

        const leaves = leafPaths(job).map(pathKey).sort();
        const accounted = result.accounting.map((entry) => pathKey(entry.path)).sort();
        expect(accounted).toEqual(leaves);
        if (result.accounting.some((entry) => entry.disposition === 'lost'))
          expect(errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 600, seed: 20260829 },
    );
    // The generator must exercise both outcomes, or the property says little.
    expect(counts.converted).toBeGreaterThan(20);
    expect(counts['needs-review']).toBeGreaterThan(20);
    expect(counts.clean).toBeGreaterThan(20);
  });

  it('is deterministic: the same input gives the same result', () => {
    fc.assert(
      fc.property(pytorchJob, options, (job, opts) => {
        const convertOptions = { ...DEFAULT_CONVERT_OPTIONS, ...opts };
        expect(convertPyTorchJob(job, convertOptions)).toEqual(convertPyTorchJob(job, convertOptions));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary JSON shaped like a PyTorchJob', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (spec, metadata) => {
        const job = { apiVersion: 'kubeflow.org/v1', kind: 'PyTorchJob', metadata, spec };
        const result = convertPyTorchJob(job, DEFAULT_CONVERT_OPTIONS);
        expect(['converted', 'needs-review']).toContain(result.status);
        expect(result.accounting.map((entry) => pathKey(entry.path)).sort()).toEqual(
          leafPaths(job).map(pathKey).sort(),
        );
      }),
      { numRuns: 300 },
    );
  });
});
