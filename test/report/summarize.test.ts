import { describe, expect, it } from 'vitest';
import type { JobReport } from '../../src/model/report.js';
import { fileStatusOf, needsAttention, summarize } from '../../src/report/summarize.js';
import { sampleFiles } from './sample-report.js';

const job = (status: JobReport['status']): JobReport => ({
  name: `job-${status}`,
  line: 1,
  status,
  linesBefore: 10,
  linesAfter: 8,
  findings: [],
});

describe('summarize', () => {
  it('counts files, jobs per status and failures of files and inputs', () => {
    const summary = summarize(sampleFiles(), [
      { input: '.', status: 'ok' },
      { input: 'https://example.com/gone.git', status: 'error', error: 'cannot clone' },
    ]);
    expect(summary).toEqual({
      files: 4,
      filesWithJobs: 2,
      jobs: 2,
      converted: 1,
      needsReview: 1,
      skipped: 0,
      errors: 2,
    });
  });

  it('needs attention for a review or an error, not for clean conversions or skips', () => {
    const base = { files: 1, filesWithJobs: 1, jobs: 1, converted: 1, needsReview: 0, skipped: 1, errors: 0 };
    expect(needsAttention(base)).toBe(false);
    expect(needsAttention({ ...base, needsReview: 1 })).toBe(true);
    expect(needsAttention({ ...base, errors: 1 })).toBe(true);
  });
});

describe('fileStatusOf', () => {
  it('puts errors and reviews before conversions', () => {
    expect(fileStatusOf({ jobs: [job('converted')], error: { message: 'bad' } }, true)).toBe('error');
    expect(fileStatusOf({ jobs: [job('converted'), job('needs-review')] }, true)).toBe('needs-review');
    expect(fileStatusOf({ jobs: [job('converted')] }, true)).toBe('converted');
    expect(fileStatusOf({ jobs: [job('skipped')] }, false)).toBe('skipped');
    expect(fileStatusOf({ jobs: [] }, false)).toBe('unchanged');
  });
});
