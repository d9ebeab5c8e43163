/**
 * On generated PyTorchJobs (cases nobody wrote by hand), every job the engine converts — for each
 * Trainer release, plain and with generated runtimes — renders pods equivalent to its PyTorchJob's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertPyTorchJob } from '../../../src/convert/convert.js';
import { checkEquivalence } from '../../../src/convert/pods/index.js';
import { DEFAULT_CONVERT_OPTIONS, type TrainerVersion } from '../../../src/model/conversion.js';
import { buildGeneratedRuntime } from '../../../src/runtimes/build.js';
import { generatedRuntimeName } from '../../../src/runtimes/name.js';
import { pytorchJobArbitrary } from '../../helpers/pytorchjob-arbitrary.js';

describe('generated jobs', () => {
  it('every converted job runs the same processes as its PyTorchJob', () => {
    let converted = 0;
    fc.assert(
      fc.property(
        pytorchJobArbitrary,
        fc.constantFrom<TrainerVersion>('2.0', '2.1', '2.2', '2.3'),
        fc.boolean(),
        fc.constantFrom('replace' as const, 'side-by-side' as const),
        (job, release, generate, strategy) => {
          let runtime: Record<string, unknown> | undefined;
          const result = convertPyTorchJob(job, {
            ...DEFAULT_CONVERT_OPTIONS,
            trainerVersion: release,
            strategy,
            ...(generate && {
              runtimeForSettings: (settings) => {
                const name = generatedRuntimeName(settings);
                runtime = buildGeneratedRuntime(name, settings);
                return name;
              },
            }),
          });
          if (result.status !== 'converted') return;
          converted += 1;
          const comparison = checkEquivalence(job, result.trainJob, { release, runtime });
          expect(comparison.differences).toEqual([]);
        },
      ),
      { numRuns: 1000, seed: 11 },
    );
    expect(converted).toBeGreaterThan(30);
  });
});
