import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileReport, Report } from '../../src/model/report.js';
import { DEFAULT_MIGRATION_OPTIONS } from '../../src/options.js';
import { contentHash, readMarker, renderMarker } from '../../src/publish/marker.js';
import { fenceFor, lineChange, renderMarkdown } from '../../src/report/markdown.js';
import { migrateDirectory } from '../../src/run.js';
import { writeFiles } from '../helpers/git-repo.js';
import { requireShared } from '../helpers/shared.js';
import { seedPyTorchJobs } from './stage.js';

function report(files: FileReport[], options: Record<string, unknown> = { strategy: 'replace' }): Report {
  const jobs = files.flatMap((f) => f.jobs);
  return {
    tool: { name: 'trainjob-migrate', version: '0.1.0' },
    options,
    summary: {
      files: files.length,
      filesWithJobs: files.filter((f) => f.jobs.length > 0).length,
      jobs: jobs.length,
      converted: jobs.filter((j) => j.status === 'converted').length,
      needsReview: jobs.filter((j) => j.status === 'needs-review').length,
      skipped: jobs.filter((j) => j.status === 'skipped').length,
      errors: 0,
    },
    inputs: [{ input: '.', status: 'ok' }],
    files,
  };
}

const convertedFile = (path: string, diffLines: number, name = 'train'): FileReport => ({
  path,
  kind: 'yaml',
  status: 'converted',
  jobs: [
    {
      name,
      line: 1,
      status: 'converted',
      numNodes: 2,
      runtime: 'torch-distributed',
      linesBefore: 30,
      linesAfter: 15,
      findings: [],
    },
  ],
  diff: `--- a/${path}\n+++ b/${path}\n@@ -1 +1 @@\n${Array.from({ length: diffLines }, (_, i) => `-old ${i}\n+new ${i}`).join('\n')}\n`,
});

