/**
 * comparePods on real conversions and on hand-broken ones: a conversion that loses something a process
 * sees comes out not equivalent, and only the differences intrinsic to v2 are listed as harmless.
 */
import { describe, expect, it } from 'vitest';
import { convertPyTorchJob } from '../../../src/convert/convert.js';
import {
  BUILTIN_TORCH_DISTRIBUTED,
  checkEquivalence,
  type PodComparison,
} from '../../../src/convert/pods/index.js';
import { DEFAULT_CONVERT_OPTIONS } from '../../../src/model/conversion.js';
import { buildGeneratedRuntime } from '../../../src/runtimes/build.js';
import { generatedRuntimeName } from '../../../src/runtimes/name.js';
import { requireShared } from '../../helpers/shared.js';
import { seedConversions } from './conversions.js';

type Obj = Record<string, unknown>;

function job(command: string[], extra: Obj = {}, podSpec: Obj = {}, container: Obj = {}): Obj {
  const template = {
    spec: {
      ...podSpec,
      containers: [{ name: 'pytorch', image: 'ghcr.io/acme/train:1.0', command, ...container }],
    },
  };
  return {
    apiVersion: 'kubeflow.org/v1',
    kind: 'PyTorchJob',
    metadata: { name: 'train', namespace: 'ml' },
    spec: {
      ...extra,
      pytorchReplicaSpecs: { Master: { replicas: 1, template }, Worker: { replicas: 2, template } },
    },
  };
}

const GPU = { resources: { limits: { 'nvidia.com/gpu': 4 } } };
const torchrunJob = () =>
  job(
    ['torchrun', 'train.py'],
    {},
    { nodeSelector: { pool: 'gpu' } },
    { ...GPU, env: [{ name: 'NCCL_DEBUG', value: 'INFO' }] },
  );
const pythonJob = () => job(['python', 'train.py'], {}, {}, { env: [{ name: 'LR', value: '0.1' }] });

function converted(input: Obj): Obj {
  const result = convertPyTorchJob(input, DEFAULT_CONVERT_OPTIONS);
  expect(result.status, JSON.stringify(result.findings)).toBe('converted');
  return structuredClone(result.trainJob!);
}

const check = (input: Obj, trainJob: Obj, runtime?: Obj): PodComparison =>
  checkEquivalence(input, trainJob, { release: '2.3', runtime });
const fields = (comparison: PodComparison) => [...new Set(comparison.differences.map((d) => d.field))];
const trainer = (trainJob: Obj) => (trainJob.spec as Obj).trainer as Obj;

describe('real conversions are equivalent', () => {
  it('a GPU torchrun job: only differences intrinsic to v2, each with its reason', () => {
    const comparison = check(torchrunJob(), converted(torchrunJob()));
    expect(comparison.differences).toEqual([]);
    expect(comparison.equivalent).toBe(true);
    const kinds = new Set(comparison.harmless.map((h) => h.kind));
    for (const kind of [
      'podName',
      'backoffUnset',
      'jobCompletionIndex',
      'initPytorch',
      'torchrunSets',
      'petCompared',
      'masterAddress',
      'masterPort',
      'pythonUnbuffered',
    ])
      expect(kinds, kind).toContain(kind);
    for (const entry of comparison.harmless) expect(entry.reason.length).toBeGreaterThan(20);
  });

  it('a python job started without torchrun gets v1 variables carried, so every rank matches', () => {
    const comparison = check(pythonJob(), converted(pythonJob()));
    expect(comparison.differences).toEqual([]);
  });

  it('a job with a sidecar converted against a generated runtime: v1 variables in the sidecar are harmless', () => {
    const input = job(['torchrun', 'train.py'], {}, {}, GPU);
    for (const type of ['Master', 'Worker']) {
      const spec = ((((input.spec as Obj).pytorchReplicaSpecs as Obj)[type] as Obj).template as Obj)
        .spec as Obj;
      (spec.containers as Obj[]).push({ name: 'log', image: 'fluent-bit:3' });
    }
    let runtime: Obj | undefined;
    const result = convertPyTorchJob(input, {
      ...DEFAULT_CONVERT_OPTIONS,
      runtimeForSettings: (settings) => {
        const name = generatedRuntimeName(settings);
        runtime = buildGeneratedRuntime(name, settings);
        return name;
      },
    });
    expect(result.status).toBe('converted');
    const comparison = check(input, result.trainJob!, runtime);
    expect(comparison.differences).toEqual([]);
    expect(comparison.harmless.filter((h) => h.kind === 'sidecarEnv').map((h) => h.field)).toContain(
      'container log env RANK',
    );
    // Against the built-in runtime the sidecar is missing; an unknown runtime is not guessed.
    expect(fields(check(input, result.trainJob!, BUILTIN_TORCH_DISTRIBUTED['2.3']))).toContain(
      'containers log',
    );
    expect(() => check(input, result.trainJob!)).toThrow(/not given/);
  });
});

