/**
 * Generated PyTorchJobs for property tests: clean jobs are common, fields that make a job need review
 * are rare.
 */
import fc from 'fast-check';

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

export const pytorchJobArbitrary = fc
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
