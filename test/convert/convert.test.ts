/** Behaviour of the engine against the mapping rules (trainer-v2-api.md §5) on hand-written jobs. */
import { describe, expect, it } from 'vitest';
import { convertPyTorchJob } from '../../src/convert/convert.js';
import { findLauncher } from '../../src/convert/launcher.js';
import { getAt } from '../../src/convert/paths.js';
import { isPyTorchJob } from '../../src/convert/recognise.js';
import {
  type ConversionResult,
  type ConvertOptions,
  DEFAULT_CONVERT_OPTIONS,
} from '../../src/model/conversion.js';

type Json = Record<string, unknown>;

interface JobShape {
  container?: Json;
  pod?: Json;
  workerContainer?: Json;
  spec?: Json;
  metadata?: Json;
  workers?: number;
  master?: boolean;
  replicaKeys?: [string, string];
}

/** A Master + Worker PyTorchJob; `container`/`pod` apply to both templates unless `workerContainer` is given. */
function pytorchJob(shape: JobShape = {}): Json {
  const containerOf = (extra: Json | undefined) => ({
    name: 'pytorch',
    image: 'ghcr.io/example/train:1.0',
    command: ['torchrun', '--nproc-per-node=2', 'train.py'],
    ...shape.container,
    ...extra,
  });
  const template = (extra?: Json) => ({ spec: { ...shape.pod, containers: [containerOf(extra)] } });
  const [masterKey, workerKey] = shape.replicaKeys ?? ['Master', 'Worker'];
  const replicaSpecs: Json = {};
  if (shape.master !== false)
    replicaSpecs[masterKey] = { replicas: 1, restartPolicy: 'OnFailure', template: template() };
  if (shape.workers !== 0) {
    replicaSpecs[workerKey] = {
      replicas: shape.workers ?? 2,
      restartPolicy: 'OnFailure',
      template: template(shape.workerContainer),
    };
  }
  return {
    apiVersion: 'kubeflow.org/v1',
    kind: 'PyTorchJob',
    metadata: { name: 'train', namespace: 'ml', ...shape.metadata },
    spec: { pytorchReplicaSpecs: replicaSpecs, ...shape.spec },
  };
}

const convert = (input: unknown, options: Partial<ConvertOptions> = {}): ConversionResult =>
  convertPyTorchJob(input, { ...DEFAULT_CONVERT_OPTIONS, ...options });
const codes = (result: ConversionResult) => result.findings.map((finding) => finding.code);
const trainer = (result: ConversionResult) => getAt(result.trainJob, ['spec', 'trainer']) as Json;

describe('recognising PyTorchJobs', () => {
  it('leaves objects of other groups and kinds alone', () => {
    expect(convert({ ...pytorchJob(), apiVersion: 'example.com/v1' }).status).toBe('not-applicable');
    expect(convert({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }).status).toBe(
      'not-applicable',
    );
    expect(convert('kind: PyTorchJob').status).toBe('not-applicable');
    expect(isPyTorchJob({ ...pytorchJob(), apiVersion: 'example.com/v1' })).toBe(false);
  });

  it('reports old kubeflow.org versions it cannot convert', () => {
    const v1alpha1 = {
      apiVersion: 'kubeflow.org/v1alpha1',
      kind: 'PyTorchJob',
      metadata: { name: 'old' },
      spec: {
        replicaSpecs: [{ replicas: 1, pytorchReplicaType: 'MASTER', template: { spec: { containers: [] } } }],
      },
    };
    expect(isPyTorchJob(v1alpha1)).toBe(true);
    const result = convert(v1alpha1);
    expect(result.status).toBe('needs-review');
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'UNSUPPORTED_API_VERSION', path: 'apiVersion' }),
    ]);
    expect(result.accounting.every((entry) => entry.disposition === 'lost')).toBe(true);
  });

  it('converts v1beta2 jobs and reads their top-level run policy fields', () => {
    const beta = { ...pytorchJob({ spec: { cleanPodPolicy: 'All' } }), apiVersion: 'kubeflow.org/v1beta2' };
    const result = convert(beta);
    expect(codes(result)).toContain('CLEAN_POD_POLICY');
    expect(
      convert({ ...pytorchJob({ spec: { cleanPodPolicy: 'None' } }), apiVersion: 'kubeflow.org/v1beta1' })
        .status,
    ).toBe('converted');
  });

  it('flags the same top-level field on v1, where the API server drops it', () => {
    const result = convert(pytorchJob({ spec: { cleanPodPolicy: 'None' } }));
    expect(result.findings).toContainEqual(
      expect.objectContaining({ code: 'UNKNOWN_FIELD', path: 'spec.cleanPodPolicy' }),
    );
  });

  it('never throws on malformed input', () => {
    for (const spec of [5, null, { pytorchReplicaSpecs: [] }, { pytorchReplicaSpecs: { Master: 'x' } }]) {
      const result = convert({
        apiVersion: 'kubeflow.org/v1',
        kind: 'PyTorchJob',
        metadata: { name: 'x' },
        spec,
      });
      expect(result.status).toBe('needs-review');
    }
  });
});

