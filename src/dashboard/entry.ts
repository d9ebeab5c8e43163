/**
 * One repository's line on the migration dashboard: what a run found, converted and held, and its
 * pull request. Each run (a matrix job of an org-wide fan-out) writes its entry as JSON; the job
 * after the matrix reads them all and writes the dashboard once.
 */
import type { PullRequestReport, Report } from '../model/report.js';

export const DASHBOARD_ENTRY_VERSION = 1;

export interface HeldJob {
  file: string;
  line: number;
  name: string;
  /** What stops the conversion, and what to do (the blocking findings' messages). */
  reasons: string[];
}

export interface DashboardEntry {
  version: typeof DASHBOARD_ENTRY_VERSION;
  /** `owner/name` */
  repository: string;
  found: number;
  converted: number;
  held: number;
  errors: number;
  pullRequest?: Pick<PullRequestReport, 'operation' | 'number' | 'url' | 'reason'>;
  heldJobs: HeldJob[];
  /** Files that could not be read or parsed, with why. */
  failedFiles: { file: string; message: string }[];
}

export function dashboardEntry(repository: string, report: Report): DashboardEntry {
  const heldJobs: HeldJob[] = [];
  const failedFiles: DashboardEntry['failedFiles'] = [];
  for (const file of report.files) {
    if (file.error) failedFiles.push({ file: file.path, message: file.error.message });
    for (const job of file.jobs) {
      if (job.status !== 'needs-review') continue;
      const blocking = job.findings.filter((finding) => finding.severity === 'error');
      heldJobs.push({
        file: file.path,
        line: job.line,
        name: job.name,
        reasons: (blocking.length > 0 ? blocking : job.findings).map((finding) => finding.message),
      });
    }
  }
  const pull = report.pullRequest;
  return {
    version: DASHBOARD_ENTRY_VERSION,
    repository,
    found: report.summary.jobs,
    converted: report.summary.converted,
    held: report.summary.needsReview,
    errors: report.summary.errors,
    ...(pull
      ? {
          pullRequest: {
            operation: pull.operation,
            ...(pull.number === undefined ? {} : { number: pull.number }),
            ...(pull.url === undefined ? {} : { url: pull.url }),
            ...(pull.reason === undefined ? {} : { reason: pull.reason }),
          },
        }
      : {}),
    heldJobs,
    failedFiles,
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a parsed entry file; returns why it is not one, or undefined. */
export function entryProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'it is not a JSON object';
  if (value.version !== DASHBOARD_ENTRY_VERSION)
    return `its version is ${String(value.version)}, not ${DASHBOARD_ENTRY_VERSION}`;
  if (typeof value.repository !== 'string' || !value.repository.includes('/'))
    return 'it names no OWNER/NAME repository';
  for (const key of ['found', 'converted', 'held', 'errors']) {
    if (typeof value[key] !== 'number') return `"${key}" is not a number`;
  }
  if (!Array.isArray(value.heldJobs) || !Array.isArray(value.failedFiles))
    return 'it has no heldJobs/failedFiles lists';
  return undefined;
}
