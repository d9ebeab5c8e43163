import { describe, expect, it } from 'vitest';
import { renderText, summaryLine } from '../../src/report/text.js';
import { sampleReport } from './sample-report.js';

const ESC = '\u001b[';
const plain = { color: false, quiet: false, showDiffs: true, dryRun: true };

describe('renderText', () => {
  it('lists each file with its jobs, the findings and the closing summary line', () => {
    const text = renderText(sampleReport(), plain);
    expect(text).toContain('clusters/cpu/pytorch-simple-cpu.yaml\n  ✔ pytorch-simple-cpu (ml) at line 1');
    expect(text).toContain('→ TrainJob, numNodes 3, runtime torch-distributed');
    expect(text).toContain('  ! elastic-train at line 5, replicas Worker 4 needs review');
    expect(text).toContain('    - [ELASTIC_POLICY] elasticPolicy has no TrainJob equivalent');
    expect(text).toContain('  - skipped: Helm template');
    expect(text).toContain(
      'could not process the file: Nested mappings are not allowed in compact mappings (line 3, column 7)',
    );
    expect(text.trimEnd().split('\n')).toContain(
      '4 files, 2 PyTorchJobs: 1 converted, 1 need review, 0 skipped, 1 error',
    );
  });

  it('shows the diff in dry runs, without ANSI codes unless colour is on', () => {
    const text = renderText(sampleReport(), plain);
    expect(text).toContain('\n-kind: PyTorchJob\n');
    expect(text).toContain('\n+kind: TrainJob\n');
    expect(text).not.toContain(ESC);
    const colored = renderText(sampleReport(), { ...plain, color: true });
    expect(colored).toContain(`${ESC}31m-kind: PyTorchJob${ESC}39m`);
    expect(colored).toContain(`${ESC}32m+kind: TrainJob${ESC}39m`);
  });

  it('leaves the diff out when not asked and prints only problems when quiet', () => {
    expect(renderText(sampleReport(), { ...plain, showDiffs: false })).not.toContain('+kind: TrainJob');
    const quiet = renderText(sampleReport(), { ...plain, quiet: true });
    expect(quiet).not.toContain('pytorch-simple-cpu');
    expect(quiet).toContain('elastic-train');
    expect(quiet).toContain('broken.yaml');
  });

  it('reports a failed input with its reason', () => {
    const report = sampleReport(
      [],
      [{ input: 'https://example.com/gone.git', status: 'error', error: 'cannot clone it' }],
    );
    expect(renderText(report, plain)).toContain('✖ https://example.com/gone.git: cannot clone it');
  });
});

describe('summaryLine', () => {
  it('uses singular words for one', () => {
    expect(
      summaryLine({
        files: 1,
        filesWithJobs: 1,
        jobs: 1,
        converted: 1,
        needsReview: 0,
        skipped: 0,
        errors: 0,
      }),
    ).toBe('1 file, 1 PyTorchJob: 1 converted, 0 need review, 0 skipped, 0 errors');
  });
});
