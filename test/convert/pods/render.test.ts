/**
 * Each rendering fact of docs/v1-v2-runtime-semantics.md (../shared/docs), checked on small jobs:
 * what training-operator v1.9 and each Trainer release put into the pods.
 */
import { describe, expect, it } from 'vitest';
import { resolveCommandLine, resolveEnv } from '../../../src/convert/pods/expand.js';
import {
  BUILTIN_TORCH_DISTRIBUTED,
  type Container,
  expandReferences,
  type RenderedPod,
  renderV1Pods,
  renderV2Pods,
} from '../../../src/convert/pods/index.js';
import { strategicMerge } from '../../../src/convert/pods/strategic-merge.js';
import { torchrunInputs } from '../../../src/convert/pods/torchrun.js';

type Obj = Record<string, unknown>;

function pyTorchJob(replicas: Obj, spec: Obj = {}): Obj {
  return {
    apiVersion: 'kubeflow.org/v1',
    kind: 'PyTorchJob',
    metadata: { name: 'job', namespace: 'ml' },
    spec: { ...spec, pytorchReplicaSpecs: replicas },
  };
}

function replica(container: Obj, extra: Obj = {}, podSpec: Obj = {}): Obj {
  return {
    ...extra,
    template: { spec: { ...podSpec, containers: [{ name: 'pytorch', image: 'img:1', ...container }] } },
  };
}

function trainJob(trainer: Obj, spec: Obj = {}): Obj {
  return {
    apiVersion: 'trainer.kubeflow.org/v1alpha1',
    kind: 'TrainJob',
    metadata: { name: 'tj', namespace: 'ml' },
    spec: { runtimeRef: { name: 'torch-distributed' }, trainer, ...spec },
  };
}

const containers = (pod: RenderedPod) => pod.spec.containers as Container[];
const envNames = (container: Container | undefined) => (container?.env ?? []).map((entry) => entry.name);
const envOf = (pod: RenderedPod, name = pod.trainerContainer) =>
  Object.fromEntries(resolveEnv(pod, containers(pod).find((c) => c.name === name)!));

describe('kubelet $(VAR) expansion', () => {
  const lookup = (name: string) => ({ A: 'x', B: 'y' })[name];
  it('replaces known references, keeps unknown ones literal, and unescapes $$', () => {
    expect(expandReferences('$(A)-$(B)-$(C)', lookup)).toBe('x-y-$(C)');
    expect(expandReferences('$$(A) $$ $A', lookup)).toBe('$(A) $ $A');
    expect(expandReferences('$(A', lookup)).toBe('$(A');
  });
});

