/**
 * Every value a conversion carries keeps its source text, on the real-world corpus read in place:
 * for each converted job (default options, and with generated runtimes), each carried value's node
 * type and style in the TrainJob equal those in the PyTorchJob, all the way down, with the same value
 * and the same comments inside. Values written out instead must each carry a VALUE_RESTYLED finding.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rewriteFile } from '../../src/edit/rewrite.js';
import type { RewriteOptions } from '../../src/edit/types.js';
import { DEFAULT_CONVERT_OPTIONS } from '../../src/model/conversion.js';
import { generatedRuntimeName } from '../../src/runtimes/name.js';
import { checkCarriedText, emptyTally } from '../helpers/carried-text.js';
import { corpusFiles } from '../helpers/corpus-files.js';
import { requireShared, sharedPath } from '../helpers/shared.js';

const runs: [string, RewriteOptions][] = [
  ['default options', { ...DEFAULT_CONVERT_OPTIONS }],
  ['generated runtimes', { ...DEFAULT_CONVERT_OPTIONS, runtimeForSettings: generatedRuntimeName }],
];

describe('carried values keep their source text (real-world corpus)', () => {
  for (const [label, options] of runs) {
    it(label, () => {
      if (!requireShared()) return;
      const tally = emptyTally();
      let jobs = 0;
      for (const file of corpusFiles()) {
        const input = readFileSync(sharedPath('corpus', 'real-world', file), 'utf8');
        const result = rewriteFile(file, input, options);
        if (result.newText === undefined) continue;
        jobs += result.jobs.filter((j) => j.status === 'converted').length;
        checkCarriedText(file, input, result.newText, result.jobs, tally);
      }
      console.log(
        `carried text, ${label}: ${jobs} converted jobs, ${tally.values} carried values (${tally.nodes} nodes) checked, ${tally.restyled} written out instead and reported`,
      );
      expect(tally.problems).toEqual([]);
      expect(jobs).toBeGreaterThan(20);
      expect(tally.values).toBeGreaterThan(100);
    });
  }
});
