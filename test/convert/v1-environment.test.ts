/**
 * v1's injected environment, `$(VAR)` references and the process count, against
 * v1-v2-runtime-semantics.md §1a–1c (what each controller puts into the pods) and the TrainJob CRD.
 */
import { describe, expect, it } from 'vitest';
import { convertPyTorchJob } from '../../src/convert/convert.js';
import { getAt } from '../../src/convert/paths.js';
import {
  type ConversionResult,
  type ConvertOptions,
  DEFAULT_CONVERT_OPTIONS,
  type TrainerVersion,
} from '../../src/model/conversion.js';
import { validatorFor } from '../helpers/crds.js';

type Json = Record<string, unknown>;

interface Shape {
  container?: Json;
  workers?: number;
  master?: boolean;
  nprocPerNode?: string;
  masterPorts?: Json[];
}

function job(shape: Shape = {}): Json {
  const template = (ports?: Json[]) => ({
    spec: {
      containers: [
        {
          name: 'pytorch',
          image: 'ghcr.io/example/train:1.0',
          command: ['python', 'train.py'],
          ...shape.container,
          ...(ports && { ports }),
        },
      ],
    },
  });
  const specs: Json = {};
  if (shape.master !== false) specs.Master = { replicas: 1, template: template(shape.masterPorts) };
  if (shape.workers !== 0)
    specs.Worker = { replicas: shape.workers ?? 2, template: template(shape.masterPorts) };
  return {
    apiVersion: 'kubeflow.org/v1',
    kind: 'PyTorchJob',
    metadata: { name: 'train', namespace: 'ml' },
    spec: { ...(shape.nprocPerNode && { nprocPerNode: shape.nprocPerNode }), pytorchReplicaSpecs: specs },
  };
}

function convert(input: Json, options: Partial<ConvertOptions> = {}): ConversionResult {
  const result = convertPyTorchJob(input, { ...DEFAULT_CONVERT_OPTIONS, ...options });
  if (result.status === 'converted') {
    const version: TrainerVersion = options.trainerVersion ?? '2.3';
    expect(validatorFor(version)(result.trainJob!)).toEqual([]);
  }
  return result;
}
const env = (result: ConversionResult) => getAt(result.trainJob, ['spec', 'trainer', 'env']) as Json[];
const names = (result: ConversionResult) => env(result).map((entry) => entry.name);
const errors = (result: ConversionResult) =>
  result.findings.filter((f) => f.severity === 'error').map((f) => f.code);

