import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { KustomizeBinary } from '../../../src/gitops/kustomize/build.js';
import type { JsonObject, JsonPatchOperation } from '../../../src/gitops/kustomize/merge.js';
import {
  convertJob,
  fieldPathToPointer,
  translateJsonPatch,
  translateReplacementPaths,
  translateStrategicPatch,
} from '../../../src/gitops/kustomize/translate.js';
import { DEFAULT_CONVERT_OPTIONS } from '../../../src/model/conversion.js';
import { fixturesDir } from '../../helpers/shared.js';
import { buildPatched, kustomizeBinary } from './real-kustomize.js';

/** Master 1 + Worker 1, image registry.example.com/ml/mnist:1.0, torchrun command. */
const BASE = parse(
  readFileSync(join(fixturesDir, 'repos', 'kustomize-overlays', 'base', 'pytorchjob.yaml'), 'utf8'),
) as JsonObject;
const OPTIONS = DEFAULT_CONVERT_OPTIONS;
const IDENTITY = {
  apiVersion: 'kubeflow.org/v1',
  kind: 'PyTorchJob',
  metadata: { name: 'mnist-ddp', namespace: 'ml' },
};
const WORKER_IMAGE = 'spec.pytorchReplicaSpecs.Worker.template.spec.containers.[name=pytorch].image';
const MASTER_IMAGE = 'spec.pytorchReplicaSpecs.Master.template.spec.containers.[name=pytorch].image';

function replicaSpec(role: 'Master' | 'Worker', spec: JsonObject): JsonObject {
  return { spec: { pytorchReplicaSpecs: { [role]: spec } } };
}

function bothContainers(container: JsonObject): JsonObject {
  const template = { template: { spec: { containers: [{ name: 'pytorch', ...container }] } } };
  return { spec: { pytorchReplicaSpecs: { Master: template, Worker: template } } };
}

describe('translateStrategicPatch', () => {
  it('turns a Worker.replicas patch into trainer.numNodes computed from the base (Master 1 + Worker n)', () => {
    const result = translateStrategicPatch(
      BASE,
      { ...IDENTITY, ...replicaSpec('Worker', { replicas: 3 }) },
      OPTIONS,
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        apiVersion: 'trainer.kubeflow.org/v1alpha1',
        kind: 'TrainJob',
        metadata: { name: 'mnist-ddp', namespace: 'ml' },
        spec: { trainer: { numNodes: 4 } },
      },
    });
    if (!result.ok) return;
    expect(result.value.spec).toEqual({ trainer: { numNodes: 4 } });
    expect((result.patched.spec as JsonObject).pytorchReplicaSpecs).toMatchObject({
      Worker: { replicas: 3 },
    });
  });

  it('carries an image and a command set on both replica types to trainer.image and trainer.command', () => {
    const patch = bothContainers({
      image: 'registry.example.com/ml/mnist:2.0',
      command: ['torchrun', '--nproc-per-node=1', '/opt/mnist/train.py', '--epochs=5'],
    });
    const result = translateStrategicPatch(BASE, { ...IDENTITY, ...patch }, OPTIONS);
    expect(result.ok && result.value.spec).toEqual({
      trainer: {
        image: 'registry.example.com/ml/mnist:2.0',
        command: ['torchrun', '--nproc-per-node=1', '/opt/mnist/train.py', '--epochs=5'],
      },
    });
  });

  it('leaves out apiVersion and kind when the patch has none (a patch found by target)', () => {
    const result = translateStrategicPatch(BASE, replicaSpec('Worker', { replicas: 2 }), OPTIONS);
    expect(result.ok && result.value).toEqual({ spec: { trainer: { numNodes: 3 } } });
  });

  it('holds a patch using $patch directives', () => {
    const result = translateStrategicPatch(
      BASE,
      { ...IDENTITY, spec: { runPolicy: { $patch: 'delete' } } },
      OPTIONS,
    );
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/\$patch directives/) });
  });

  it('holds a patch after which the job would need review, naming the engine finding', () => {
    const elastic = { ...IDENTITY, spec: { elasticPolicy: { minReplicas: 1, maxReplicas: 4 } } };
    const result = translateStrategicPatch(BASE, elastic, OPTIONS);
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/would need review \(.*elasticPolicy/),
    });
  });

  it('holds a patch that makes Master and Worker differ (no single TrainJob trainer)', () => {
    const result = translateStrategicPatch(
      BASE,
      replicaSpec('Worker', { template: { spec: { containers: [{ name: 'pytorch', image: 'other:1' }] } } }),
      OPTIONS,
    );
    expect(result.ok).toBe(false);
  });
});