describe('replicas', () => {
  it('treats replica keys case-insensitively: master + 3 workers → numNodes 4', () => {
    const result = convert(pytorchJob({ replicaKeys: ['master', 'worker'], workers: 3 }));
    expect(result.status).toBe('converted');
    expect(trainer(result).numNodes).toBe(4);
    expect(result.summary?.replicas).toEqual({ master: 1, worker: 3 });
  });

  it('Worker-only jobs get numNodes = Worker replicas', () => {
    const command = ['python3', 'train.py'];
    expect(trainer(convert(pytorchJob({ master: false, workers: 5, container: { command } }))).numNodes).toBe(
      5,
    );
  });

  it('accounts the Worker copy of each field to the same output path as the Master', () => {
    const result = convert(pytorchJob());
    const image = (replica: string) =>
      result.accounting.find(
        (entry) =>
          entry.path.join('.') === `spec.pytorchReplicaSpecs.${replica}.template.spec.containers.0.image`,
      );
    expect(image('Master')).toMatchObject({ disposition: 'mapped', to: ['spec', 'trainer', 'image'] });
    expect(image('Worker')).toMatchObject({ disposition: 'mapped', to: ['spec', 'trainer', 'image'] });
    expect(result.carried).toContainEqual({
      from: ['spec', 'pytorchReplicaSpecs', 'Master', 'template', 'spec', 'containers', 0, 'image'],
      to: ['spec', 'trainer', 'image'],
    });
  });

  it('flags Master and Worker templates that differ, naming the paths', () => {
    const result = convert(pytorchJob({ workerContainer: { image: 'ghcr.io/example/train:2.0' } }));
    expect(result.status).toBe('needs-review');
    const finding = result.findings.find((f) => f.code === 'HETEROGENEOUS_REPLICAS');
    expect(finding?.message).toContain('template.spec.containers[0].image');
  });

  it('ignores a rendezvous port that only the Master declares', () => {
    const input = pytorchJob();
    const master = getAt(input, [
      'spec',
      'pytorchReplicaSpecs',
      'Master',
      'template',
      'spec',
      'containers',
      0,
    ]) as Json;
    master.ports = [{ name: 'pytorchjob-port', containerPort: 23456 }];
    const result = convert(input);
    expect(result.status).toBe('converted');
    expect(result.findings).toEqual([]);
  });

  it('needs review when the Master has more than one replica', () => {
    const input = pytorchJob();
    (getAt(input, ['spec', 'pytorchReplicaSpecs', 'Master']) as Json).replicas = 2;
    expect(codes(convert(input, { allowLossy: true }))).toContain('MASTER_REPLICAS_NOT_ONE');
    expect(convert(input, { allowLossy: true }).status).toBe('needs-review');
  });

  it('restartPolicy ExitCode needs a custom runtime with a podFailurePolicy', () => {
    const input = pytorchJob();
    (getAt(input, ['spec', 'pytorchReplicaSpecs', 'Worker']) as Json).restartPolicy = 'ExitCode';
    const finding = convert(input).findings.find((f) => f.code === 'RESTART_POLICY');
    expect(finding).toMatchObject({
      severity: 'error',
      path: 'spec.pytorchReplicaSpecs.Worker.restartPolicy',
    });
    expect(finding?.message).toMatch(/podFailurePolicy/);
  });
});

