/**
 * Every PyTorchJob in the real-world corpus (read in place) either converts to a TrainJob that the
 * real CRD accepts, or is needs-review with a named reason.
 */
import { describe, expect, it } from 'vitest';
import { convertPyTorchJob } from '../../src/convert/convert.js';
import { isPyTorchJob } from '../../src/convert/recognise.js';
import {
  type ConversionResult,
  DEFAULT_CONVERT_OPTIONS,
  type TrainerVersion,
} from '../../src/model/conversion.js';
import { readCorpus } from '../helpers/corpus.js';
import { validatorFor } from '../helpers/crds.js';
import { requireShared } from '../helpers/shared.js';

function tally(results: ConversionResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const bump = (key: string): void => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  for (const result of results) {
    bump(`status ${result.status}`);
    for (const code of new Set(result.findings.map((finding) => `${finding.severity} ${finding.code}`)))
      bump(code);
  }
  return counts;
}

describe.runIf(requireShared())('real-world corpus', () => {
  const corpus = readCorpus();

  it('finds PyTorchJobs in the corpus, including nested ones', () => {
    expect(corpus.documents.length).toBeGreaterThan(100);
    expect(corpus.documents.some((doc) => doc.where.includes('<string>'))).toBe(true);
    expect(corpus.documents.some((doc) => doc.where.includes('trialSpec'))).toBe(true);
  });

  it.each(['2.3', '2.1'] as TrainerVersion[])(
    'Trainer %s: each job converts to a CRD-valid TrainJob or needs review with a named reason',
    (version) => {
      const validate = validatorFor(version);
      const options = { ...DEFAULT_CONVERT_OPTIONS, trainerVersion: version };
      const results: ConversionResult[] = [];
      for (const doc of corpus.documents) {
        const result = convertPyTorchJob(doc.object, options);
        results.push(result);
        const where = `${doc.file} ${doc.where}`;
        if (result.status === 'converted') {
          expect(validate(result.trainJob!), where).toEqual([]);
          expect(
            result.findings.filter((finding) => finding.severity === 'error'),
            where,
          ).toEqual([]);
        } else if (result.status === 'needs-review') {
          expect(result.trainJob, where).toBeUndefined();
          const reasons = result.findings.filter((finding) => finding.severity === 'error');
          expect(reasons.length, where).toBeGreaterThan(0);
          for (const reason of reasons) expect(reason.message.length, where).toBeGreaterThan(20);
        } else {
          // PyTorchJob kinds of other API groups are not ours.
          expect(isPyTorchJob(doc.object), where).toBe(false);
        }
      }
      for (const other of corpus.others) results.push(convertPyTorchJob(other, options));
      const counts = tally(results);
      console.log(
        `Trainer ${version}: ${corpus.documents.length} PyTorchJob-kind objects, ${corpus.others.length} other documents, ${corpus.unparsable.length} templated files that do not parse\n` +
          Object.entries(counts)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([key, count]) => `  ${key.padEnd(46)} ${count}`)
            .join('\n'),
      );
      expect(counts['status converted']).toBeGreaterThan(0);
      expect(counts['status needs-review']).toBeGreaterThan(0);
      expect(counts['status not-applicable']).toBeGreaterThan(0);
    },
  );
});
