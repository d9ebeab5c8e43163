/**
 * A repository written the way platform teams write them (fixtures/repos/platform-gitops): a
 * kustomize base of four jobs (a Master-only evaluation job mounting a configMapGenerator ConfigMap
 * through a `configurations:` nameReference, a Kueue job, a CPU smoke test in flow style), prod and
 * staging overlays with namespace, images, name-targeted JSON 6902 patches on Worker.replicas and a
 * strategic-merge patch reaching three jobs by a name alternation, an Argo CD Application and a Flux
 * Kustomization on the overlays. Converted end to end with the CLI, every overlay is built with the
 * real kustomize before and after, and each job's pods are rendered and compared.
 */
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import type { CliIo } from '../../../src/cli/io.js';
import { main } from '../../../src/cli/main.js';
import { checkEquivalence } from '../../../src/convert/pods/index.js';
import { buildKustomization, type KustomizeBinary } from '../../../src/gitops/kustomize/build.js';
import type { Report } from '../../../src/model/report.js';
import { fixturesDir } from '../../helpers/shared.js';
import { kustomizeBinary } from '../kustomize/real-kustomize.js';

type K8sObject = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: Record<string, unknown>;
};

const OVERLAYS = ['training/overlays/prod', 'training/overlays/staging'] as const;
const JOBS = ['llm-pretrain', 'llm-finetune', 'llm-eval', 'smoke-test'];

let binary: KustomizeBinary | undefined;
let root: string;
let report: Report;
let dryRun: string;
const ARGS = ['convert', '--generate-runtimes', '--installed-runtimes', 'torch-distributed'];
const before = new Map<string, K8sObject[]>();
const after = new Map<string, K8sObject[]>();

async function build(folder: string): Promise<K8sObject[]> {
  if (!binary) throw new Error('no kustomize binary');
  const outcome = await buildKustomization(binary, join(root, folder));
  if (!outcome.ok) throw new Error(`kustomize build ${folder}: ${outcome.message}`);
  return parseAllDocuments(outcome.output).map((document) => document.toJSON() as K8sObject);
}

function capture(cwd: string): { io: CliIo; stdout: () => string } {
  const out: string[] = [];
  const io: CliIo = {
    stdout: { write: (text) => out.push(text), isTTY: false },
    stderr: { write: () => undefined, isTTY: false },
    env: {},
    cwd,
  };
  return { io, stdout: () => out.join('') };
}

const named = (objects: readonly K8sObject[], kind: string, name: string): K8sObject | undefined =>
  objects.find((object) => object.kind === kind && object.metadata.name === name);