/** The markdown table rows of the section that starts with `heading`. */
function tableRows(markdown: string, heading: string): string[][] {
  const section = markdown.split(heading)[1]?.split('\n### ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe('the PR body from a real migration of the seed report’s jobs', () => {
  it('counts, links and measures the converted jobs the way the seed report does', async () => {
    if (!requireShared()) return;
    const dir = await mkdtemp(join(tmpdir(), 'trainjob-migrate-body-'));
    try {
      const [single, distributed] = await seedPyTorchJobs();
      await writeFiles(dir, { 'jobs/single.yaml': single ?? '', 'jobs/distributed.yaml': distributed ?? '' });
      const { report: migrated } = await migrateDirectory(dir, DEFAULT_MIGRATION_OPTIONS, {
        write: false,
        withDiffs: true,
      });
      const body = renderMarkdown(migrated, {
        title: 'Migrate',
        fileLink: (path, line) => `https://github.com/acme/gitops/blob/bot/${path}#L${line}`,
        marker: renderMarker('a'.repeat(64)),
      });
      expect(body.startsWith('## Migrate\n')).toBe(true);
      expect(body).toContain('2 files, 2 PyTorchJobs: 2 converted, 0 need review, 0 skipped, 0 errors.');
      // A dry run says what would happen, never that files were rewritten.
      expect(body).toContain('Dry run, nothing was written');
      expect(body).not.toMatch(/were rewritten|was rewritten/);
      const rows = tableRows(body, '### Jobs');
      expect(rows.map((r) => [r[1], r[2]])).toEqual([
        ['pytorch-simple-cpu', 'converted'],
        ['pytorch-single-node', 'converted'],
      ]);
      expect(rows[0]?.[0]).toBe(
        '[jobs/distributed.yaml:1](https://github.com/acme/gitops/blob/bot/jobs/distributed.yaml#L1)',
      );
      expect(rows[0]?.[3]).toMatch(
        /^would be rewritten as a TrainJob, 3 nodes, runtime `torch-distributed`; \d+ → \d+ lines \(\d+% (fewer|more)\)$/,
      );
      const written = renderMarkdown(migrated, { written: true });
      expect(written).toContain('The converted PyTorchJobs were rewritten in place');
      expect(tableRows(written, '### Jobs')[1]?.[3]).toMatch(/^rewritten as a TrainJob, 1 node,/);
      expect(body).toContain('<details><summary><code>jobs/distributed.yaml</code>');
      expect(body).toMatch(/```diff\n--- a\/jobs\/distributed.yaml/);
      expect(body).toContain('ClusterTrainingRuntime `torch-distributed`');
      expect(body).toMatch(/runtimes\.defaultEnabled: false/);
      expect(body).toMatch(
        /pruning on .* each PyTorchJob is deleted, which stops a training that is still running/,
      );
      expect(body).toContain('`--strategy side-by-side`');
      expect(readMarker(body)).toBe('a'.repeat(64));
      expect(body.trimEnd().endsWith(renderMarker('a'.repeat(64)))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('renderMarkdown', () => {
  it('states line savings like the seed report (32 → 22 is 31%, 46 → 25 is 46%)', () => {
    expect(lineChange(32, 22)).toBe('32 → 22 lines (31% fewer)');
    expect(lineChange(46, 25)).toBe('46 → 25 lines (46% fewer)');
    expect(lineChange(10, 12)).toBe('10 → 12 lines (20% more)');
  });

  it('drops the largest diffs first to stay under the budget, says which, and keeps the marker', () => {
    const files = [
      convertedFile('big.yaml', 2000),
      convertedFile('small.yaml', 5),
      convertedFile('medium.yaml', 300),
    ];
    const marker = renderMarker('b'.repeat(64));
    const full = renderMarkdown(report(files), { marker });
    const budget = full.length - 2000 * 16;
    const body = renderMarkdown(report(files), { marker, maxLength: budget });
    expect(body.length).toBeLessThanOrEqual(budget);
    expect(body).not.toContain('<code>big.yaml</code>');
    expect(body).toContain('<code>small.yaml</code>');
    expect(body).toContain('<code>medium.yaml</code>');
    expect(body).toMatch(/Left out to stay under the .*limit: the diffs of `big.yaml`/);
    expect(readMarker(body)).toBe('b'.repeat(64));
  });

  it('drops the job table after every diff, and always fits GitHub’s 65,536 characters', () => {
    const files = Array.from({ length: 900 }, (_, i) =>
      convertedFile(`apps/team-${i}/job.yaml`, 40, `job-${i}`),
    );
    const marker = renderMarker('c'.repeat(64));
    const body = renderMarkdown(report(files), { marker, maxLength: 65_536 });
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).not.toContain('<details>');
    expect(body).not.toContain('### Jobs');
    expect(body).toMatch(/Left out to stay under the 65,536-character limit: .*the table of jobs/);
    expect(body).toContain('900 files, 900 PyTorchJobs: 900 converted');
    expect(readMarker(body)).toBe('c'.repeat(64));
  });

  it('keeps table cells in their column when names hold pipes and backticks', () => {
    const file = convertedFile('odd|name`.yaml', 1, 'a|b`c');
    const body = renderMarkdown(report([file]));
    const [row] = tableRows(body, '### Jobs');
    expect(row).toHaveLength(4);
    expect(row?.[0]).toBe('odd\\|name\\`.yaml:1');
    expect(row?.[1]).toBe('a\\|b\\`c');
  });

  it('fences a diff with more backticks than any run inside it, so file content cannot close the fence', () => {
    const file = convertedFile('doc.yaml', 1);
    file.diff = '--- a/doc.yaml\n+++ b/doc.yaml\n@@ -1 +1 @@\n-x: 1\n+note: |\n+  ```````\n+  </details>\n';
    const body = renderMarkdown(report([file]));
    expect(fenceFor(file.diff)).toBe('````````');
    const fence = '````````';
    const start = body.indexOf(`${fence}diff\n`);
    const end = body.indexOf(`\n${fence}\n`, start);
    expect(start).toBeGreaterThan(0);
    expect(body.slice(start, end)).toContain('</details>');
    expect(body.slice(end)).toMatch(/^\n````````\n\n<\/details>/);
  });

  it('groups findings by cause with the jobs affected and one action, and the side-by-side note for that strategy', () => {
    const review: FileReport = {
      path: 'elastic.yaml',
      kind: 'yaml',
      status: 'needs-review',
      jobs: [
        {
          name: 'elastic-train',
          line: 4,
          status: 'needs-review',
          linesBefore: 40,
          linesAfter: 40,
          findings: [
            {
              severity: 'error',
              code: 'ELASTIC_POLICY',
              message: 'elasticPolicy has no TrainJob field: set a fixed numNodes',
              path: 'spec.elasticPolicy',
            },
          ],
        },
      ],
    };
    const second = structuredClone(review);
    second.path = 'elastic-2.yaml';
    second.jobs[0]!.name = 'elastic-two';
    const body = renderMarkdown(
      report([convertedFile('ok.yaml', 1), review, second], { strategy: 'side-by-side' }),
    );
    expect(tableRows(body, '### Jobs')[1]).toEqual([
      'elastic.yaml:4',
      'elastic-train',
      'needs review',
      'left as it is: `ELASTIC_POLICY`',
    ]);
    // One entry for the cause, however many jobs it holds back, with the rule's one action.
    expect(body.match(/\*\*`ELASTIC_POLICY`\*\*/g)).toHaveLength(1);
    expect(body).toContain(
      '- **`ELASTIC_POLICY`** (blocks conversion), 2 jobs: `elastic-train`, `elastic-two`.\n  Elastic training has no TrainJob equivalent',
    );
    expect(body).toMatch(
      /<details><summary>Each finding<\/summary>\n\n {2}- elastic\.yaml:4 \*\*elastic-train\*\*: elasticPolicy has no TrainJob field: set a fixed numNodes \(`spec\.elasticPolicy`\)/,
    );
    expect(body).toMatch(/\*\*Side by side\.\*\* The PyTorchJobs stay/);
    expect(body).not.toMatch(/Merging deletes the PyTorchJobs/);
  });
});

describe('the content-hash marker', () => {
  it('depends on paths and contents, not on their order', () => {
    const a = { path: 'a.yaml', content: 'kind: TrainJob\n' };
    const b = { path: 'b.yaml', content: 'kind: TrainJob\n' };
    expect(contentHash([a, b])).toBe(contentHash([b, a]));
    expect(contentHash([a, b])).not.toBe(contentHash([a, { ...b, content: 'kind: TrainJob\n# edited\n' }]));
    expect(contentHash([{ path: 'ab', content: 'c' }])).not.toBe(contentHash([{ path: 'a', content: 'bc' }]));
    expect(readMarker(`text\n${renderMarker(contentHash([a]))}\n`)).toBe(contentHash([a]));
    expect(readMarker('a body some person wrote')).toBeUndefined();
  });
});
