/**
 * --generate-runtimes: jobs blocked only by runtime-level settings convert against a runtime derived
 * from torch-distributed, and every generated runtime is valid against the real
 * ClusterTrainingRuntime CRD. Real corpus files are used where they have such settings.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { convertPyTorchJob } from '../../src/convert/convert.js';
import {
  type ConversionResult,
  type ConvertOptions,
  DEFAULT_CONVERT_OPTIONS,
  type RuntimeSetting,
} from '../../src/model/conversion.js';
import { buildGeneratedRuntime } from '../../src/runtimes/build.js';
import { generatedRuntimeName } from '../../src/runtimes/name.js';
import { runtimeValidatorFor, validatorFor } from '../helpers/crds.js';
import { requireShared, sharedPath } from '../helpers/shared.js';

const RFC1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** Converts with a generator that records what it was asked for. */
function convertGenerating(input: unknown, options: Partial<ConvertOptions> = {}) {
  const asked: RuntimeSetting[] = [];
  const result = convertPyTorchJob(input, {
    ...DEFAULT_CONVERT_OPTIONS,
    ...options,
    runtimeForSettings: (settings) => {
      asked.push(settings);
      return generatedRuntimeName(settings);
    },
  });
  return { result, asked };
}

function job(podSpec: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    apiVersion: 'kubeflow.org/v1',
    kind: 'PyTorchJob',
    metadata: { name: 'train', namespace: 'ml' },
    spec: {
      ...extra,
      pytorchReplicaSpecs: {
        Master: {
          replicas: 1,
          template: {
            spec: {
              ...podSpec,
              containers: [
                {
                  name: 'pytorch',
                  image: 'ghcr.io/acme/train:1.0',
                  command: ['torchrun', '--nproc-per-node=1', 'train.py'],
                },
              ],
            },
          },
        },
      },
    },
  };
}

const spec = (result: ConversionResult) => result.trainJob?.spec as Record<string, unknown>;