beforeAll(async () => {
  binary = await kustomizeBinary();
  if (!binary) return;
  root = await mkdtemp(join(tmpdir(), 'tjm-platform-gitops-'));
  await cp(join(fixturesDir, 'repos', 'platform-gitops'), root, { recursive: true });
  for (const overlay of OVERLAYS) before.set(overlay, await build(overlay));
  const dry = capture(root);
  expect(await main([...ARGS, '.'], dry.io)).toBe(1);
  dryRun = dry.stdout();
  const cli = capture(root);
  const args = ['convert', '--write', ...ARGS.slice(1)];
  // Exit code 1: a job needs review.
  expect(await main([...args, '--format', 'json', '.'], cli.io)).toBe(1);
  report = JSON.parse(cli.stdout()) as Report;
  for (const overlay of OVERLAYS) after.set(overlay, await build(overlay));
}, 120_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('platform-gitops: convert --write --generate-runtimes --installed-runtimes torch-distributed', () => {
  it('converts three of the four jobs; the flow-style smoke test stays for review', (context) => {
    if (!binary) return context.skip();
    const jobs = new Map(report.files.flatMap((file) => file.jobs.map((job) => [job.name, job])));
    expect([...jobs.keys()].sort()).toEqual([...JOBS].sort());
    for (const name of ['llm-pretrain', 'llm-finetune', 'llm-eval'])
      expect(jobs.get(name)?.status, name).toBe('converted');
    expect(jobs.get('smoke-test')?.status).toBe('needs-review');
    expect(jobs.get('llm-pretrain')?.runtime).toBe('torch-distributed-backoff-3');
    for (const kustomization of report.gitops?.kustomize?.kustomizations ?? [])
      expect(kustomization.build, kustomization.path).toBe('passed');
    // Each overlay's build check says what it checked: every job's pods, rendered and compared.
    const prod = report.gitops?.kustomize?.kustomizations.find(
      (k) => k.path === 'training/overlays/prod/kustomization.yaml',
    );
    expect(prod?.buildMessage).toContain(
      "ml-prod/llm-pretrain → TrainJob, 5 node(s), pods equivalent to v1's (runtime torch-distributed-backoff-3)",
    );
    expect(prod?.buildMessage).toContain('ml-prod/smoke-test stays a PyTorchJob, built unchanged');
  });

  for (const overlay of OVERLAYS) {
    it(`${overlay}: every PyTorchJob it built becomes a TrainJob with equivalent pods, or builds unchanged`, (context) => {
      if (!binary) return context.skip();
      const old = before.get(overlay) ?? [];
      const built = after.get(overlay) ?? [];
      const namespace = overlay.endsWith('prod') ? 'ml-prod' : 'ml-staging';
      expect(
        old
          .filter((object) => object.kind === 'PyTorchJob')
          .map((job) => job.metadata.name)
          .sort(),
      ).toEqual([...JOBS].sort());
      for (const job of old.filter((object) => object.kind === 'PyTorchJob')) {
        const { name } = job.metadata;
        if (name === 'smoke-test') {
          expect(named(built, 'PyTorchJob', name)).toEqual(job);
          continue;
        }
        const trainJob = named(built, 'TrainJob', name);
        expect(trainJob?.metadata.namespace, name).toBe(namespace);
        const ref = (trainJob?.spec.runtimeRef ?? {}) as { name?: string };
        // The generated runtime deploys with the job; torch-distributed is installed.
        const runtime = named(built, 'ClusterTrainingRuntime', String(ref.name));
        if (ref.name !== 'torch-distributed') expect(runtime, `${name}: ${ref.name}`).toBeDefined();
        const comparison = checkEquivalence(job, trainJob, { release: '2.3', runtime });
        expect(comparison.differences, `${overlay} ${name}`).toEqual([]);
        expect(comparison.equivalent).toBe(true);
      }
    });

    it(`${overlay}: the generated runtime is used, cluster-scoped (no namespace) and built before the TrainJobs`, (context) => {
      if (!binary) return context.skip();
      const built = after.get(overlay) ?? [];
      const runtimes = built.filter((object) => object.kind === 'ClusterTrainingRuntime');
      expect(runtimes.map((runtime) => runtime.metadata.name)).toEqual(['torch-distributed-backoff-3']);
      for (const runtime of runtimes) expect(runtime.metadata.namespace).toBeUndefined();
      const referenced = new Set(
        built
          .filter((object) => object.kind === 'TrainJob')
          .map((job) => (job.spec.runtimeRef as { name: string }).name),
      );
      for (const runtime of runtimes) expect(referenced).toContain(runtime.metadata.name);
      const firstTrainJob = built.findIndex((object) => object.kind === 'TrainJob');
      for (const runtime of runtimes) expect(built.indexOf(runtime)).toBeLessThan(firstTrainJob);
    });
  }

  it('carries what each overlay sets: node counts, images, node pools, the hashed ConfigMap, Kueue', (context) => {
    if (!binary) return context.skip();
    const prod = after.get('training/overlays/prod') ?? [];
    const staging = after.get('training/overlays/staging') ?? [];
    const trainer = (objects: K8sObject[], name: string) =>
      (named(objects, 'TrainJob', name)?.spec.trainer ?? {}) as { numNodes?: number; image?: string };
    expect(trainer(prod, 'llm-pretrain')).toMatchObject({
      numNodes: 5,
      image: 'registry.example.com/llm/train:1.4',
    });
    expect(trainer(prod, 'llm-finetune')).toMatchObject({ numNodes: 2 });
    expect(trainer(staging, 'llm-finetune')).toMatchObject({
      numNodes: 3,
      image: 'registry.example.com/llm/train:1.5-rc1',
    });
    expect(trainer(staging, 'llm-eval')).toMatchObject({ numNodes: 1 });
    const configMap = (objects: K8sObject[]) =>
      objects.find((object) => object.kind === 'ConfigMap')?.metadata.name ?? '';
    for (const objects of [prod, staging]) {
      expect(configMap(objects)).toMatch(/^eval-config-[a-z0-9]{10}$/);
      expect(JSON.stringify(named(objects, 'TrainJob', 'llm-eval'))).toContain(
        `"name":"${configMap(objects)}"`,
      );
      const finetune = named(objects, 'TrainJob', 'llm-finetune');
      expect(finetune?.spec.suspend).toBe(true);
      expect(finetune?.metadata.labels?.['kueue.x-k8s.io/queue-name']).toBe('team-llm');
    }
    expect(JSON.stringify(named(prod, 'TrainJob', 'llm-pretrain'))).toContain('"pool":"spot"');
    expect(JSON.stringify(named(staging, 'TrainJob', 'llm-finetune'))).toContain('"pool":"staging"');
    expect(JSON.stringify(named(prod, 'TrainJob', 'llm-eval'))).not.toContain('"pool"');
  });

  it('keeps the cross-cutting patch for the job that stays a PyTorchJob and adds one for the TrainJobs', async (context) => {
    if (!binary) return context.skip();
    const prod = await readFile(join(root, 'training/overlays/prod/kustomization.yaml'), 'utf8');
    expect(prod).toContain('target: {kind: PyTorchJob, name: "llm-pretrain|llm-finetune|smoke-test"}');
    expect(prod).toMatch(/kind: TrainJob, name: "llm-pretrain\|llm-finetune"\}/);
    const nameReferences = await readFile(join(root, 'training/base/name-references.yaml'), 'utf8');
    expect(nameReferences).toContain('kind: PyTorchJob');
    expect(nameReferences).toContain('kind: TrainJob');
  });

  it('the text dry run showed, as a unified diff, every file the write changed', async (context) => {
    if (!binary) return context.skip();
    const shown = [...dryRun.matchAll(/^\+\+\+ b\/(\S+)$/gm)].map((match) => match[1]).sort();
    const fixture = join(fixturesDir, 'repos', 'platform-gitops');
    const changed: string[] = [];
    for (const file of report.files) {
      const original = await readFile(join(fixture, file.path), 'utf8').catch(() => undefined);
      const now = await readFile(join(root, file.path), 'utf8');
      if (original !== now) changed.push(file.path);
    }
    expect(changed).toEqual(
      expect.arrayContaining([
        'training/overlays/prod/kustomization.yaml',
        'training/base/name-references.yaml',
        'training/base/trainjob-runtimes.yaml',
        'training/overlays/staging/trainjob-cluster-scoped.yaml',
      ]),
    );
    expect(shown).toEqual(changed.sort());
  });
});