const RANK = {
  name: 'RANK',
  valueFrom: { fieldRef: { fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']" } },
};
const JOBSET_NAME = {
  name: 'JOBSET_NAME',
  valueFrom: { fieldRef: { fieldPath: "metadata.labels['jobset.sigs.k8s.io/jobset-name']" } },
};

describe("v1's variables in trainer.env (facts §1a env order, §1c exact entries)", () => {
  it('a Master job running python gets them after its own env, with the values v1 gave', () => {
    const result = convert(
      job({ container: { env: [{ name: 'LR', value: '0.1' }] }, nprocPerNode: '4', workers: 2 }),
    );
    expect(result.status).toBe('converted');
    expect(env(result)).toEqual([
      { name: 'LR', value: '0.1' },
      { name: 'PYTHONUNBUFFERED', value: '1' },
      { name: 'MASTER_PORT', value: '23456' },
      JOBSET_NAME,
      { name: 'MASTER_ADDR', value: '$(JOBSET_NAME)-node-0-0.$(JOBSET_NAME)' },
      // replicas (1 + 2) × int(nprocPerNode)
      { name: 'WORLD_SIZE', value: '12' },
      RANK,
    ]);
    expect(result.findings.filter((f) => f.code === 'V1_ENV_ADDED')).toHaveLength(1);
  });

  it("MASTER_PORT is the Master's pytorchjob-port; WORLD_SIZE counts auto as 1", () => {
    const result = convert(
      job({ masterPorts: [{ name: 'pytorchjob-port', containerPort: 30000 }], nprocPerNode: 'auto' }),
    );
    const byName = Object.fromEntries(env(result).map((entry) => [entry.name, entry]));
    expect(byName.MASTER_PORT).toEqual({ name: 'MASTER_PORT', value: '30000' });
    expect(byName.WORLD_SIZE).toEqual({ name: 'WORLD_SIZE', value: '3' });
  });

  it('a job with no command (the image entrypoint) counts as one that may read them', () => {
    const result = convert(job({ container: { command: undefined, args: ['--epochs', '3'] } }));
    expect(names(result)).toContain('RANK');
    expect(result.findings.find((f) => f.code === 'V1_ENV_ADDED')?.message).toMatch(/no command/);
    expect(result.findings.map((f) => f.code)).toContain('ENTRYPOINT_NPROC');
  });

  it('a single-node Master-only job gets them too (WORLD_SIZE 1)', () => {
    const result = convert(job({ workers: 0 }));
    expect(env(result)).toContainEqual({ name: 'WORLD_SIZE', value: '1' });
  });

  it('torchrun with a fixed process count and no v1 variable read gets none', () => {
    const result = convert(job({ container: { command: ['torchrun', '--nproc-per-node=2', 'train.py'] } }));
    expect(result.status).toBe('converted');
    expect(env(result)).toBeUndefined();
  });

  it('a torchrun script that reads $MASTER_ADDR, ${RANK} gets them', () => {
    const command = [
      'bash',
      '-c',
      'torchrun --nproc-per-node=1 --master_addr=$MASTER_ADDR --node_rank=${RANK} t.py',
    ];
    const result = convert(job({ container: { command } }));
    expect(result.findings.find((f) => f.code === 'V1_ENV_ADDED')?.message).toContain('$MASTER_ADDR, $RANK');
  });

  it('a Worker-only job gets none: v1 set no MASTER_*, RANK or WORLD_SIZE without a Master', () => {
    const result = convert(job({ master: false, container: { env: [{ name: 'A', value: 'x' }] } }));
    expect(result.status).toBe('converted');
    expect(names(result)).toEqual(['A']);
  });

  it("a user entry with one of the names takes v1's final value in place", () => {
    const result = convert(
      job({
        container: {
          env: [
            { name: 'RANK', value: '0' },
            { name: 'WORLD_SIZE', value: '99' },
            { name: 'B', value: 'b' },
          ],
        },
      }),
    );
    expect(env(result)).toEqual([
      RANK,
      { name: 'WORLD_SIZE', value: '3' },
      { name: 'B', value: 'b' },
      { name: 'PYTHONUNBUFFERED', value: '1' },
      { name: 'MASTER_PORT', value: '23456' },
      JOBSET_NAME,
      { name: 'MASTER_ADDR', value: '$(JOBSET_NAME)-node-0-0.$(JOBSET_NAME)' },
    ]);
  });

  it('a user entry referencing a variable v1 appended after it stays literal (it stays before it)', () => {
    const result = convert(job({ container: { env: [{ name: 'ADDR', value: 'tcp://$(MASTER_ADDR):1' }] } }));
    expect(result.status).toBe('converted');
    expect(names(result).indexOf('ADDR')).toBeLessThan(names(result).indexOf('MASTER_ADDR'));
  });

  it('a user entry reading an earlier user entry that v1 shadowed is held (its value would change)', () => {
    const result = convert(
      job({
        container: {
          env: [
            { name: 'MASTER_PORT', value: '1234' },
            { name: 'URL', value: 'tcp://x:$(MASTER_PORT)' },
          ],
        },
      }),
    );
    expect(result.status).toBe('needs-review');
    expect(errors(result)).toEqual(['ENV_REFERENCE']);
  });

  it('a job that uses JOBSET_NAME itself gets a literal MASTER_ADDR with the TrainJob name', () => {
    const result = convert(job({ container: { env: [{ name: 'JOBSET_NAME', value: 'mine' }] } }), {
      strategy: 'side-by-side',
    });
    expect(env(result)).toContainEqual({ name: 'MASTER_ADDR', value: 'train-v2-node-0-0.train-v2' });
    expect(names(result).filter((name) => name === 'JOBSET_NAME')).toHaveLength(1);
  });

  it('more than 128 entries (the CRD maxItems) is held', () => {
    const many = Array.from({ length: 125 }, (_, i) => ({ name: `V${i}`, value: 'x' }));
    const result = convert(job({ container: { env: many } }));
    expect(errors(result)).toEqual(['V1_ENV']);
  });

  it.each(['2.2', '2.1'] as TrainerVersion[])('the entries are valid for Trainer %s too', (version) => {
    const result = convert(job(), { trainerVersion: version });
    expect(names(result)).toContain('MASTER_ADDR');
  });
});

describe('$(VAR) references in command and args (kubelet expands against the final env)', () => {
  it('$(RANK) in args resolves as before: the variables are added', () => {
    const result = convert(
      job({
        container: { command: ['torchrun', '--nproc-per-node=1', 'train.py'], args: ['--rank=$(RANK)'] },
      }),
    );
    expect(result.status).toBe('converted');
    expect(names(result)).toContain('RANK');
  });

  it('$(JOB_COMPLETION_INDEX) stayed literal under v1 and resolves under v2: held, escaping named', () => {
    const result = convert(job({ container: { args: ['--id=$(JOB_COMPLETION_INDEX)'] } }));
    expect(errors(result)).toEqual(['ENV_REFERENCE']);
    expect(result.findings.find((f) => f.code === 'ENV_REFERENCE')?.message).toContain(
      '$$(JOB_COMPLETION_INDEX)',
    );
    expect(convert(job({ container: { args: ['--id=$$(JOB_COMPLETION_INDEX)'] } })).status).toBe('converted');
  });

  it('$(PET_NODE_RANK) resolves on both sides with a Master, only under v2 without one', () => {
    const args = ['--node-rank=$(PET_NODE_RANK)'];
    expect(convert(job({ container: { args } })).status).toBe('converted');
    expect(errors(convert(job({ master: false, container: { args } })))).toEqual(['ENV_REFERENCE']);
  });

  it('$(PYTHONUNBUFFERED) in a Worker-only job resolved under v1 only: held', () => {
    const result = convert(job({ master: false, container: { args: ['-u=$(PYTHONUNBUFFERED)'] } }));
    expect(errors(result)).toEqual(['ENV_REFERENCE']);
  });
});

describe('process count (torchrun with nprocPerNode auto/cpu on nodes without GPUs)', () => {
  const torchrun = (flags: string[] = []) => ({ command: ['torchrun', ...flags, 'train.py'] });

  it('auto on a CPU-only pod is held with the fix', () => {
    const result = convert(job({ container: torchrun() }));
    expect(result.status).toBe('needs-review');
    expect(errors(result)).toEqual(['NPROC_PER_NODE']);
    expect(result.findings.find((f) => f.code === 'NPROC_PER_NODE')?.message).toMatch(
      /nprocPerNode.*numProcPerNode.*CPU count of your nodes/,
    );
  });

  it("cpu on a CPU-only pod is held on 2.2+ (v2 counts requested CPUs, v1 the node's)", () => {
    expect(errors(convert(job({ container: torchrun(), nprocPerNode: 'cpu' })))).toEqual(['NPROC_PER_NODE']);
  });

  it.each([
    ['an explicit nprocPerNode', { container: torchrun(), nprocPerNode: '4' }],
    ['a GPU request', { container: { ...torchrun(), resources: { limits: { 'nvidia.com/gpu': 1 } } } }],
    ['a --nproc_per_node flag', { container: torchrun(['--nproc_per_node', '4']) }],
    [
      'a --nproc-per-node= flag in a script',
      { container: { command: ['sh', '-c', 'torchrun --nproc-per-node=2 t.py'] } },
    ],
  ] as [string, Shape][])('converts with %s', (_what, shape) => {
    expect(convert(job(shape)).status).toBe('converted');
  });

  it('a flag that reads a variable does not fix the count', () => {
    const result = convert(
      job({ container: { command: ['sh', '-c', 'torchrun --nproc-per-node=$N t.py'] } }),
    );
    expect(errors(result)).toContain('NPROC_PER_NODE');
  });
});

describe('launch shapes whose processes differ under v2 (facts §1d, §1a worker-only)', () => {
  it("Trainer 2.0: a job without command is held (the runtime's default command would run instead)", () => {
    const input = job({ container: { command: undefined, args: ['--epochs', '3'] } });
    const result = convertPyTorchJob(input, { ...DEFAULT_CONVERT_OPTIONS, trainerVersion: '2.0' });
    expect(result.status).toBe('needs-review');
    expect(errors(result)).toEqual(['RUNTIME_DEFAULT_COMMAND']);
    expect(convert(input, { trainerVersion: '2.1' }).status).toBe('converted');
  });

  it('torchrun on several Worker-only pods without rendezvous flags is held; one pod or --rdzv-endpoint converts', () => {
    const torchrun = (flags: string[]) => ({ command: ['torchrun', '--nproc-per-node=1', ...flags, 't.py'] });
    expect(errors(convert(job({ master: false, container: torchrun([]) })))).toEqual([
      'WORKER_ONLY_RENDEZVOUS',
    ]);
    expect(convert(job({ master: false, workers: 1, container: torchrun([]) })).status).toBe('converted');
    const rdzv = ['--rdzv-backend=c10d', '--rdzv-endpoint=etcd.example:2379'];
    expect(convert(job({ master: false, container: torchrun(rdzv) })).status).toBe('converted');
  });
});

describe('container ports (--generate-runtimes carries them in the node container)', () => {
  const withPorts = job({
    container: { command: ['torchrun', '--nproc-per-node=1', 't.py'] },
    masterPorts: [
      { name: 'pytorchjob-port', containerPort: 23456 },
      { name: 'metrics', containerPort: 8080 },
    ],
  });

  it('without the flag: converted, the port dropped with a warning naming --generate-runtimes', () => {
    const result = convert(withPorts);
    expect(result.status).toBe('converted');
    const warning = result.findings.find((f) => f.code === 'CONTAINER_FIELD');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('--generate-runtimes');
    expect(warning?.runtimeSetting).toEqual({
      container: { ports: [{ name: 'metrics', containerPort: 8080 }] },
    });
  });

  it('with a runtime generator: converted against it, which carries the non-rendezvous ports', () => {
    const asked: unknown[] = [];
    const result = convertPyTorchJob(withPorts, {
      ...DEFAULT_CONVERT_OPTIONS,
      runtimeForSettings: (settings) => {
        asked.push(settings);
        return 'torch-distributed-ports';
      },
    });
    expect(asked).toEqual([{ container: { ports: [{ name: 'metrics', containerPort: 8080 }] } }]);
    expect(result.status).toBe('converted');
    expect(getAt(result.trainJob, ['spec', 'runtimeRef', 'name'])).toBe('torch-distributed-ports');
    expect(result.findings.map((f) => f.code)).toEqual(['RUNTIME_GENERATED']);
  });
});
