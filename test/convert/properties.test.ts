/**
 * Property tests over generated PyTorchJobs: the engine never throws, its output is valid against the
 * real CRD of the target version (or the job needs review), every input leaf is accounted for exactly
 * once, and every carried pair is deep-equal between input and output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertPyTorchJob } from '../../src/convert/convert.js';
import { getAt, leafPaths, pathKey } from '../../src/convert/paths.js';
import {
  type ConvertOptions,
  DEFAULT_CONVERT_OPTIONS,
  type TrainerVersion,
} from '../../src/model/conversion.js';
import { deepEqual } from '../../src/util/objects.js';
import { validatorFor } from '../helpers/crds.js';
import { pytorchJobArbitrary as pytorchJob } from '../helpers/pytorchjob-arbitrary.js';
import { requireShared } from '../helpers/shared.js';

const options = fc.record({
  trainerVersion: fc.constantFrom<TrainerVersion>('2.0', '2.1', '2.2', '2.3'),
  strategy: fc.constantFrom('replace' as const, 'side-by-side' as const),
  allowLossy: fc.boolean(),
  runtimeKind: fc.constantFrom('ClusterTrainingRuntime' as const, 'TrainingRuntime' as const),
});

/** Trainer 2.0 has no CRD in ../shared: check the documented podSpecOverrides shape instead. */
const V20_SPEC_FIELDS = ['runtimeRef', 'trainer', 'suspend', 'managedBy', 'podSpecOverrides'];
const V20_OVERRIDE_FIELDS = [
  'targetJobs',
  'serviceAccountName',
  'nodeSelector',
  'tolerations',
  'volumes',
  'initContainers',
  'containers',
  'schedulingGates',
];

function structurallyValid20(trainJob: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const spec = trainJob.spec as Record<string, unknown>;
  for (const key of Object.keys(spec)) if (!V20_SPEC_FIELDS.includes(key)) problems.push(`spec.${key}`);
  const overrides = (spec.podSpecOverrides ?? []) as Record<string, unknown>[];
  for (const override of overrides) {
    for (const key of Object.keys(override))
      if (!V20_OVERRIDE_FIELDS.includes(key)) problems.push(`override ${key}`);
    for (const c of (override.containers ?? []) as Record<string, unknown>[]) {
      for (const key of Object.keys(c))
        if (!['name', 'env', 'volumeMounts'].includes(key)) problems.push(`container ${key}`);
    }
  }
  return problems;
}

describe.runIf(requireShared())('conversion properties', () => {
  it('never throws; CRD-valid or needs-review; every leaf accounted once; carried pairs deep-equal', () => {
    const counts = { converted: 0, 'needs-review': 0, 'not-applicable': 0, clean: 0 };
    fc.assert(
      fc.property(pytorchJob, options, (job, opts) => {
        const convertOptions: ConvertOptions = { ...DEFAULT_CONVERT_OPTIONS, ...opts };
        const input = structuredClone(job);
        const result = convertPyTorchJob(job, convertOptions);
        counts[result.status]++;
        expect(job).toEqual(input);
        expect(result.findings.some((f) => f.message.includes('could not be read'))).toBe(false);
        expect(result.status).not.toBe('not-applicable');

        const errors = result.findings.filter((finding) => finding.severity === 'error');
        if (result.status === 'converted' && errors.length === 0) counts.clean++;
        if (result.status === 'converted') {
          const trainJob = result.trainJob!;
          if (opts.trainerVersion === '2.0') expect(structurallyValid20(trainJob)).toEqual([]);
          else expect(validatorFor(opts.trainerVersion)(trainJob)).toEqual([]);
          if (errors.length > 0) {
            expect(opts.allowLossy).toBe(true);
            expect(result.findings.some((finding) => finding.code === 'LOSSY_CONVERSION')).toBe(true);
          }
          for (const { from, to } of result.carried) {
            expect(
              deepEqual(getAt(job, from), getAt(trainJob, to)),
              `${from.join('.')} → ${to.join('.')}`,
            ).toBe(true);
          }
          for (const entry of result.accounting) {
            if (entry.disposition === 'mapped')
              expect(getAt(trainJob, entry.to!), entry.to!.join('.')).toBeDefined();
          }
        } else {
          expect(result.trainJob).toBeUndefined();
          expect(errors.length).toBeGreaterThan(0);
        }

        // Identical Worker fields are accounted exactly like their Master counterparts.
        const replicaSpecs = (job.spec as { pytorchReplicaSpecs: Record<string, { replicas?: number }> })
          .pytorchReplicaSpecs;
        const replicaKeys = Object.keys(replicaSpecs).filter((key) => replicaSpecs[key]!.replicas !== 0);
        const byPath = new Map(result.accounting.map((entry) => [pathKey(entry.path), entry]));
        if (result.status === 'converted' && errors.length === 0 && replicaKeys.length === 2) {
          for (const entry of result.accounting) {
            if (entry.path[2] !== replicaKeys[1] || entry.path[3] !== 'template') continue;
            const counterpart = byPath.get(
              pathKey([...entry.path.slice(0, 2), replicaKeys[0]!, ...entry.path.slice(3)]),
            );
            if (counterpart?.disposition === 'mapped')
              expect(entry).toEqual({ ...counterpart, path: entry.path });
          }
        }

        const leaves = leafPaths(job).map(pathKey).sort();
        const accounted = result.accounting.map((entry) => pathKey(entry.path)).sort();
        expect(accounted).toEqual(leaves);
        if (result.accounting.some((entry) => entry.disposition === 'lost'))
          expect(errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 600, seed: 20260829 },
    );
    // The generator must exercise both outcomes, or the property says little.
    expect(counts.converted).toBeGreaterThan(20);
    expect(counts['needs-review']).toBeGreaterThan(20);
    expect(counts.clean).toBeGreaterThan(20);
  });

  it('is deterministic: the same input gives the same result', () => {
    fc.assert(
      fc.property(pytorchJob, options, (job, opts) => {
        const convertOptions = { ...DEFAULT_CONVERT_OPTIONS, ...opts };
        expect(convertPyTorchJob(job, convertOptions)).toEqual(convertPyTorchJob(job, convertOptions));
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on arbitrary JSON shaped like a PyTorchJob', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (spec, metadata) => {
        const job = { apiVersion: 'kubeflow.org/v1', kind: 'PyTorchJob', metadata, spec };
        const result = convertPyTorchJob(job, DEFAULT_CONVERT_OPTIONS);
        expect(['converted', 'needs-review']).toContain(result.status);
        expect(result.accounting.map((entry) => pathKey(entry.path)).sort()).toEqual(
          leafPaths(job).map(pathKey).sort(),
        );
      }),
      { numRuns: 300 },
    );
  });
});
