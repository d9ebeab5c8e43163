/**
 * The migration dashboard against the GitHub stand-in (every request and response checked against
 * GitHub's OpenAPI description): one issue, created once and then edited in place, never duplicated;
 * the body stays under GitHub's limit however many repositories and held jobs there are.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type DashboardEntry, dashboardEntry } from '../../src/dashboard/entry.js';
import { createIssuePort } from '../../src/dashboard/issue-port.js';
import { publishDashboard } from '../../src/dashboard/publish.js';
import { ENTRY_FILE_NAME, readDashboardEntries } from '../../src/dashboard/read-entries.js';
import { dashboardMarker, MAX_ISSUE_BODY_LENGTH, renderDashboard } from '../../src/dashboard/render.js';
import { DEFAULT_MIGRATION_OPTIONS } from '../../src/options.js';
import { migrateDirectory } from '../../src/run.js';
import { type GitHubStandIn, startGitHubStandIn } from '../helpers/github-stand-in.js';
import { fixturesDir, requireShared } from '../helpers/shared.js';

const TOKEN = 'ghs_dashboardToken_Qm2Lp0Rt7Vw3';
let github: GitHubStandIn | undefined;
const cleanup: string[] = [];

afterEach(async () => {
  if (github) {
    expect(github.problems()).toEqual([]);
    await github.close();
  }
  github = undefined;
  for (const dir of cleanup.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** The demo repository's real report, as a matrix job would publish it. */
async function demoEntry(repository: string): Promise<DashboardEntry> {
  const dir = await mkdtemp(join(tmpdir(), 'dashboard-demo-'));
  cleanup.push(dir);
  await cp(join(fixturesDir, 'demo-gitops'), dir, { recursive: true });
  const { report } = await migrateDirectory(dir, DEFAULT_MIGRATION_OPTIONS, {
    write: false,
    withDiffs: false,
  });
  return dashboardEntry(repository, {
    ...report,
    pullRequest: { operation: 'created', number: 7, url: `https://github.com/${repository}/pull/7` },
  });
}

const entry = (repository: string, held: number, reason = 'needs a person'): DashboardEntry => ({
  version: 1,
  repository,
  found: held + 2,
  converted: 2,
  held,
  errors: 0,
  pullRequest: { operation: 'updated', number: 3, url: `https://github.com/${repository}/pull/3` },
  heldJobs: Array.from({ length: held }, (_, i) => ({
    file: `jobs/job-${i}.yaml`,
    line: 1,
    name: `job-${i}`,
    reasons: [reason, `${reason} (second finding)`],
  })),
  failedFiles: [],
});

describe('the migration dashboard issue', () => {
  it('is created once, left alone when nothing changed, then edited in place; never duplicated', async () => {
    if (!requireShared()) return;
    github = await startGitHubStandIn({ token: TOKEN, owner: 'acme', repo: 'platform' });
    const port = createIssuePort({
      token: TOKEN,
      owner: 'acme',
      repo: 'platform',
      apiUrl: github.apiUrl,
      paceWrites: false,
    });
    await port.create('Unrelated', 'Some other issue');
    const params = { title: 'Kubeflow Trainer v2 migration dashboard', key: 'fan-out' };
    const demo = await demoEntry('acme/gitops');
    expect(demo).toMatchObject({ found: 5, converted: 3, held: 1 });
    expect(demo.heldJobs.map((job) => job.name)).toEqual(['elastic-imagenet']);

    const first = await publishDashboard([demo, entry('acme/ml-jobs', 0)], params, port);
    expect(first).toMatchObject({ operation: 'created', number: 2 });
    const body = github.issues[1]?.body ?? '';
    expect(body).toContain(dashboardMarker('fan-out'));
    expect(body).toContain(
      '| acme/gitops | 5 | 3 | 1 | 0 | held | [#7](https://github.com/acme/gitops/pull/7) |',
    );
    expect(body).toMatch(
      /### acme\/gitops\n\n- `apps\/training\/elastic-imagenet\.yaml:\d+` \*\*elastic-imagenet\*\*\n {2}- /,
    );

    const writes = github.writes().length;
    expect(await publishDashboard([entry('acme/ml-jobs', 0), demo], params, port)).toMatchObject({
      operation: 'none',
      number: 2,
    });
    expect(github.writes()).toHaveLength(writes);

    // A person closed it; the next run with news edits and reopens the same issue.
    await port.update(2, { title: params.title, body, state: 'open' });
    github.issues[1]!.state = 'closed';
    const third = await publishDashboard([demo, entry('acme/ml-jobs', 1)], params, port);
    expect(third).toMatchObject({ operation: 'updated', number: 2 });
    expect(github.issues).toHaveLength(2);
    expect(github.issues[1]).toMatchObject({ state: 'open' });
    expect(github.issues[1]?.body).toContain('| acme/ml-jobs | 3 | 2 | 1 | 0 | held |');
    expect(github.writes().map((r) => r.operationId)).toEqual([
      'issues/create',
      'issues/create',
      'issues/update',
      'issues/update',
    ]);
  });

  it('stays under 65,536 characters with hundreds of repositories, keeping every row and the marker', () => {
    const entries = Array.from({ length: 400 }, (_, i) => entry(`acme/repo-${i}`, 20, 'x'.repeat(300)));
    const body = renderDashboard(entries, { title: 'Dashboard', key: 'fan-out' });
    expect(body.length).toBeLessThanOrEqual(MAX_ISSUE_BODY_LENGTH);
    expect(body.startsWith(dashboardMarker('fan-out'))).toBe(true);
    for (const e of entries) expect(body).toContain(`| ${e.repository} |`);
    expect(body).toMatch(/left out to fit GitHub's size limit/);
    // Small dashboards keep every reason.
    const small = renderDashboard([entry('acme/a', 2)], { title: 'Dashboard', key: 'k' });
    expect(small).toContain('needs a person (second finding)');
  });

  it('reads the matrix jobs’ entries from downloaded artifact folders, one per repository', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dashboard-entries-'));
    cleanup.push(dir);
    for (const [folder, value] of [
      ['trainjob-migrate-0', entry('acme/a', 1)],
      ['trainjob-migrate-1', entry('acme/b', 0)],
      ['trainjob-migrate-2', { not: 'an entry' }],
    ] as const) {
      await mkdir(join(dir, folder));
      await writeFile(join(dir, folder, ENTRY_FILE_NAME), JSON.stringify(value));
    }
    const { entries, skipped } = await readDashboardEntries(dir);
    expect(entries.map((e) => e.repository).sort()).toEqual(['acme/a', 'acme/b']);
    expect(skipped).toEqual([expect.stringMatching(/trainjob-migrate-2.*not a dashboard entry/)]);
    await expect(readDashboardEntries(join(dir, 'missing'))).rejects.toThrow(
      /cannot read the results folder/,
    );
  });
});