describe('harmless defaults are dropped, not flagged', () => {
  it('OnFailure, cleanPodPolicy None, training-operator managedBy, auto, pytorchjob-port, default pull policy', () => {
    const result = convert(
      pytorchJob({
        container: {
          imagePullPolicy: 'IfNotPresent',
          ports: [{ name: 'pytorchjob-port', containerPort: 23456 }],
          terminationMessagePolicy: 'File',
        },
        pod: { restartPolicy: 'Never', hostIPC: false },
        spec: {
          nprocPerNode: 'auto',
          runPolicy: {
            cleanPodPolicy: 'None',
            managedBy: 'kubeflow.org/training-operator',
            schedulingPolicy: { minAvailable: 3 },
          },
        },
        metadata: { uid: 'abc', resourceVersion: '12', creationTimestamp: '2024-01-01T00:00:00Z' },
      }),
    );
    expect(result.findings).toEqual([]);
    expect(result.status).toBe('converted');
    expect(result.trainJob?.metadata).toEqual({ name: 'train', namespace: 'ml' });
    const dropped = result.accounting.filter((entry) => entry.disposition === 'dropped');
    expect(dropped.every((entry) => (entry.reason ?? '').length > 0)).toBe(true);
  });

  it('imagePullPolicy that differs from the Kubernetes default for the image needs review', () => {
    expect(codes(convert(pytorchJob({ container: { imagePullPolicy: 'Always' } })))).toContain(
      'CONTAINER_FIELD',
    );
    const latest = pytorchJob({
      container: { image: 'ghcr.io/example/train:latest', imagePullPolicy: 'Always' },
    });
    expect(convert(latest).status).toBe('converted');
  });

  it('minAvailable below the pod count needs review', () => {
    const result = convert(pytorchJob({ spec: { runPolicy: { schedulingPolicy: { minAvailable: 1 } } } }));
    expect(codes(result)).toEqual(['SCHEDULING_POLICY']);
  });
});

describe('semantic losses', () => {
  it('backoffLimit: needs review with advice; allowLossy converts and keeps the finding', () => {
    const input = pytorchJob({ spec: { runPolicy: { backoffLimit: 3 } } });
    const strict = convert(input);
    expect(strict.status).toBe('needs-review');
    expect(strict.trainJob).toBeUndefined();
    const finding = strict.findings.find((f) => f.code === 'RUN_POLICY');
    expect(finding?.path).toBe('spec.runPolicy.backoffLimit');
    expect(finding?.message).toMatch(/backoffLimit: 3.*run with --generate-runtimes/);
    const lossy = convert(input, { allowLossy: true });
    expect(lossy.status).toBe('converted');
    expect(codes(lossy)).toEqual(['RUN_POLICY', 'LOSSY_CONVERSION']);
  });

  it.each([
    [{ spec: { elasticPolicy: { minReplicas: 1, maxReplicas: 4 } } }, 'ELASTIC_POLICY'],
    [{ container: { envFrom: [{ secretRef: { name: 's' } }] } }, 'ENV_FROM'],
    [{ pod: { initContainers: [{ name: 'init', image: 'busybox' }] } }, 'INIT_CONTAINERS'],
    [{ pod: { priorityClassName: 'high' } }, 'POD_FIELD'],
    [{ pod: { hostNetwork: true } }, 'POD_FIELD'],
    [{ container: { workingDir: '/w' } }, 'CONTAINER_FIELD'],
    [{ spec: { runPolicy: { ttlSecondsAfterFinished: 60 } } }, 'RUN_POLICY'],
    [{ spec: { runPolicy: { cleanPodPolicy: 'Running' } } }, 'CLEAN_POD_POLICY'],
    [{ spec: { runPolicy: { schedulingPolicy: { queue: 'q' } } } }, 'SCHEDULING_POLICY'],
    [{ spec: { nprocPerNode: 'many' } }, 'NPROC_PER_NODE'],
  ] as [JobShape, string][])('%j → %s', (shape, code) => {
    const result = convert(pytorchJob(shape));
    expect(result.status).toBe('needs-review');
    expect(codes(result)).toContain(code);
    const finding = result.findings.find((f) => f.code === code)!;
    expect(finding.severity).toBe('error');
    expect(finding.path).not.toBe('');
  });

  it('extra containers need review', () => {
    const input = pytorchJob();
    for (const replica of ['Master', 'Worker']) {
      const containers = getAt(input, [
        'spec',
        'pytorchReplicaSpecs',
        replica,
        'template',
        'spec',
        'containers',
      ]) as Json[];
      containers.push({ name: 'sidecar', image: 'busybox' });
    }
    expect(codes(convert(input))).toContain('EXTRA_CONTAINERS');
  });

  it('without a container named pytorch there is nothing to convert, even with allowLossy', () => {
    const result = convert(pytorchJob({ container: { name: 'main' } }), { allowLossy: true });
    expect(result.status).toBe('needs-review');
    expect(codes(result)).toContain('NO_TRAINER_CONTAINER');
  });
});