describe('v1: training-operator v1.9 pods', () => {
  const job = pyTorchJob({
    Master: replica({ env: [{ name: 'USER_VAR', value: 'u' }] }),
    Worker: replica({ env: [{ name: 'USER_VAR', value: 'u' }] }, { replicas: 2 }),
  });

  it('renders Master 0 as rank 0 and Worker i as rank i+1', () => {
    const pods = renderV1Pods(job).pods;
    expect(pods.map((pod) => [pod.rank, pod.name])).toEqual([
      [0, 'job-master-0'],
      [1, 'job-worker-0'],
      [2, 'job-worker-1'],
    ]);
  });

  it('appends its variables after the user env, in envvar.go order', () => {
    const worker = renderV1Pods(job).pods[2]!;
    expect(envNames(containers(worker)[0])).toEqual([
      'USER_VAR',
      'PYTHONUNBUFFERED',
      'MASTER_PORT',
      'PET_MASTER_PORT',
      'MASTER_ADDR',
      'PET_MASTER_ADDR',
      'WORLD_SIZE',
      'RANK',
      'PET_NODE_RANK',
      'PET_NPROC_PER_NODE',
      'PET_NNODES',
    ]);
    expect(envOf(worker)).toMatchObject({
      MASTER_PORT: '23456',
      MASTER_ADDR: 'job-master-0',
      WORLD_SIZE: '3',
      RANK: '2',
      PET_NPROC_PER_NODE: 'auto',
      PET_NNODES: '3',
    });
  });

  it('shadows a user entry of the same name and leaves a reference to a later variable literal', () => {
    const shadowing = pyTorchJob({
      Master: replica({
        env: [
          { name: 'RANK', value: '7' },
          { name: 'MY_RANK', value: 'rank-$(RANK)' },
          { name: 'MY_ADDR', value: '$(MASTER_ADDR)' },
        ],
        args: ['--rank=$(RANK)'],
      }),
    });
    const master = renderV1Pods(shadowing).pods[0]!;
    const env = envOf(master);
    expect(env.RANK).toBe('0');
    expect(env.MY_RANK).toBe('rank-7');
    expect(env.MY_ADDR).toBe('$(MASTER_ADDR)');
    expect(
      resolveCommandLine(containers(master)[0]!, resolveEnv(master, containers(master)[0]!)).args,
    ).toEqual(['--rank=0']);
  });

  it('gives every container its variables, sidecars included', () => {
    const withSidecar = pyTorchJob({
      Master: {
        template: {
          spec: {
            containers: [
              { name: 'pytorch', image: 'a' },
              { name: 'log', image: 'b' },
            ],
          },
        },
      },
    });
    const master = renderV1Pods(withSidecar).pods[0]!;
    expect(envOf(master, 'log')).toMatchObject({ RANK: '0', MASTER_ADDR: 'job-master-0' });
  });

  it('gives worker-only jobs no RANK, WORLD_SIZE, MASTER_* or PET_NODE_RANK, and no init container', () => {
    const workers = renderV1Pods(pyTorchJob({ Worker: replica({}, { replicas: 2 }) })).pods;
    expect(workers.map((pod) => pod.rank)).toEqual([0, 1]);
    expect(envNames(containers(workers[1]!)[0])).toEqual([
      'PYTHONUNBUFFERED',
      'PET_NPROC_PER_NODE',
      'PET_NNODES',
    ]);
    expect(workers[1]!.spec.initContainers).toBeUndefined();
  });

  it('multiplies WORLD_SIZE by an integer nprocPerNode and counts auto as 1', () => {
    const env = (nproc?: string) =>
      envOf(
        renderV1Pods(
          pyTorchJob({ Master: replica({}), Worker: replica({}) }, nproc ? { nprocPerNode: nproc } : {}),
        ).pods[0]!,
      );
    expect(env('4')).toMatchObject({ WORLD_SIZE: '8', PET_NPROC_PER_NODE: '4' });
    expect(env()).toMatchObject({ WORLD_SIZE: '2', PET_NPROC_PER_NODE: 'auto' });
    expect(env('gpu')).toMatchObject({ WORLD_SIZE: '2', PET_NPROC_PER_NODE: 'gpu' });
  });

  it('adds pytorchjob-port 23456 to the pytorch container, and takes MASTER_PORT from a set one', () => {
    const plain = renderV1Pods(pyTorchJob({ Master: replica({}) })).pods[0]!;
    expect(containers(plain)[0]!.ports).toEqual([{ name: 'pytorchjob-port', containerPort: 23456 }]);
    const custom = renderV1Pods(
      pyTorchJob({
        Master: replica({ ports: [{ name: 'pytorchjob-port', containerPort: 12345 }] }),
        Worker: replica({}),
      }),
    ).pods[1]!;
    expect(envOf(custom).MASTER_PORT).toBe('12345');
  });

  it('adds init-pytorch to Worker pods only when there is a Master', () => {
    const [master, worker] = renderV1Pods(pyTorchJob({ Master: replica({}), Worker: replica({}) })).pods;
    expect(master!.spec.initContainers).toBeUndefined();
    const init = (worker!.spec.initContainers as Container[])[0]!;
    expect(init.name).toBe('init-pytorch');
    expect(init.command?.[2]).toContain('nslookup job-master-0');
  });

  it('runs the replica restartPolicy (OnFailure by default, ExitCode as Never) and backoffLimit unset as unlimited', () => {
    const pods = renderV1Pods(
      pyTorchJob({
        Master: replica({}, {}, { restartPolicy: 'Always' }),
        Worker: replica({}, { restartPolicy: 'ExitCode' }),
      }),
    ).pods;
    expect(pods.map((pod) => [pod.restartPolicy, pod.spec.restartPolicy, pod.backoffLimit])).toEqual([
      ['OnFailure', 'OnFailure', 'unlimited'],
      ['ExitCode', 'Never', 'unlimited'],
    ]);
    const limited = renderV1Pods(pyTorchJob({ Master: replica({}) }, { runPolicy: { backoffLimit: 3 } }))
      .pods[0]!;
    expect(limited.backoffLimit).toBe(3);
  });

  it('reads lower-case replica types', () => {
    expect(
      renderV1Pods(pyTorchJob({ master: replica({}), WORKER: replica({}) })).pods.map((p) => p.replica),
    ).toEqual(['Master 0', 'Worker 0']);
  });

  it('gives elastic jobs the rendezvous variables instead of PET_NNODES, and cannot default one without Workers', () => {
    const elastic = renderV1Pods(
      pyTorchJob(
        { Worker: replica({}, { replicas: 3 }) },
        { elasticPolicy: { nProcPerNode: 2, maxRestarts: 1 } },
      ),
    );
    expect(envNames(containers(elastic.pods[0]!)[0])).toEqual([
      'PYTHONUNBUFFERED',
      'PET_RDZV_ENDPOINT',
      'PET_RDZV_BACKEND',
      'PET_NNODES',
      'PET_MAX_RESTARTS',
      'PET_NPROC_PER_NODE',
    ]);
    expect(envOf(elastic.pods[0]!)).toMatchObject({
      PET_RDZV_ENDPOINT: 'job-worker-0:23456',
      PET_RDZV_BACKEND: 'c10d',
      PET_NNODES: '3:3',
      PET_NPROC_PER_NODE: '2',
    });
    expect(
      renderV1Pods(pyTorchJob({ Master: replica({}) }, { elasticPolicy: { maxReplicas: 2 } })).unsupported,
    ).toMatch(/elasticPolicy/);
  });
});

