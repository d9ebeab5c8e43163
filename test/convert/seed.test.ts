/** The seed report's three PyTorchJob → TrainJob pairs, parsed out of the report in place. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { convertPyTorchJob } from '../../src/convert/convert.js';
import { DEFAULT_CONVERT_OPTIONS } from '../../src/model/conversion.js';
import { validatorFor } from '../helpers/crds.js';
import { requireShared, sharedPath } from '../helpers/shared.js';

interface SeedPair {
  title: string;
  v1: Record<string, unknown>;
  v2: Record<string, unknown>;
}

function seedPairs(): SeedPair[] {
  const report = readFileSync(sharedPath('seed', 'pytorchjob-migration-validation-report.md'), 'utf8');
  const sections = report.split(/^### /m).slice(1);
  return sections.flatMap((section) => {
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => parse(match[1]!));
    const v1 = blocks.find((doc) => doc?.kind === 'PyTorchJob');
    const v2 = blocks.find((doc) => doc?.kind === 'TrainJob');
    return v1 && v2 ? [{ title: section.split('\n')[0]!, v1, v2 }] : [];
  });
}

describe.runIf(requireShared())('seed report pairs', () => {
  const pairs = seedPairs();

  it('finds the three pairs in the report', () => {
    expect(pairs.map((pair) => (pair.v2.spec as { trainer: { numNodes: number } }).trainer.numNodes)).toEqual(
      [1, 3, 4],
    );
  });

  /**
   * The seed's TrainJobs drop v1's injected variables, which their `python train.py` programs read
   * (facts doc §1a, §1c): the conversion is the seed TrainJob plus those variables, with the values
   * v1 gave, after the job's own env.
   */
  function withV1Environment(pair: SeedPair): Record<string, unknown> {
    const expected = structuredClone(pair.v2) as { spec: { trainer: Record<string, unknown> } };
    const trainer = expected.spec.trainer;
    const numNodes = trainer.numNodes as number;
    const own = (trainer.env as unknown[] | undefined) ?? [];
    trainer.env = [
      ...own,
      { name: 'PYTHONUNBUFFERED', value: '1' },
      { name: 'MASTER_PORT', value: '23456' },
      {
        name: 'JOBSET_NAME',
        valueFrom: { fieldRef: { fieldPath: "metadata.labels['jobset.sigs.k8s.io/jobset-name']" } },
      },
      { name: 'MASTER_ADDR', value: '$(JOBSET_NAME)-node-0-0.$(JOBSET_NAME)' },
      { name: 'WORLD_SIZE', value: String(numNodes) },
      {
        name: 'RANK',
        valueFrom: {
          fieldRef: { fieldPath: "metadata.annotations['batch.kubernetes.io/job-completion-index']" },
        },
      },
    ];
    // Key order as the engine writes it: env after args/command, before resourcesPerNode.
    const order = ['numNodes', 'image', 'command', 'args', 'env', 'resourcesPerNode', 'numProcPerNode'];
    expected.spec.trainer = Object.fromEntries(
      Object.entries(trainer).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)),
    );
    return expected;
  }

  it.each(seedPairs().map((pair) => [pair.title, pair] as const))(
    '%s converts to the seed TrainJob plus the variables v1 set',
    (_title, pair) => {
      const result = convertPyTorchJob(pair.v1, { ...DEFAULT_CONVERT_OPTIONS, strategy: 'side-by-side' });
      expect(result.status).toBe('converted');
      // The seed names its TrainJobs with the side-by-side suffix -v2.
      const expected = withV1Environment(pair);
      expect(result.trainJob).toEqual(expected);
      expect(JSON.stringify(result.trainJob)).toBe(JSON.stringify(expected));
      expect(validatorFor('2.3')(result.trainJob!)).toEqual([]);
      expect(result.findings.filter((f) => f.code === 'V1_ENV_ADDED')).toHaveLength(1);
    },
  );

  it("the multi-node NCCL job without torchrun gets v1's variables instead of a torchrun warning", () => {
    const nccl = pairs.find((pair) => JSON.stringify(pair.v1).includes('--backend=nccl'));
    expect(nccl).toBeDefined();
    const result = convertPyTorchJob(nccl!.v1, DEFAULT_CONVERT_OPTIONS);
    expect(result.findings.map((f) => f.code)).toEqual(['V1_ENV_ADDED']);
    expect(result.status).toBe('converted');
  });
});