describe('env', () => {
  const env = [
    { name: 'LR', value: '0.1' },
    { name: 'PET_NNODES', value: '2' },
    { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'hf', key: 'token' } } },
  ];

  it('reserved PET_* names are an error; lossy output leaves them out and carries the rest item by item', () => {
    const strict = convert(pytorchJob({ container: { env } }));
    expect(strict.findings).toContainEqual(
      expect.objectContaining({
        code: 'RESERVED_ENV',
        severity: 'error',
        path: 'spec.pytorchReplicaSpecs.Master.template.spec.containers[0].env[1]',
      }),
    );
    const lossy = convert(pytorchJob({ container: { env } }), { allowLossy: true });
    expect(trainer(lossy).env).toEqual([env[0], env[2]]);
    const master = ['spec', 'pytorchReplicaSpecs', 'Master', 'template', 'spec', 'containers', 0, 'env'];
    expect(lossy.carried).toContainEqual({ from: [...master, 2], to: ['spec', 'trainer', 'env', 1] });
    expect(lossy.carried.some((pair) => pair.from.join('.') === master.join('.'))).toBe(false);
  });

  it('valueFrom entries travel unchanged as the whole env list', () => {
    const result = convert(pytorchJob({ container: { env: [env[0], env[2]] } }));
    expect(result.carried).toContainEqual({
      from: ['spec', 'pytorchReplicaSpecs', 'Master', 'template', 'spec', 'containers', 0, 'env'],
      to: ['spec', 'trainer', 'env'],
    });
  });

  it("MASTER_ADDR set by hand gets v1's final value in place (v1 appended its own after it)", () => {
    const result = convert(
      pytorchJob({
        container: {
          env: [
            { name: 'MASTER_ADDR', value: 'train-master-0' },
            { name: 'B', value: '2' },
          ],
        },
      }),
    );
    expect(result.status).toBe('converted');
    expect((trainer(result).env as Json[]).map((e) => e.name)).toEqual([
      'JOBSET_NAME',
      'MASTER_ADDR',
      'B',
      'PYTHONUNBUFFERED',
      'MASTER_PORT',
      'WORLD_SIZE',
      'RANK',
    ]);
    expect(codes(result)).toEqual(['V1_ENV_ADDED']);
  });
});

describe('launcher', () => {
  it.each([
    [['torchrun', '--nnodes=2', 'train.py'], 'torchrun'],
    [['/opt/conda/bin/torchrun', 'train.py'], 'torchrun'],
    [['python3', '-m', 'torch.distributed.run', 'train.py'], 'torch.distributed.run'],
    [['python', '-m', 'torch.distributed.launch', 'train.py'], 'torch.distributed.launch'],
    [['bash', '-c', 'pip install -r req.txt && torchrun train.py'], 'torchrun'],
    [['/bin/sh', '-ec', 'cd /w; python -m torch.distributed.run x.py'], 'torch.distributed.run'],
    [['python3', 'train.py', '--launcher', 'torchrun'], undefined],
    [['bash', 'run-torchrun.sh'], undefined],
    [[], undefined],
  ])('%j → %s', (argv, launcher) => {
    expect(findLauncher(argv)).toBe(launcher);
  });

  it("a Worker-only job without torchrun gets none of v1's Master variables (v1 gave it none)", () => {
    const result = convert(pytorchJob({ container: { command: ['python3', 'train.py'] }, master: false }));
    expect(result.status).toBe('converted');
    expect(trainer(result).env).toBeUndefined();
    expect(result.findings.map((f) => [f.severity, f.code])).toEqual([['info', 'TORCHRUN_MISSING']]);
  });

  it('notes that torch.distributed.launch is deprecated', () => {
    const result = convert(
      pytorchJob({
        container: { command: ['python', '-m', 'torch.distributed.launch', '--nproc_per_node', '2', 't.py'] },
      }),
    );
    expect(result.findings.map((f) => [f.severity, f.code])).toEqual([['info', 'DEPRECATED_LAUNCHER']]);
  });
});

