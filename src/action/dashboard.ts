/**
 * The Action's dashboard steps: every run writes its repository's entry (for the job after an
 * org-wide matrix); `dashboard: true` keeps one issue in the repository itself; `dashboard-from`
 * makes the step write the fan-out's one issue from all the entries, and nothing else.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DashboardEntry, dashboardEntry } from '../dashboard/entry.js';
import { createIssuePort } from '../dashboard/issue-port.js';
import { type DashboardResult, publishDashboard } from '../dashboard/publish.js';
import { ENTRY_FILE_NAME, readDashboardEntries } from '../dashboard/read-entries.js';
import type { Report } from '../model/report.js';
import type { Masker } from '../publish/token.js';
import type { ActionSettings } from './inputs.js';

/** Marker keys: a repository's own dashboard and a fan-out's are different issues. */
const REPOSITORY_KEY = 'repository';
const FAN_OUT_KEY = 'fan-out';

const slug = (settings: ActionSettings): string => `${settings.repository.owner}/${settings.repository.repo}`;

/** Writes the entry under `dir` (its own folder, ready for actions/upload-artifact); returns its path. */
export async function writeDashboardEntry(
  settings: ActionSettings,
  report: Report,
  dir: string,
): Promise<{ path: string; entry: DashboardEntry }> {
  const entry = dashboardEntry(slug(settings), report);
  const folder = join(dir, 'trainjob-migrate-dashboard');
  await mkdir(folder, { recursive: true });
  const path = join(folder, ENTRY_FILE_NAME);
  await writeFile(path, `${JSON.stringify(entry, null, 2)}\n`);
  return { path, entry };
}

function issuePort(
  settings: ActionSettings,
  mask: Masker,
  warn: (message: string) => void,
  target = settings.dashboard.repository,
) {
  return createIssuePort({ token: settings.token, apiUrl: settings.apiUrl, mask, warn, ...target });
}

/** The repository's own dashboard issue (`dashboard: true`). */
export function publishRepositoryDashboard(
  settings: ActionSettings,
  entry: DashboardEntry,
  mask: Masker,
  warn: (message: string) => void,
): Promise<DashboardResult> {
  return publishDashboard(
    [entry],
    { title: settings.dashboard.title, key: REPOSITORY_KEY },
    issuePort(settings, mask, warn, settings.repository),
  );
}

/** The fan-out's one dashboard issue, from the entries under `dashboard-from`. */
export async function publishFanOutDashboard(
  settings: ActionSettings,
  from: string,
  mask: Masker,
  log: { info: (message: string) => void; warn: (message: string) => void },
): Promise<DashboardResult & { repositories: number }> {
  const { entries, skipped } = await readDashboardEntries(from);
  for (const note of skipped) log.warn(note);
  const result = await publishDashboard(
    entries,
    { title: settings.dashboard.title, key: FAN_OUT_KEY },
    issuePort(settings, mask, log.warn),
  );
  return { ...result, repositories: entries.length };
}
