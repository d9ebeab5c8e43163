/**
 * The dashboard issue's body: a table of repositories (jobs found, converted, held, the pull
 * request), then what is held and why, per repository. Kept under GitHub's 65,536-character limit by
 * shortening the details first; the table and the marker always stay.
 */
import type { DashboardEntry } from './entry.js';

export const MAX_ISSUE_BODY_LENGTH = 65_536;
export const DEFAULT_TITLE = 'Kubeflow Trainer v2 migration dashboard';

/** Hidden in the body; finds the issue again. `key` tells dashboards in one repository apart. */
export const dashboardMarker = (key: string): string => `<!-- trainjob-migrate:dashboard=${key} -->`;

const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

function pullCell(entry: DashboardEntry): string {
  const pull = entry.pullRequest;
  if (!pull) return '—';
  if (pull.number !== undefined && pull.url) {
    const state = pull.operation === 'closed' ? ' (closed: nothing left)' : '';
    return `[#${pull.number}](${pull.url})${state}`;
  }
  return pull.reason ? cell(pull.reason) : '—';
}

function status(entry: DashboardEntry): string {
  if (entry.errors > 0) return 'errors';
  if (entry.found === 0) return 'nothing to migrate';
  if (entry.held > 0) return 'held';
  if (entry.converted === entry.found) return 'converted';
  return 'partly';
}

function table(entries: readonly DashboardEntry[]): string[] {
  const totals = entries.reduce(
    (sum, e) => ({
      found: sum.found + e.found,
      converted: sum.converted + e.converted,
      held: sum.held + e.held,
    }),
    { found: 0, converted: 0, held: 0 },
  );
  return [
    `${entries.length} repositor${entries.length === 1 ? 'y' : 'ies'}: ${totals.found} PyTorchJobs found, ${totals.converted} converted, ${totals.held} held for review.`,
    '',
    '| Repository | Found | Converted | Held | Errors | Status | Pull request |',
    '| --- | ---: | ---: | ---: | ---: | --- | --- |',
    ...entries.map(
      (e) =>
        `| ${cell(e.repository)} | ${e.found} | ${e.converted} | ${e.held} | ${e.errors} | ${status(e)} | ${pullCell(e)} |`,
    ),
  ];
}

/** The held jobs of one repository; `reasonsPerJob` 0 lists the jobs without their reasons. */
function details(entry: DashboardEntry, reasonsPerJob: number): string[] {
  if (entry.heldJobs.length === 0 && entry.failedFiles.length === 0) return [];
  const lines = [`### ${entry.repository}`, ''];
  for (const job of entry.heldJobs) {
    lines.push(`- \`${job.file}:${job.line}\` **${cell(job.name)}**`);
    for (const reason of job.reasons.slice(0, reasonsPerJob)) lines.push(`  - ${cell(reason)}`);
    if (reasonsPerJob > 0 && job.reasons.length > reasonsPerJob)
      lines.push(`  - …and ${job.reasons.length - reasonsPerJob} more (see the pull request)`);
  }
  for (const failed of entry.failedFiles)
    lines.push(`- \`${failed.file}\` could not be read: ${cell(failed.message)}`);
  lines.push('');
  return lines;
}

export interface DashboardRenderOptions {
  title: string;
  key: string;
  maxLength?: number;
}

/** Entries are sorted by repository so the body only changes when the results do. */
export function renderDashboard(entries: readonly DashboardEntry[], options: DashboardRenderOptions): string {
  const max = options.maxLength ?? MAX_ISSUE_BODY_LENGTH;
  const sorted = [...entries].sort((a, b) => a.repository.localeCompare(b.repository));
  const head = [
    dashboardMarker(options.key),
    `# ${options.title}`,
    '',
    'Updated by trainjob-migrate on every run. Each repository gets one pull request; jobs that cannot be converted exactly are held, with the reason.',
    '',
    ...table(sorted),
    '',
  ];
  const withDetails = (reasons: number, upTo: number): string => {
    const held = sorted.slice(0, upTo).flatMap((entry) => details(entry, reasons));
    const left = sorted.slice(upTo).filter((e) => e.heldJobs.length > 0 || e.failedFiles.length > 0).length;
    const note =
      left > 0
        ? [
            `_The held jobs of ${left} more repositor${left === 1 ? 'y are' : 'ies are'} left out to fit GitHub's size limit; see their pull requests._`,
            '',
          ]
        : [];
    const section = held.length > 0 || note.length > 0 ? ['## Held for review', '', ...held, ...note] : [];
    return [...head, ...section].join('\n');
  };
  for (const reasons of [Number.POSITIVE_INFINITY, 3, 1, 0]) {
    const body = withDetails(reasons, sorted.length);
    if (body.length <= max) return body;
  }
  // Fewer repositories' details until it fits; the table alone is the last resort.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (withDetails(0, mid).length <= max) low = mid;
    else high = mid - 1;
  }
  const body = withDetails(0, low);
  return body.length <= max ? body : `${body.slice(0, max - 80)}\n\n_Cut to fit GitHub's size limit._\n`;
}