describe('runtime-level settings', () => {
  it('a priorityClassName and a backoffLimit make one runtime carrying both, named by them', () => {
    const input = job({ priorityClassName: 'high' }, { runPolicy: { backoffLimit: 3 } });
    const plain = convertPyTorchJob(input, DEFAULT_CONVERT_OPTIONS);
    expect(plain.status).toBe('needs-review');
    expect(plain.findings.filter((f) => f.severity === 'error').map((f) => f.runtimeSetting)).toEqual([
      { podSpec: { priorityClassName: 'high' } },
      { jobSpec: { backoffLimit: 3 } },
    ]);

    const { result, asked } = convertGenerating(input);
    expect(asked).toEqual([{ podSpec: { priorityClassName: 'high' }, jobSpec: { backoffLimit: 3 } }]);
    expect(result.status).toBe('converted');
    expect(spec(result).runtimeRef).toEqual({ name: 'torch-distributed-backoff-3-prio-high' });
    expect(result.summary?.runtime).toBe('torch-distributed-backoff-3-prio-high');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const note = result.findings.find((f) => f.code === 'RUNTIME_GENERATED');
    expect(note?.message).toContain('spec.runPolicy.backoffLimit');
    expect(note?.message).toContain('priorityClassName');
    expect(validatorFor('2.3')(result.trainJob ?? {})).toEqual([]);
  });

  it('without a generator, or for a Trainer 2.1 target, the job stays for review', () => {
    const input = job({ schedulerName: 'kai-scheduler' });
    expect(convertPyTorchJob(input, DEFAULT_CONVERT_OPTIONS).status).toBe('needs-review');
    expect(convertGenerating(input, { trainerVersion: '2.1' }).result.status).toBe('needs-review');
    expect(convertGenerating(input, { runtimeName: 'my-runtime' }).result.status).toBe('needs-review');
  });

  it('a blocker no runtime can carry keeps the job for review', () => {
    const input = job({ priorityClassName: 'high' }, { elasticPolicy: { minReplicas: 1, maxReplicas: 4 } });
    const { result, asked } = convertGenerating(input);
    expect(asked).toEqual([]);
    expect(result.status).toBe('needs-review');
  });

  it('two settings of one field that disagree keep the job for review', () => {
    const input = job(
      { priorityClassName: 'high' },
      { runPolicy: { schedulingPolicy: { priorityClass: 'low' } } },
    );
    expect(convertGenerating(input).result.status).toBe('needs-review');
  });

  it('restartPolicy Never on every replica becomes pods that do not restart and a Job that does not retry', () => {
    const input = job({});
    const replicas = (input.spec.pytorchReplicaSpecs as Record<string, Record<string, unknown>>)
      .Master as Record<string, unknown>;
    replicas.restartPolicy = 'Never';
    const { result, asked } = convertGenerating(input);
    expect(asked).toEqual([{ podSpec: { restartPolicy: 'Never' }, jobSpec: { backoffLimit: 0 } }]);
    expect(result.status).toBe('converted');
    const runtime = buildGeneratedRuntime(
      String(spec(result).runtimeRef && (spec(result).runtimeRef as { name: string }).name),
      asked[0] ?? {},
    );
    expect(runtimeValidatorFor('ClusterTrainingRuntime')(runtime)).toEqual([]);
  });

  it('restartPolicy Never on the Master only cannot be carried by one pod template', () => {
    const input = job({});
    const specs = input.spec.pytorchReplicaSpecs as Record<string, unknown>;
    const master = specs.Master as Record<string, unknown>;
    master.restartPolicy = 'Never';
    specs.Worker = { ...structuredClone(master), replicas: 2, restartPolicy: 'OnFailure' };
    expect(convertGenerating(input).result.status).toBe('needs-review');
  });

  it('sidecars and init containers go beside the node container of the runtime', () => {
    const sidecar = { name: 'log-shipper', image: 'fluent/fluent-bit:3.0' };
    const init = { name: 'fetch', image: 'busybox:1.36', command: ['sh', '-c', 'true'] };
    const input = job({ initContainers: [init] });
    const containers = (input.spec.pytorchReplicaSpecs.Master.template.spec as { containers: unknown[] })
      .containers;
    containers.push(sidecar);
    const { result, asked } = convertGenerating(input);
    expect(result.status).toBe('converted');
    const name = (spec(result).runtimeRef as { name: string }).name;
    expect(name).toMatch(/^torch-distributed-sidecar-log-shipper-init-fetch-[0-9a-f]{6}$/);
    const runtime = buildGeneratedRuntime(name, asked[0] ?? {});
    const pod = parse(JSON.stringify(runtime)).spec.template.spec.replicatedJobs[0].template.spec.template
      .spec;
    expect(pod.containers.map((c: { name: string }) => c.name)).toEqual(['node', 'log-shipper']);
    expect(pod.initContainers).toEqual([init]);
    expect(runtimeValidatorFor('ClusterTrainingRuntime')(runtime)).toEqual([]);
  });
});