describe('translateJsonPatch', () => {
  it('turns a replace of Worker.replicas into a replace of /spec/trainer/numNodes', () => {
    const result = translateJsonPatch(
      BASE,
      [{ op: 'replace', path: '/spec/pytorchReplicaSpecs/Worker/replicas', value: 7 }],
      OPTIONS,
    );
    expect(result.ok && result.value).toEqual([{ op: 'replace', path: '/spec/trainer/numNodes', value: 8 }]);
  });

  it('carries image edits on both replica types as one operation on /spec/trainer/image', () => {
    const operations: JsonPatchOperation[] = ['Master', 'Worker'].map((role) => ({
      op: 'replace',
      path: `/spec/pytorchReplicaSpecs/${role}/template/spec/containers/0/image`,
      value: 'registry.example.com/ml/mnist:2.0',
    }));
    const result = translateJsonPatch(BASE, operations, OPTIONS);
    expect(result.ok && result.value).toEqual([
      { op: 'replace', path: '/spec/trainer/image', value: 'registry.example.com/ml/mnist:2.0' },
    ]);
  });

  it('holds operations that do not apply to the job, quoting why', () => {
    const result = translateJsonPatch(
      BASE,
      [{ op: 'replace', path: '/spec/pytorchReplicaSpecs/Launcher/replicas', value: 2 }],
      OPTIONS,
    );
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/does not apply to the job \(path .*Launcher.* does not exist\)/),
    });
  });

  it('holds operations whose effect a TrainJob does not carry', () => {
    const result = translateJsonPatch(
      BASE,
      [{ op: 'add', path: '/status', value: { conditions: [] } }],
      OPTIONS,
    );
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/changes nothing that a TrainJob carries/),
    });
  });
});

describe('translateReplacementPaths', () => {
  it('maps the container image of both replica types to spec.trainer.image', () => {
    const result = translateReplacementPaths(BASE, [MASTER_IMAGE, WORKER_IMAGE], OPTIONS);
    expect(result.ok && result.value).toEqual(['spec.trainer.image']);
  });

  it('maps a command element by index, and metadata.name to itself', () => {
    const command = ['Master', 'Worker'].map(
      (role) => `spec.pytorchReplicaSpecs.${role}.template.spec.containers.0.command.2`,
    );
    expect(translateReplacementPaths(BASE, command, OPTIONS)).toMatchObject({
      ok: true,
      value: ['spec.trainer.command.2'],
    });
    expect(translateReplacementPaths(BASE, ['metadata.name'], OPTIONS)).toMatchObject({
      ok: true,
      value: ['metadata.name'],
    });
  });

  it('holds a path whose value the mapping transforms (replicas become numNodes)', () => {
    const result = translateReplacementPaths(BASE, ['spec.pytorchReplicaSpecs.Worker.replicas'], OPTIONS);
    expect(result.ok).toBe(false);
  });

  it('holds a path on one replica type only: Master and Worker would differ', () => {
    expect(translateReplacementPaths(BASE, [WORKER_IMAGE], OPTIONS)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/need review/),
    });
  });

  it('holds a path that is not in the job', () => {
    expect(translateReplacementPaths(BASE, ['spec.runPolicy.backoffLimit'], OPTIONS)).toEqual({
      ok: false,
      reason: 'the field path spec.runPolicy.backoffLimit is not in the job',
    });
  });
});