describe('metadata, run policy and output shape', () => {
  it('keeps Kueue labels and carries unchanged metadata whole', () => {
    const labels = { 'kueue.x-k8s.io/queue-name': 'team-queue' };
    const result = convert(pytorchJob({ metadata: { labels } }));
    expect(result.trainJob?.metadata).toEqual({ name: 'train', namespace: 'ml', labels });
    expect(result.carried).toContainEqual({ from: ['metadata'], to: ['metadata'] });
  });

  it('side-by-side appends the suffix and carries the other metadata fields separately', () => {
    const result = convert(pytorchJob({ metadata: { labels: { a: 'b' } } }), { strategy: 'side-by-side' });
    expect(result.trainJob?.metadata).toEqual({ name: 'train-v2', namespace: 'ml', labels: { a: 'b' } });
    expect(result.carried).toContainEqual({ from: ['metadata', 'labels'], to: ['metadata', 'labels'] });
    expect(result.carried.some((pair) => pair.from.join('.') === 'metadata')).toBe(false);
  });

  it('NAME_INVALID when the suffixed name is longer than 63 characters', () => {
    const result = convert(pytorchJob({ metadata: { name: 'a'.repeat(62) } }), {
      strategy: 'side-by-side',
      allowLossy: true,
    });
    expect(result.status).toBe('needs-review');
    expect(result.findings.find((f) => f.code === 'NAME_INVALID')?.message).toMatch(/65 characters/);
  });

  it('maps suspend, activeDeadlineSeconds and multikueue managedBy, in the documented key order', () => {
    const result = convert(
      pytorchJob({
        pod: { nodeSelector: { pool: 'gpu' } },
        spec: {
          runPolicy: { managedBy: 'kueue.x-k8s.io/multikueue', activeDeadlineSeconds: 600, suspend: true },
          nprocPerNode: '2',
        },
        container: {
          resources: { limits: { 'nvidia.com/gpu': 2 } },
          env: [{ name: 'A', value: '1' }],
          args: ['--x'],
        },
      }),
      { runtimeKind: 'TrainingRuntime', runtimeName: 'my-torch' },
    );
    expect(result.status).toBe('converted');
    const job = result.trainJob!;
    expect(Object.keys(job)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(Object.keys(job.spec as Json)).toEqual([
      'runtimeRef',
      'trainer',
      'suspend',
      'activeDeadlineSeconds',
      'managedBy',
      'runtimePatches',
    ]);
    expect((job.spec as Json).runtimeRef).toEqual({ name: 'my-torch', kind: 'TrainingRuntime' });
    expect(Object.keys(trainer(result))).toEqual([
      'numNodes',
      'image',
      'command',
      'args',
      'env',
      'resourcesPerNode',
      'numProcPerNode',
    ]);
    expect(trainer(result).numProcPerNode).toBe(2);
  });

  it('drops status with an info finding', () => {
    const result = convert({
      ...pytorchJob(),
      status: { conditions: [{ type: 'Succeeded', status: 'True' }] },
    });
    expect(result.status).toBe('converted');
    expect(result.findings.map((f) => [f.severity, f.code])).toEqual([['info', 'STATUS_DROPPED']]);
  });

  it('any elasticPolicy, even nProcPerNode alone, is held: v1 starts such pods through an elastic rendezvous', () => {
    const result = convert(pytorchJob({ spec: { elasticPolicy: { nProcPerNode: 4 } } }));
    expect(result.status).toBe('needs-review');
    expect(result.findings.find((f) => f.code === 'ELASTIC_POLICY')?.message).toMatch(/c10d rendezvous/);
  });

  it('carries resources to resourcesPerNode at the highest level', () => {
    const resources = { requests: { cpu: '1' }, limits: { cpu: '2' } };
    const result = convert(pytorchJob({ container: { resources } }));
    expect(result.carried).toContainEqual({
      from: ['spec', 'pytorchReplicaSpecs', 'Master', 'template', 'spec', 'containers', 0, 'resources'],
      to: ['spec', 'trainer', 'resourcesPerNode'],
    });
    expect(
      result.carried.some((pair) => pair.to.join('.').startsWith('spec.trainer.resourcesPerNode.')),
    ).toBe(false);
  });
});