describe('v2: Trainer pods per release', () => {
  it('runs numNodes pods with PET_* after every trainer.env entry, and JOB_COMPLETION_INDEX last', () => {
    const pods = renderV2Pods(
      trainJob({ numNodes: 2, image: 'img:1', env: [{ name: 'ADDR', value: '$(PET_MASTER_ADDR)' }] }),
      undefined,
      '2.3',
    ).pods;
    expect(pods.map((pod) => pod.name)).toEqual(['tj-node-0-0', 'tj-node-0-1']);
    expect(envNames(containers(pods[1]!)[0])).toEqual([
      'ADDR',
      'PET_NNODES',
      'PET_NPROC_PER_NODE',
      'PET_NODE_RANK',
      'PET_MASTER_ADDR',
      'PET_MASTER_PORT',
      'JOB_COMPLETION_INDEX',
    ]);
    expect(envOf(pods[1]!)).toMatchObject({
      ADDR: '$(PET_MASTER_ADDR)',
      PET_NNODES: '2',
      PET_NODE_RANK: '1',
      PET_MASTER_ADDR: 'tj-node-0-0.tj',
      PET_MASTER_PORT: '29500',
      JOB_COMPLETION_INDEX: '1',
    });
    expect(containers(pods[0]!)[0]!.ports).toEqual([{ containerPort: 29500 }]);
    expect([
      pods[0]!.spec.hostname,
      pods[0]!.spec.subdomain,
      pods[0]!.restartPolicy,
      pods[0]!.backoffLimit,
    ]).toEqual(['tj-node-0-0', 'tj', 'OnFailure', 6]);
  });

  it('resolves a fieldRef to the JobSet name label to the TrainJob name', () => {
    const pod = renderV2Pods(
      trainJob({
        env: [
          {
            name: 'JOBSET_NAME',
            valueFrom: { fieldRef: { fieldPath: "metadata.labels['jobset.sigs.k8s.io/jobset-name']" } },
          },
          { name: 'MASTER_ADDR', value: '$(JOBSET_NAME)-node-0-0.$(JOBSET_NAME)' },
        ],
      }),
      undefined,
      '2.3',
    ).pods[0]!;
    expect(envOf(pod).MASTER_ADDR).toBe('tj-node-0-0.tj');
  });

  describe('auto process count', () => {
    const nproc = (release: '2.0' | '2.1' | '2.2' | '2.3', trainer: Obj) =>
      envOf(renderV2Pods(trainJob(trainer), undefined, release).pods[0]!).PET_NPROC_PER_NODE;
    it('2.1–2.3: the CPU request (else limit) rounded up on nodes without GPU, auto with a GPU, at least 1', () => {
      for (const release of ['2.1', '2.2', '2.3'] as const) {
        expect(nproc(release, { resourcesPerNode: { requests: { cpu: '1500m' }, limits: { cpu: 8 } } })).toBe(
          '2',
        );
        expect(nproc(release, { resourcesPerNode: { limits: { cpu: '4' } } })).toBe('4');
        expect(nproc(release, { resourcesPerNode: { limits: { 'nvidia.com/gpu': 2, cpu: 4 } } })).toBe(
          'auto',
        );
        expect(nproc(release, {})).toBe('1');
        expect(nproc(release, { numProcPerNode: 3 })).toBe('3');
      }
    });
    it('2.0: auto stays auto without resourcesPerNode, and a GPU limit without requests gives 1', () => {
      expect(nproc('2.0', {})).toBe('auto');
      expect(nproc('2.0', { resourcesPerNode: { limits: { cpu: '3' } } })).toBe('3');
      expect(nproc('2.0', { resourcesPerNode: { limits: { 'nvidia.com/gpu': 2 } } })).toBe('1');
    });
  });

  it("2.0 runs the built-in runtime's script when the TrainJob sets no command; 2.1 and later the image's entrypoint", () => {
    const command = (release: '2.0' | '2.1' | '2.2' | '2.3') =>
      containers(renderV2Pods(trainJob({ image: 'img:1' }), undefined, release).pods[0]!)[0]!.command;
    expect(command('2.0')?.slice(0, 2)).toEqual(['/bin/bash', '-c']);
    expect(command('2.1')).toBeUndefined();
    expect(command('2.3')).toBeUndefined();
    expect(BUILTIN_TORCH_DISTRIBUTED['2.2']).toMatchObject({ spec: { mlPolicy: { torch: {} } } });
  });

  it('2.3 merges resourcesPerNode into the runtime node resources, 2.2 replaces them', () => {
    const runtime = structuredClone(BUILTIN_TORCH_DISTRIBUTED['2.3']) as Obj;
    const node = (
      ((((runtime.spec as Obj).template as Obj).spec as Obj).replicatedJobs as Obj[])[0]!.template as Obj
    ).spec as Obj;
    (((node.template as Obj).spec as Obj).containers as Obj[])[0]!.resources = {
      limits: { memory: '1Gi', cpu: 1 },
    };
    const resources = (release: '2.2' | '2.3') =>
      containers(
        renderV2Pods(trainJob({ resourcesPerNode: { limits: { cpu: 2 } } }), runtime, release).pods[0]!,
      )[0]!.resources;
    expect(resources('2.3')).toEqual({ limits: { memory: '1Gi', cpu: 2 } });
    expect(resources('2.2')).toEqual({ limits: { cpu: 2 } });
  });

  it('applies runtimePatches (2.3), podTemplateOverrides (2.1) and podSpecOverrides (2.0) to the node pods', () => {
    const patchPod = {
      nodeSelector: { pool: 'a' },
      containers: [{ name: 'node', volumeMounts: [{ name: 'd', mountPath: '/d' }] }],
    };
    const patched = renderV2Pods(
      trainJob(
        {},
        {
          runtimePatches: [
            {
              manager: 'm',
              trainingRuntimeSpec: {
                template: {
                  spec: {
                    replicatedJobs: [
                      {
                        name: 'node',
                        template: {
                          spec: { template: { metadata: { labels: { team: 'x' } }, spec: patchPod } },
                        },
                      },
                    ],
                  },
                },
              },
            },
          ],
        },
      ),
      undefined,
      '2.3',
    ).pods[0]!;
    expect(patched.spec.nodeSelector).toEqual({ pool: 'a' });
    expect(containers(patched)[0]!.volumeMounts).toEqual([{ name: 'd', mountPath: '/d' }]);
    expect(patched.labels.team).toBe('x');
    const v21 = renderV2Pods(
      trainJob(
        {},
        {
          podTemplateOverrides: [
            { targetJobs: [{ name: 'node' }], metadata: { annotations: { a: 'b' } }, spec: patchPod },
          ],
        },
      ),
      undefined,
      '2.1',
    ).pods[0]!;
    expect([v21.spec.nodeSelector, v21.annotations.a]).toEqual([{ pool: 'a' }, 'b']);
    const v20 = renderV2Pods(
      trainJob({}, { podSpecOverrides: [{ targetJobs: [{ name: 'node' }], ...patchPod }] }),
      undefined,
      '2.0',
    ).pods[0]!;
    expect(v20.spec.nodeSelector).toEqual({ pool: 'a' });
    expect(v20.spec.targetJobs).toBeUndefined();
  });
});

