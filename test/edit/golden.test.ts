/**
 * Golden cases: each `fixtures/cases/<name>/` holds an input, the exact expected output, and
 * optionally `options.json` (conversion options that differ from the defaults). Set UPDATE_GOLDEN=1
 * to write missing expected files for review.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewriteFile } from '../../src/edit/rewrite.js';
import { type ConvertOptions, DEFAULT_CONVERT_OPTIONS } from '../../src/model/conversion.js';
import { validatorFor } from '../helpers/crds.js';
import { fixturesDir, requireShared } from '../helpers/shared.js';

const casesDir = join(fixturesDir, 'cases');
const cases = readdirSync(casesDir).sort();

function loadCase(name: string) {
  const dir = join(casesDir, name);
  const inputName = readdirSync(dir).find((f) => f.startsWith('input.')) as string;
  const ext = inputName.slice('input.'.length);
  const optionsFile = join(dir, 'options.json');
  const overrides = existsSync(optionsFile)
    ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Partial<ConvertOptions>)
    : {};
  const options = { ...DEFAULT_CONVERT_OPTIONS, ...overrides };
  return {
    inputPath: `${name}/${inputName}`,
    input: readFileSync(join(dir, inputName), 'utf8'),
    expectedFile: join(dir, `expected.${ext}`),
    options,
  };
}

describe('golden cases', () => {
  it('has the cases the rewrite promises', () => {
    for (const required of [
      'indent-4',
      'seq-indentless',
      'crlf',
      'bom',
      'list',
      'json',
      'anchors',
      'helm',
      'side-by-side',
      'flow-container',
      'flow-pod-spec',
      'flow-comments',
      'block-scalar-indicators',
      'quoted-values',
      'anchors-and-tags',
    ]) {
      expect(cases).toContain(required);
    }
  });

  for (const name of cases) {
    it(name, () => {
      if (!requireShared()) return;
      const { inputPath, input, expectedFile, options } = loadCase(name);
      const validate = validatorFor(options.trainerVersion);
      const result = rewriteFile(inputPath, input, { ...options, validate });
      const output = result.newText ?? input;
      if (!existsSync(expectedFile) && process.env.UPDATE_GOLDEN === '1') writeFileSync(expectedFile, output);
      const expected = readFileSync(expectedFile, 'utf8');
      expect(output).toBe(expected);
      for (const job of result.jobs) {
        expect(job.status, `${job.name}: ${job.findings.map((f) => f.message).join('; ')}`).not.toBe('error');
      }
      // A second run over the output has nothing left to do.
      const again = rewriteFile(inputPath, output, { ...options, validate });
      expect(again.newText).toBeUndefined();
      expect(again.jobs.filter((j) => j.status === 'converted')).toEqual([]);
    });
  }
});
