/** The seed report's three PyTorchJob → TrainJob pairs, parsed out of the report in place. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { convertPyTorchJob } from '../../src/convert/convert.js';
import { DEFAULT_CONVERT_OPTIONS } from '../../src/convert/types.js';
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

  it.each(seedPairs().map((pair) => [pair.title, pair] as const))(
    '%s converts to the seed TrainJob',
    (_title, pair) => {
      const result = convertPyTorchJob(pair.v1, { ...DEFAULT_CONVERT_OPTIONS, strategy: 'side-by-side' });
      expect(result.status).toBe('converted');
      // The seed names its TrainJobs with the side-by-side suffix -v2.
      expect(result.trainJob).toEqual(pair.v2);
      expect(JSON.stringify(result.trainJob)).toBe(JSON.stringify(pair.v2));
      expect(validatorFor('2.3')(result.trainJob!)).toEqual([]);
    },
  );

  it('warns that the multi-node NCCL job does not launch through torchrun', () => {
    const nccl = pairs.find((pair) => JSON.stringify(pair.v1).includes('--backend=nccl'));
    expect(nccl).toBeDefined();
    const result = convertPyTorchJob(nccl!.v1, DEFAULT_CONVERT_OPTIONS);
    expect(result.findings.filter((f) => f.code === 'TORCHRUN_MISSING')).toHaveLength(1);
    expect(result.status).toBe('converted');
  });

  it('does not warn about torchrun for the single-node job', () => {
    const single = pairs.find(
      (pair) => (pair.v2.spec as { trainer: { numNodes: number } }).trainer.numNodes === 1,
    );
    const result = convertPyTorchJob(single!.v1, DEFAULT_CONVERT_OPTIONS);
    expect(result.findings).toEqual([]);
  });
});