describe('fieldPathToPointer: kustomize field paths', () => {
  it('follows map keys, list indexes and [key=value] selectors', () => {
    expect(fieldPathToPointer(BASE, WORKER_IMAGE)).toBe(
      '/spec/pytorchReplicaSpecs/Worker/template/spec/containers/0/image',
    );
    expect(
      fieldPathToPointer(BASE, 'spec.pytorchReplicaSpecs.Master.template.spec.containers.0.command.1'),
    ).toBe('/spec/pytorchReplicaSpecs/Master/template/spec/containers/0/command/1');
    expect(fieldPathToPointer({ a: { 'b/c': 1 } }, 'a.b/c')).toBe('/a/b~1c');
  });

  it('is undefined for a missing key, an index out of range or a selector nothing matches', () => {
    expect(fieldPathToPointer(BASE, 'spec.nothing')).toBeUndefined();
    expect(
      fieldPathToPointer(BASE, 'spec.pytorchReplicaSpecs.Worker.template.spec.containers.3'),
    ).toBeUndefined();
    expect(
      fieldPathToPointer(
        BASE,
        'spec.pytorchReplicaSpecs.Worker.template.spec.containers.[name=sidecar].image',
      ),
    ).toBeUndefined();
  });
});

describe('a translated patch, applied by real kustomize to the converted base, gives the converted patched job', () => {
  let binary: KustomizeBinary | undefined;
  beforeAll(async () => {
    binary = await kustomizeBinary();
  });

  const converted = (job: JsonObject): JsonObject => {
    const result = convertJob(job, OPTIONS);
    if (!result.ok) throw new Error(result.reason);
    return result.trainJob;
  };
  const trainJobIdentity = {
    apiVersion: 'trainer.kubeflow.org/v1alpha1',
    kind: 'TrainJob',
    metadata: { name: 'mnist-ddp', namespace: 'ml' },
  };

  it('strategic merge: replicas, placement and image at once', async (context) => {
    if (!binary) return context.skip();
    const placement = { template: { spec: { nodeSelector: { pool: 'gpu' } } } };
    const patch: JsonObject = {
      ...IDENTITY,
      spec: {
        pytorchReplicaSpecs: {
          Master: { ...placement },
          Worker: { replicas: 5, ...placement },
        },
      },
    };
    const result = translateStrategicPatch(BASE, patch, OPTIONS);
    if (!result.ok) throw new Error(result.reason);
    const expected = converted(await buildPatched(binary, BASE, { type: 'strategic', patch }));
    const actual = await buildPatched(binary, converted(BASE), {
      type: 'strategic',
      patch: { ...trainJobIdentity, ...result.value, metadata: trainJobIdentity.metadata },
    });
    expect(actual).toEqual(expected);
    expect(actual).toMatchObject({ spec: { trainer: { numNodes: 6 } } });
  });

  it('JSON 6902: replicas and an argument', async (context) => {
    if (!binary) return context.skip();
    const operations: JsonPatchOperation[] = [
      { op: 'replace', path: '/spec/pytorchReplicaSpecs/Worker/replicas', value: 3 },
      ...['Master', 'Worker'].map(
        (role): JsonPatchOperation => ({
          op: 'add',
          path: `/spec/pytorchReplicaSpecs/${role}/template/spec/containers/0/command/-`,
          value: '--lr=0.1',
        }),
      ),
    ];
    const result = translateJsonPatch(BASE, operations, OPTIONS);
    if (!result.ok) throw new Error(result.reason);
    const expected = converted(await buildPatched(binary, BASE, { type: 'json6902', operations }));
    const actual = await buildPatched(binary, converted(BASE), {
      type: 'json6902',
      operations: result.value,
    });
    expect(actual).toEqual(expected);
    expect(actual).toMatchObject({ spec: { trainer: { numNodes: 4 } } });
  });
});