describe('generated runtime', () => {
  it('with no settings is exactly the real torch-distributed runtime of Trainer v2.3.0', () => {
    if (!requireShared()) return;
    const real = parse(readFileSync(sharedPath('kubeflow/v2/runtimes/torch_distributed.yaml'), 'utf8'));
    const built = buildGeneratedRuntime('torch-distributed', {});
    expect(built).toEqual(real);
  });

  it('puts each setting where torch-distributed has that level', () => {
    const settings: RuntimeSetting = {
      podSpec: { priorityClassName: 'high', hostIPC: true },
      jobSpec: { backoffLimit: 2 },
      jobSetSpec: { ttlSecondsAfterFinished: 600 },
      container: { imagePullPolicy: 'Always' },
    };
    const runtime = buildGeneratedRuntime(generatedRuntimeName(settings), settings) as {
      metadata: { name: string };
      spec: { template: { spec: Record<string, unknown> & { replicatedJobs: Record<string, unknown>[] } } };
    };
    // Too long for 63 characters in words: whole words that fit, then a hash of all settings.
    expect(runtime.metadata.name).toMatch(
      /^torch-distributed-ttl-600-backoff-2-hostipc-prio-high-[0-9a-f]{6}$/,
    );
    const jobSet = runtime.spec.template.spec;
    expect(jobSet.ttlSecondsAfterFinished).toBe(600);
    const node = jobSet.replicatedJobs[0] as { template: { spec: Record<string, unknown> } };
    expect(node.template.spec.backoffLimit).toBe(2);
    const pod = (node.template.spec.template as { spec: Record<string, unknown> }).spec;
    expect(pod.priorityClassName).toBe('high');
    expect(pod.hostIPC).toBe(true);
    expect(pod.containers).toEqual([
      { name: 'node', image: 'pytorch/pytorch:2.13.0-cuda13.0-cudnn9-runtime', imagePullPolicy: 'Always' },
    ]);
    if (!requireShared()) return;
    expect(runtimeValidatorFor('ClusterTrainingRuntime')(runtime)).toEqual([]);
  });

  it('names are stable, distinct per set of settings, and RFC 1035 labels of at most 63 characters', () => {
    const a = { podSpec: { priorityClassName: 'High_Priority' } };
    const b = { podSpec: { priorityClassName: 'high-priority' } };
    expect(generatedRuntimeName(a)).toBe(generatedRuntimeName(structuredClone(a)));
    expect(generatedRuntimeName(a)).not.toBe(generatedRuntimeName(b));
    expect(generatedRuntimeName(b)).toBe('torch-distributed-prio-high-priority');
    const long = {
      podSpec: {
        priorityClassName: 'a-very-long-priority-class-name-for-production',
        schedulerName: 'kai-scheduler',
      },
      jobSpec: { backoffLimit: 10 },
    };
    for (const settings of [a, b, long, { podSpec: { dnsConfig: { nameservers: ['1.1.1.1'] } } }]) {
      const name = generatedRuntimeName(settings);
      expect(name.length).toBeLessThanOrEqual(63);
      expect(name).toMatch(RFC1035);
    }
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('real-world corpus with --generate-runtimes', () => {
  it('turns needs-review jobs into exact conversions against CRD-valid runtimes', () => {
    if (!requireShared()) return;
    const root = sharedPath('corpus', 'real-world');
    const validateRuntime = runtimeValidatorFor('ClusterTrainingRuntime');
    const validateJob = validatorFor('2.3');
    let reviewBefore = 0;
    let convertedNow = 0;
    const runtimes = new Map<string, RuntimeSetting>();
    for (const path of filesUnder(root).filter((file) => /\.(ya?ml|json)$/.test(file))) {
      const text = readFileSync(path, 'utf8');
      if (!text.includes('PyTorchJob')) continue;
      const docs = parseAllDocuments(text);
      if (docs.some((doc) => doc.errors.length > 0)) continue;
      for (const doc of docs) {
        const object = doc.toJS({ maxAliasCount: -1 });
        if (object?.kind !== 'PyTorchJob') continue;
        if (convertPyTorchJob(object, DEFAULT_CONVERT_OPTIONS).status !== 'needs-review') continue;
        reviewBefore++;
        const { result, asked } = convertGenerating(object);
        if (result.status !== 'converted') continue;
        convertedNow++;
        const settings = asked[0] ?? {};
        const name = (spec(result).runtimeRef as { name: string }).name;
        const runtime = buildGeneratedRuntime(name, settings);
        expect(validateRuntime(runtime), relative(root, path)).toEqual([]);
        expect(validateJob(result.trainJob ?? {}), relative(root, path)).toEqual([]);
        const earlier = runtimes.get(name);
        if (earlier) expect(earlier, `${name} names one set of settings`).toEqual(settings);
        runtimes.set(name, settings);
      }
    }
    console.info(
      `corpus: ${reviewBefore} jobs need review without runtimes; ${convertedNow} convert against ${runtimes.size} generated runtimes`,
    );
    expect(convertedNow).toBeGreaterThan(0);
  });
});