describe('platform-gitops with a Flux Kustomization patching a PyTorchJob', () => {
  it('keeps the job the Flux patch reaches a PyTorchJob, pointing at the patch, converts the others, and writes no runtime for the held job', async (context) => {
    if (!binary) return context.skip();
    const copy = await mkdtemp(join(tmpdir(), 'tjm-platform-flux-'));
    try {
      await cp(join(fixturesDir, 'repos', 'platform-gitops'), copy, { recursive: true });
      const flux = join(copy, 'clusters/staging/training.yaml');
      await appendFile(
        flux,
        [
          '  postBuild:',
          '    substitute:',
          '      cluster: staging',
          '  patches:',
          '    - target: {kind: PyTorchJob, name: llm-pretrain}',
          '      patch: |-',
          '        - op: replace',
          '          path: /spec/pytorchReplicaSpecs/Worker/replicas',
          '          value: 3',
          '',
        ].join('\n'),
      );
      const cli = capture(copy);
      expect(await main([...ARGS, '--format', 'json', '.'], cli.io)).toBe(1);
      const result = JSON.parse(cli.stdout()) as Report;
      const jobs = new Map(result.files.flatMap((file) => file.jobs.map((job) => [job.name, job])));
      expect(jobs.get('llm-pretrain')?.status).toBe('needs-review');
      const findings = jobs.get('llm-pretrain')?.findings.filter((f) => f.code === 'FLUX_PATCH_TARGET');
      expect(findings).toHaveLength(1);
      expect(findings?.[0]?.message).toContain('clusters/staging/training.yaml line 17, spec.patches[0]');
      for (const name of ['llm-finetune', 'llm-eval']) expect(jobs.get(name)?.status, name).toBe('converted');
      // The runtime generated for llm-pretrain alone is not written, nor anything that deploys it.
      const paths = result.files.filter((file) => file.diff !== undefined).map((file) => file.path);
      expect(paths).not.toContain('training/base/trainjob-runtimes.yaml');
      expect(paths).not.toContain('training/base/kustomization.yaml');
      expect(paths.filter((path) => path.endsWith('trainjob-cluster-scoped.yaml'))).toEqual([]);
      expect(result.gitops?.runtimes?.notes).toEqual([
        expect.stringMatching(/torch-distributed-backoff-3 is not written: every job that needed it stays/),
      ]);
      for (const kustomization of result.gitops?.kustomize?.kustomizations ?? [])
        expect(kustomization.build, kustomization.path).toBe('passed');
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }, 60_000);
});