describe('strategic merge patch (core/v1 patch tags)', () => {
  const original = {
    containers: [
      {
        name: 'node',
        image: 'a',
        env: [
          { name: 'A', value: '1' },
          { name: 'B', value: '2' },
        ],
        volumeMounts: [{ name: 'x', mountPath: '/x' }],
      },
      { name: 'side', image: 's' },
    ],
    tolerations: [{ key: 'a', operator: 'Exists' }],
    nodeSelector: { zone: 'z', pool: 'p' },
    securityContext: { runAsUser: 1, fsGroup: 2 },
  };
  const merged = strategicMerge(original, {
    containers: [
      {
        name: 'node',
        env: [
          { name: 'B', value: '3' },
          { name: 'C', value: '4' },
        ],
        volumeMounts: [
          { name: 'y', mountPath: '/x' },
          { name: 'z', mountPath: '/z' },
        ],
      },
    ],
    tolerations: [{ key: 'b', operator: 'Exists' }],
    nodeSelector: { pool: 'q', zone: null },
    securityContext: { runAsUser: 5 },
  }) as typeof original;

  it('merges containers and env by name and volumeMounts by mountPath', () => {
    expect(merged.containers.map((c) => c.name)).toEqual(['node', 'side']);
    expect(merged.containers[0]!.image).toBe('a');
    expect(merged.containers[0]!.env).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: '3' },
      { name: 'C', value: '4' },
    ]);
    expect(merged.containers[0]!.volumeMounts).toEqual([
      { name: 'y', mountPath: '/x' },
      { name: 'z', mountPath: '/z' },
    ]);
  });

  it('replaces tolerations, merges nodeSelector (null deletes) and securityContext field by field', () => {
    expect(merged.tolerations).toEqual([{ key: 'b', operator: 'Exists' }]);
    expect(merged.nodeSelector).toEqual({ pool: 'q' });
    expect(merged.securityContext).toEqual({ runAsUser: 5, fsGroup: 2 });
  });

  it('puts a new patch item before original-only items, and keeps original order between known items (mergeSortedSlice)', () => {
    const list = strategicMerge(
      { env: [{ name: 'A' }, { name: 'B' }] },
      { env: [{ name: 'N' }, { name: 'B', value: 'b' }] },
    ) as {
      env: Obj[];
    };
    expect(list.env.map((entry) => entry.name)).toEqual(['N', 'A', 'B']);
  });
});

