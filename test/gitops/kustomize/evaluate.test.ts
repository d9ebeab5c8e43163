import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KustomizeBinary } from '../../../src/gitops/kustomize/build.js';
import {
  evaluateAll,
  type KustomizationEvaluation,
  type OverrideEvaluation,
} from '../../../src/gitops/kustomize/evaluate.js';
import { DEFAULT_CONVERT_OPTIONS } from '../../../src/model/conversion.js';
import { fixturesDir } from '../../helpers/shared.js';
import { memoryWorld } from './memory-world.js';
import { buildFiles, kustomizeBinary } from './real-kustomize.js';

/** mnist-ddp in namespace ml: Master 1 + Worker 1, converts to numNodes 2. */
const JOB = readFileSync(join(fixturesDir, 'repos', 'kustomize-overlays', 'base', 'pytorchjob.yaml'), 'utf8');
const BASE_KEY = 'base/job.yaml#ml/mnist-ddp';
const BASE = { 'base/kustomization.yaml': 'resources: [job.yaml]\n', 'base/job.yaml': JOB };
const IDENTITY =
  'apiVersion: kubeflow.org/v1\nkind: PyTorchJob\nmetadata: {name: mnist-ddp, namespace: ml}\n';

function overlay(body: string, resources = '../../base'): string {
  return `resources: [${resources}]\n${body}`;
}

function evaluationOf(evaluations: KustomizationEvaluation[], relPath: string): KustomizationEvaluation {
  const found = evaluations.find((evaluation) => evaluation.kustomization.relPath === relPath);
  if (!found) throw new Error(`no evaluation for ${relPath}`);
  return found;
}

function onlyOverride(evaluations: KustomizationEvaluation[], relPath: string): OverrideEvaluation {
  const { overrides } = evaluationOf(evaluations, relPath);
  expect(overrides).toHaveLength(1);
  return overrides[0] as OverrideEvaluation;
}

const workerReplicas = (replicas: number): string =>
  `patches:\n  - patch: |-\n${`${IDENTITY}spec: {pytorchReplicaSpecs: {Worker: {replicas: ${replicas}}}}`
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n')}\n`;

