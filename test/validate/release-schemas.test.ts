/**
 * Output is validated by default against the schema shipped for the target Trainer release, generated
 * from the upstream CRDs; deliberately invalid TrainJobs are caught without any flag.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TRAINER_VERSIONS, type TrainerVersion } from '../../src/model/conversion.js';
import { releaseValidator, schemaFileOf } from '../../src/validate/release-schemas.js';
import { projectRoot, requireShared, sharedDir, sharedPath } from '../helpers/shared.js';

const run = promisify(execFile);

function trainJob(spec: Record<string, unknown> = {}, name = 'train'): Record<string, unknown> {
  return {
    apiVersion: 'trainer.kubeflow.org/v1alpha1',
    kind: 'TrainJob',
    metadata: { name },
    spec: { runtimeRef: { name: 'torch-distributed' }, ...spec },
  };
}

const nodePatch = (container: Record<string, unknown>, job = 'node') => ({
  runtimePatches: [
    {
      manager: 'trainjob-migrate.kubeflow.org/migrate',
      trainingRuntimeSpec: {
        template: {
          spec: {
            replicatedJobs: [
              { name: job, template: { spec: { template: { spec: { containers: [container] } } } } },
            ],
          },
        },
      },
    },
  ],
});

const paths = (findings: { path?: string }[]) => findings.map((finding) => finding.path);

describe('release schemas', () => {
  it.each(TRAINER_VERSIONS)(
    'Trainer %s: a minimal TrainJob passes; the rules are counted',
    async (release) => {
      const validator = await releaseValidator(release);
      expect(validator.validate(trainJob())).toEqual([]);
      expect(validator.origin.release).toBe(release);
      expect(validator.celRules).toBeGreaterThan(0);
      console.log(
        `Trainer ${release} (${validator.origin.tag}): ${validator.celRules} CEL rules evaluated, ${validator.transitionRules} transition rules (update only) left out`,
      );
    },
  );

  it('catches, with no flag, an unknown field, a wrong type, a long name, a reserved PET_ name and env on the node container', async () => {
    const { validate } = await releaseValidator('2.3');
    expect(paths(validate(trainJob({ trainer: { numNodes: 2, gpus: 1 } })))).toEqual(['spec.trainer.gpus']);
    expect(paths(validate(trainJob({ trainer: { numNodes: 'two' } })))).toEqual(['spec.trainer.numNodes']);
    const long = validate(trainJob({}, 'a'.repeat(64)));
    expect(paths(long)).toEqual(['metadata.name']);
    expect(long[0]?.message).toContain('64 characters');
    const reserved = validate(trainJob({ trainer: { env: [{ name: 'PET_NNODES', value: '2' }] } }));
    expect(paths(reserved)).toEqual(['spec.trainer.env[0].name']);
    expect(reserved[0]?.message).toContain('torch.go');
    const nodeEnv = validate(trainJob(nodePatch({ name: 'node', env: [{ name: 'A', value: '1' }] })));
    expect(paths(nodeEnv)).toEqual([
      'spec.runtimePatches[0].trainingRuntimeSpec.template.spec.replicatedJobs[0].template.spec.template.spec.containers[0].env',
    ]);
    expect(nodeEnv[0]?.message).toContain('jobset.go');
  });

  it('checks runtimePatches against the built-in runtime: containers and replicated jobs it does not have', async () => {
    const { validate } = await releaseValidator('2.3');
    const container = validate(trainJob(nodePatch({ name: 'sidecar', volumeMounts: [] })));
    expect(container.map((f) => f.message).join()).toMatch(/has no container "sidecar"/);
    const job = validate(trainJob(nodePatch({ name: 'node' }, 'launcher')));
    expect(job.map((f) => f.message).join()).toMatch(/has no replicated job "launcher"/);
    // Another runtime's layout is unknown here: only the env rule applies.
    const custom = {
      ...trainJob(nodePatch({ name: 'sidecar' })),
      spec: { runtimeRef: { name: 'mine' }, ...nodePatch({ name: 'sidecar' }) },
    };
    expect(validate(custom)).toEqual([]);
  });

  it('evaluates the CEL rules of each release: managedBy values, numNodes with elastic policy', async () => {
    const v23 = await releaseValidator('2.3');
    expect(paths(v23.validate(trainJob({ managedBy: 'kubeflow.org/training-operator' })))).toEqual([
      'spec.managedBy',
    ]);
    const v20 = await releaseValidator('2.0');
    expect(
      v20.validate(
        trainJob({ podSpecOverrides: [{ targetJobs: [{ name: 'node' }], serviceAccountName: 'sa' }] }),
      ),
    ).toEqual([]);
    expect(paths(v20.validate(trainJob({ runtimePatches: [] })))).toEqual(['spec.runtimePatches']);
  });

  it("validates generated ClusterTrainingRuntimes: the release's own torch-distributed passes", async () => {
    // The oldest and the newest release: each runtime schema takes seconds to compile from source.
    for (const release of ['2.0', '2.3'] as const) {
      const folder = { '2.0': 'v2.0.1', '2.3': 'v2.3.0' }[release];
      if (!requireShared()) return;
      const runtime = parse(
        await readFile(sharedPath('kubeflow/v2/releases', folder, 'torch_distributed.yaml'), 'utf8'),
      );
      const validator = await releaseValidator(release, 'ClusterTrainingRuntime');
      expect(validator.validate(runtime)).toEqual([]);
      expect(paths(validator.validate({ ...runtime, spec: { ...runtime.spec, extra: 1 } }))).toEqual([
        'spec.extra',
      ]);
    }
  });
});

describe.runIf(requireShared())('scripts/trainer-schemas.mjs', () => {
  it('regenerates the shipped schemas byte for byte from the CRDs in ../shared', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tjm-schemas-'));
    try {
      await run(process.execPath, ['scripts/trainer-schemas.mjs', sharedDir, out], { cwd: projectRoot });
      for (const release of TRAINER_VERSIONS as readonly TrainerVersion[]) {
        for (const kind of ['TrainJob', 'ClusterTrainingRuntime'] as const) {
          const shipped = await readFile(join(projectRoot, schemaFileOf(release, kind)), 'utf8');
          const fresh = await readFile(join(out, release, `${kind.toLowerCase()}.schema.json`), 'utf8');
          expect(fresh === shipped, `${schemaFileOf(release, kind)} is stale: run the script`).toBe(true);
        }
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});