describe('hand-broken conversions are not equivalent', () => {
  it('a dropped env var', () => {
    const trainJob = converted(pythonJob());
    trainer(trainJob).env = (trainer(trainJob).env as Obj[]).filter((entry) => entry.name !== 'LR');
    expect(fields(check(pythonJob(), trainJob))).toEqual(['container pytorch/node env LR']);
  });

  it('v1 variables not carried for a program that reads them', () => {
    const trainJob = converted(pythonJob());
    trainer(trainJob).env = [{ name: 'LR', value: '0.1' }];
    expect(fields(check(pythonJob(), trainJob))).toEqual(
      expect.arrayContaining([
        'container pytorch/node env RANK',
        'container pytorch/node env WORLD_SIZE',
        'container pytorch/node env MASTER_ADDR',
      ]),
    );
  });

  it('a wrong numNodes', () => {
    const trainJob = converted(torchrunJob());
    trainer(trainJob).numNodes = 2;
    const comparison = check(torchrunJob(), trainJob);
    expect(comparison.equivalent).toBe(false);
    expect(fields(comparison)).toEqual(['node count', 'container pytorch/node torchrun nnodes']);
  });

  it('a lost nodeSelector', () => {
    const trainJob = converted(torchrunJob());
    const spec = trainJob.spec as Obj;
    delete spec.runtimePatches;
    expect(fields(check(torchrunJob(), trainJob))).toEqual(['nodeSelector']);
  });

  it('a different image, process count or explicit backoffLimit', () => {
    const image = converted(torchrunJob());
    trainer(image).image = 'ghcr.io/acme/train:2.0';
    expect(fields(check(torchrunJob(), image))).toEqual(['container pytorch/node image']);

    const nproc = converted(torchrunJob());
    trainer(nproc).numProcPerNode = 1;
    expect(fields(check(torchrunJob(), nproc))).toEqual(['container pytorch/node torchrun nproc-per-node']);

    const limited = torchrunJob();
    (limited.spec as Obj).runPolicy = { backoffLimit: 3 };
    expect(fields(check(limited, converted(torchrunJob())))).toEqual(['backoffLimit']);
  });

  it('a master port that differs between ranks', () => {
    const trainJob = converted(pythonJob());
    const env = trainer(trainJob).env as Obj[];
    const port = env.find((entry) => entry.name === 'MASTER_PORT')!;
    delete port.value;
    port.valueFrom = {
      fieldRef: { fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']" },
    };
    expect(fields(check(pythonJob(), trainJob))).toContain('container pytorch/node env MASTER_PORT');
  });

  it.runIf(requireShared())(
    "the seed report's own TrainJobs lose v1's variables; the tool's conversions do not",
    () => {
      const seed = seedConversions();
      const outcomes = seed.converted.map((c) => [
        c.source,
        checkEquivalence(c.pyTorchJob, c.trainJob, { release: c.release }).equivalent,
      ]);
      expect(outcomes).toEqual([
        ['seed', true],
        ['seed report TrainJob', false],
        ['seed', true],
        ['seed report TrainJob', false],
        ['seed', true],
        ['seed report TrainJob', false],
      ]);
    },
  );
});