describe('what torchrun is given', () => {
  const env = new Map([
    ['PET_NNODES', '3'],
    ['PET_NODE_RANK', '2'],
    ['PET_MASTER_ADDR', 'm'],
    ['PET_NPROC_PER_NODE', 'auto'],
    ['RANK', '2'],
  ]);
  it('takes flags (either spelling) before PET_* and stops at the training script', () => {
    expect(
      torchrunInputs(
        ['torchrun', '--nproc_per_node', '4', '--master-port=1234', 'train.py', '--nnodes', '9'],
        env,
      ),
    ).toEqual({
      nnodes: '3',
      nprocPerNode: '4',
      nodeRank: '2',
      masterAddr: 'm',
      masterPort: '1234',
    });
  });
  it('finds torchrun and python -m torch.distributed.run inside sh -c, with shell variables expanded', () => {
    expect(
      torchrunInputs(['sh', '-c', 'pip install x && torchrun --node_rank=$RANK --standalone t.py'], env),
    ).toMatchObject({
      nodeRank: '2',
      rendezvous: 'standalone',
    });
    expect(torchrunInputs(['python3', '-m', 'torch.distributed.run', 't.py'], new Map())).toEqual({
      nnodes: '1',
      nprocPerNode: '1',
      nodeRank: '0',
      masterAddr: '127.0.0.1',
      masterPort: '29500',
    });
    expect(torchrunInputs(['python', 'train.py', '--torchrun'], env)).toBeUndefined();
  });
  it('reads a dynamic rendezvous from PET_RDZV_* as v1 elastic jobs set it', () => {
    const elastic = new Map([
      ['PET_RDZV_BACKEND', 'c10d'],
      ['PET_RDZV_ENDPOINT', 'job-worker-0:23456'],
    ]);
    expect(torchrunInputs(['torchrun', 't.py'], elastic)?.rendezvous).toBe(
      'rdzv_backend=c10d rdzv_endpoint=job-worker-0:23456',
    );
  });
});