describe('evaluateAll: patches', () => {
  it('carries an overlay patch over with the value computed from the base', () => {
    const world = memoryWorld({ ...BASE, 'overlays/a/kustomization.yaml': overlay(workerReplicas(3)) });
    const { evaluations, held } = evaluateAll(world);
    expect(held.size).toBe(0);
    const result = onlyOverride(evaluations, 'overlays/a/kustomization.yaml');
    expect(result.reached.map((job) => job.key)).toEqual([BASE_KEY]);
    expect(result.outcome).toMatchObject({
      type: 'rewrite',
      documents: [{ type: 'strategic', value: { kind: 'TrainJob', spec: { trainer: { numNodes: 4 } } } }],
    });
    expect(evaluationOf(evaluations, 'base/kustomization.yaml')).toMatchObject({
      overrides: [],
      problems: [],
    });
    expect(evaluationOf(evaluations, 'base/kustomization.yaml').jobs.map((job) => job.key)).toEqual([
      BASE_KEY,
    ]);
  });

  describe('applies patches in kustomize order and through chained overlays, as a real build does', () => {
    const files = {
      ...BASE,
      'overlays/a/kustomization.yaml': overlay(workerReplicas(3)),
      // Each JSON 6902 `test` only passes when the earlier transformers ran first.
      'overlays/b/kustomization.yaml': overlay(
        [
          'patchesJson6902:',
          '  - target: {kind: PyTorchJob, name: mnist-ddp}',
          '    patch: |-',
          '      - {op: test, path: /spec/pytorchReplicaSpecs/Worker/replicas, value: 5}',
          '      - {op: replace, path: /spec/pytorchReplicaSpecs/Worker/replicas, value: 6}',
          'patches:',
          '  - target: {kind: PyTorchJob, name: mnist-ddp}',
          '    patch: |-',
          '      - {op: test, path: /spec/pytorchReplicaSpecs/Worker/replicas, value: 4}',
          '      - {op: replace, path: /spec/pytorchReplicaSpecs/Worker/replicas, value: 5}',
          'patchesStrategicMerge:',
          '  - |-',
          '    apiVersion: kubeflow.org/v1',
          '    kind: PyTorchJob',
          '    metadata: {name: mnist-ddp, namespace: ml}',
          '    spec: {pytorchReplicaSpecs: {Worker: {replicas: 4}}}',
          '',
        ].join('\n'),
        '../a',
      ),
    };
    let binary: KustomizeBinary | undefined;
    beforeAll(async () => {
      binary = await kustomizeBinary();
    });

    it('in the evaluation', () => {
      const { evaluations, held } = evaluateAll(memoryWorld(files));
      expect(held.size).toBe(0);
      const overrides = evaluationOf(evaluations, 'overlays/b/kustomization.yaml').overrides;
      expect(overrides.map((result) => [result.override.style, result.outcome.type])).toEqual([
        ['patchesStrategicMerge', 'rewrite'],
        ['patches-json6902', 'rewrite'],
        ['patchesJson6902', 'rewrite'],
      ]);
      expect(overrides[2]?.outcome).toEqual({
        type: 'rewrite',
        documents: [
          { type: 'json6902', value: [{ op: 'replace', path: '/spec/trainer/numNodes', value: 7 }] },
        ],
      });
    });

    it('in a real build', async (context) => {
      if (!binary) return context.skip();
      const [built] = await buildFiles(binary, files, 'overlays/b');
      expect(built).toMatchObject({ spec: { pytorchReplicaSpecs: { Worker: { replicas: 6 } } } });
    });
  });

  it('holds the base with every overlay when one overlay cannot be carried over, naming it', () => {
    const elastic = `patches:\n  - patch: |-\n      ${IDENTITY.replace(/\n/g, '\n      ')}spec: {elasticPolicy: {maxReplicas: 4}}\n`;
    const world = memoryWorld({
      ...BASE,
      'overlays/a/kustomization.yaml': overlay(workerReplicas(3)),
      'overlays/elastic/kustomization.yaml': overlay(elastic),
    });
    const { evaluations, held } = evaluateAll(world);
    // The first reason is the cause; the others follow from it.
    expect(held.get(BASE_KEY)?.[0]).toMatch(
      /^overlays\/elastic\/kustomization\.yaml line 3, patches-smp entry: .*need review \(ELASTIC_POLICY/,
    );
    // The exact overlay is left as it is too: the job it patches stays a PyTorchJob.
    expect(onlyOverride(evaluations, 'overlays/a/kustomization.yaml').outcome).toEqual({
      type: 'hold',
      reason: expect.stringMatching(/stays a PyTorchJob/),
    });
  });

  it('runs to a fixed point: a patch reaching a job held elsewhere and another job keeps its entry for the held job and gets a TrainJob entry for the other', () => {
    const other = JOB.replace('name: mnist-ddp', 'name: cifar-ddp');
    const world = memoryWorld({
      ...BASE,
      'other/kustomization.yaml': 'resources: [job.yaml]\n',
      'other/job.yaml': other,
      'overlays/both/kustomization.yaml': overlay(
        'patches:\n  - target: {kind: PyTorchJob}\n    patch: |-\n      - {op: replace, path: /spec/pytorchReplicaSpecs/Worker/replicas, value: 2}\n',
        '../../base, ../../other',
      ),
      'overlays/held/kustomization.yaml': overlay(
        'patches:\n  - path: missing.yaml\n    target: {kind: PyTorchJob}\n',
      ),
    });
    const { evaluations, held } = evaluateAll(world);
    expect(held.get(BASE_KEY)?.[0]).toContain('the patch file overlays/held/missing.yaml cannot be read');
    expect(held.has('other/job.yaml#ml/cifar-ddp')).toBe(false);
    expect(onlyOverride(evaluations, 'overlays/both/kustomization.yaml').outcome).toEqual({
      type: 'split',
      keepOriginal: true,
      groups: [
        {
          names: ['cifar-ddp'],
          documents: [
            { type: 'json6902', value: [{ op: 'replace', path: '/spec/trainer/numNodes', value: 3 }] },
          ],
        },
      ],
    });
  });

  it('holds a patch whose target selects by name only, and the jobs under side-by-side', () => {
    const byName = memoryWorld({
      ...BASE,
      'o/kustomization.yaml': overlay(
        'patches:\n  - target: {name: mnist-ddp}\n    patch: |-\n      - {op: add, path: /metadata/labels, value: {a: b}}\n',
        '../base',
      ),
    });
    expect(evaluateAll(byName).held.get(BASE_KEY)?.[0]).toMatch(/selects by name or labels only/);
    const sideBySide = memoryWorld(
      { ...BASE, 'overlays/a/kustomization.yaml': overlay(workerReplicas(3)) },
      { options: { ...DEFAULT_CONVERT_OPTIONS, strategy: 'side-by-side' } },
    );
    expect(evaluateAll(sideBySide).held.get(BASE_KEY)?.[0]).toMatch(/side-by-side keeps the PyTorchJob/);
  });

  it('matches targets as kustomize does: anchored patterns, labels, namespace, group', () => {
    const labelled = JOB.replace('namespace: ml', 'namespace: ml\n  labels: {team: vision}');
    const reached = (target: string): number => {
      const world = memoryWorld({
        'base/kustomization.yaml': 'resources: [job.yaml]\n',
        'base/job.yaml': labelled,
        'o/kustomization.yaml': overlay(
          `patches:\n  - target: ${target}\n    patch: |-\n      - {op: replace, path: /spec/pytorchReplicaSpecs/Worker/replicas, value: 2}\n`,
          '../base',
        ),
      });
      return onlyOverride(evaluateAll(world).evaluations, 'o/kustomization.yaml').reached.length;
    };
    expect(reached('{kind: PyTorchJob, name: mnist-.*}')).toBe(1);
    expect(reached('{kind: PyTorchJob, name: mnist}')).toBe(0);
    expect(reached('{kind: PyTorch}')).toBe(0);
    expect(reached('{kind: PyTorchJob, group: kubeflow.org, version: v1, namespace: ml}')).toBe(1);
    expect(reached('{kind: PyTorchJob, group: example.com}')).toBe(0);
    expect(reached('{kind: PyTorchJob, namespace: default}')).toBe(0);
    expect(reached('{kind: PyTorchJob, labelSelector: "team=vision"}')).toBe(1);
    expect(reached('{kind: PyTorchJob, labelSelector: "team!=vision"}')).toBe(0);
    expect(reached('{kind: PyTorchJob, labelSelector: "!team"}')).toBe(0);
  });

  it('reports remote and missing references as problems and holds the jobs', () => {
    const world = memoryWorld({
      ...BASE,
      'o/kustomization.yaml': overlay(
        '',
        '../base, https://github.com/example/manifests//ml?ref=v1, ../nowhere',
      ),
    });
    const { evaluations, held } = evaluateAll(world);
    expect(evaluationOf(evaluations, 'o/kustomization.yaml').problems).toEqual([
      expect.stringMatching(
        /line 1 names a remote resources entry \(https:\/\/github.com\/.*\), which is not fetched/,
      ),
      'line 1: ../nowhere does not exist',
    ]);
    expect(held.has(BASE_KEY)).toBe(true);
  });

  it('finds the jobs an images override reaches by the image name in containers lists', () => {
    const world = memoryWorld({
      ...BASE,
      'o/kustomization.yaml': overlay(
        'images:\n  - name: registry.example.com/ml/mnist\n    newTag: "2"\n  - name: registry.example.com/ml/other\n    newTag: "2"\n',
        '../base',
      ),
    });
    const [mnist, other] = evaluationOf(evaluateAll(world).evaluations, 'o/kustomization.yaml').overrides;
    expect(mnist?.outcome).toEqual({ type: 'image' });
    expect(mnist?.reached.map((job) => job.key)).toEqual([BASE_KEY]);
    expect(other?.outcome).toEqual({ type: 'unaffected' });
  });

  it('says why a patch reaching a job that stays a PyTorchJob is left alone, without holding anything new', () => {
    const world = memoryWorld(
      { ...BASE, 'overlays/a/kustomization.yaml': overlay(workerReplicas(3)) },
      { notConverting: [BASE_KEY] },
    );
    const { evaluations, held } = evaluateAll(world);
    expect(held.size).toBe(0);
    expect(onlyOverride(evaluations, 'overlays/a/kustomization.yaml').outcome).toMatchObject({
      type: 'hold',
    });
  });
});

const CONFIG_MAP =
  'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: release, namespace: ml}\ndata: {image: "x:3"}\n';
const IMAGE_PATHS = ['Master', 'Worker'].map(
  (role) => `spec.pytorchReplicaSpecs.${role}.template.spec.containers.[name=pytorch].image`,
);

function replacementOverlay(target: string, fieldPaths: readonly string[]): Record<string, string> {
  return {
    ...BASE,
    'o/release.yaml': CONFIG_MAP,
    'o/kustomization.yaml': [
      'resources: [../base, release.yaml]',
      'replacements:',
      '  - source: {kind: ConfigMap, name: release, fieldPath: data.image}',
      '    targets:',
      `      - select: ${target}`,
      '        fieldPaths:',
      ...fieldPaths.map((path) => `          - ${path}`),
      '',
    ].join('\n'),
  };
}

describe('evaluateAll: replacements', () => {
  it('translates target field paths that map exactly, keeping the replacement node to edit', () => {
    const world = memoryWorld(replacementOverlay('{kind: PyTorchJob, name: mnist-ddp}', IMAGE_PATHS));
    const { evaluations, held } = evaluateAll(world);
    expect(held.size).toBe(0);
    const result = onlyOverride(evaluations, 'o/kustomization.yaml');
    expect(result.reached.map((job) => job.key)).toEqual([BASE_KEY]);
    expect(result.outcome).toMatchObject({
      type: 'replacement',
      replacements: [{ retargetSource: false, targets: [{ index: 0, fieldPaths: ['spec.trainer.image'] }] }],
    });
  });

  it('holds the base and overlay when a path does not map exactly, naming the overlay and the replacement', () => {
    const world = memoryWorld(
      replacementOverlay('{kind: PyTorchJob, name: mnist-ddp}', ['spec.pytorchReplicaSpecs.Worker.replicas']),
    );
    const { held } = evaluateAll(world);
    expect(held.get(BASE_KEY)?.[0]).toMatch(
      /^o\/kustomization\.yaml line 3, replacements entry: its target field paths \(spec\.pytorchReplicaSpecs\.Worker\.replicas\)/,
    );
  });

  it('holds a replacement selecting the job by name only, or rejecting it by kind', () => {
    const byName = memoryWorld(replacementOverlay('{name: mnist-ddp}', IMAGE_PATHS));
    expect(evaluateAll(byName).held.get(BASE_KEY)?.[0]).toMatch(/selects by name or labels only/);
    const rejecting = memoryWorld(
      replacementOverlay('{namespace: ml}\n        reject: [{kind: PyTorchJob}, {kind: ConfigMap}]', [
        'data.x',
      ]),
    );
    expect(evaluateAll(rejecting).held.get(BASE_KEY)?.[0]).toMatch(/reject list names the PyTorchJob/);
  });

  it('leaves a replacement alone that reaches no job', () => {
    const world = memoryWorld(replacementOverlay('{kind: ConfigMap, name: other}', ['data.image']));
    const { evaluations, held } = evaluateAll(world);
    expect(held.size).toBe(0);
    expect(onlyOverride(evaluations, 'o/kustomization.yaml')).toMatchObject({
      reached: [],
      outcome: { type: 'unaffected' },
    });
  });

  it('reads replacements kept in a file (one or a list) and translates a job source to its TrainJob path', () => {
    const files = {
      ...BASE,
      'o/release.yaml': CONFIG_MAP,
      'o/kustomization.yaml': 'resources: [../base, release.yaml]\nreplacements:\n  - path: card.yaml\n',
      'o/card.yaml': [
        '- source:',
        '    kind: PyTorchJob',
        '    name: mnist-ddp',
        '    fieldPath: spec.pytorchReplicaSpecs.Master.template.spec.containers.0.command.2',
        '  targets:',
        '    - select: {kind: ConfigMap, name: release}',
        '      fieldPaths: [data.epochs]',
        '',
      ].join('\n'),
    };
    const result = onlyOverride(evaluateAll(memoryWorld(files)).evaluations, 'o/kustomization.yaml');
    expect(result.patchFile).toBe('o/card.yaml');
    expect(result.outcome).toMatchObject({
      type: 'replacement',
      replacements: [{ retargetSource: true, sourceFieldPath: 'spec.trainer.command.2', targets: [] }],
    });
    const missing = memoryWorld({ ...files, 'o/card.yaml': undefined as unknown as string });
    expect(evaluateAll(missing).held.get(BASE_KEY)?.[0]).toMatch(
      /the replacement file o\/card\.yaml cannot be read/,
    );
  });
});

const COMPONENT = [
  'apiVersion: kustomize.config.k8s.io/v1alpha1',
  'kind: Component',
  'patches:',
  '  - target: {kind: PyTorchJob}',
  '    patch: |-',
  '      - {op: replace, path: /spec/pytorchReplicaSpecs/Worker/replicas, value: 4}',
  '',
].join('\n');

describe('evaluateAll: components', () => {
  it("applies a component's patches to the resources of the kustomization listing it, wherever it is listed", async () => {
    const files = {
      ...BASE,
      'components/scale/kustomization.yaml': COMPONENT,
      'overlays/a/kustomization.yaml': 'components: [../../components/scale]\nresources: [../../base]\n',
    };
    const { evaluations, held } = evaluateAll(memoryWorld(files));
    expect(held.size).toBe(0);
    const component = evaluationOf(evaluations, 'components/scale/kustomization.yaml');
    expect(component.jobs.map((job) => job.key)).toEqual([BASE_KEY]);
    expect(component.overrides[0]).toMatchObject({
      reached: [{ key: BASE_KEY }],
      outcome: {
        type: 'rewrite',
        documents: [
          { type: 'json6902', value: [{ op: 'replace', path: '/spec/trainer/numNodes', value: 5 }] },
        ],
      },
    });
    const binary = await kustomizeBinary();
    if (!binary) return;
    const [built] = await buildFiles(binary, files, 'overlays/a');
    expect(built).toMatchObject({ spec: { pytorchReplicaSpecs: { Worker: { replicas: 4 } } } });
  });

  it('holds the jobs when the kustomizations listing a component would need different TrainJob patches', () => {
    // A Worker-only torchrun job needs its own rendezvous (v1 gave it no master address).
    const workerOnly = JOB.replace(/ {4}Master:\n(?: {6}.*\n)+/, '')
      .replace('name: mnist-ddp', 'name: solo')
      .replaceAll(
        '"--nproc-per-node=1", ',
        '"--nproc-per-node=1", "--rdzv-backend=c10d", "--rdzv-endpoint=etcd:2379", ',
      );
    const files = {
      ...BASE,
      'solo/kustomization.yaml': 'resources: [job.yaml]\n',
      'solo/job.yaml': workerOnly,
      'components/scale/kustomization.yaml': COMPONENT,
      'overlays/a/kustomization.yaml': 'resources: [../../base]\ncomponents: [../../components/scale]\n',
      'overlays/b/kustomization.yaml': 'resources: [../../solo]\ncomponents: [../../components/scale]\n',
    };
    const { evaluations, held } = evaluateAll(memoryWorld(files));
    const reason =
      /components\/scale\/kustomization\.yaml line 4, patches-json6902 entry: the component is listed by several kustomizations/;
    expect(held.get(BASE_KEY)?.[0]).toMatch(reason);
    expect(held.get('solo/job.yaml#ml/solo')?.[0]).toMatch(reason);
    expect(evaluationOf(evaluations, 'components/scale/kustomization.yaml').jobs).toHaveLength(2);
  });
});
