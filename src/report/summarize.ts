/** Pure helpers that derive statuses and counts for the report model. */
import { GROUPED_FINDING_CODES } from '../model/behaviour-report.js';
import type { FileReport, FileStatus, InputReport, JobReport, ReportSummary } from '../model/report.js';

/** A file's status from its jobs: errors and reviews first, because they need a person. */
export function fileStatusOf(
  file: Pick<FileReport, 'jobs' | 'error' | 'skipReason' | 'diff'>,
  changed: boolean,
): FileStatus {
  if (file.error) return 'error';
  if (file.jobs.some((job) => job.status === 'error' || job.status === 'needs-review')) return 'needs-review';
  if (changed) return 'converted';
  if (file.skipReason || (file.jobs.length > 0 && file.jobs.every((job) => job.status === 'skipped'))) {
    return 'skipped';
  }
  return 'unchanged';
}

/**
 * `errors` counts what could not be processed: files that failed, jobs in error and inputs that failed.
 */
export function summarize(files: readonly FileReport[], inputs: readonly InputReport[]): ReportSummary {
  const jobs: JobReport[] = files.flatMap((file) => file.jobs);
  const count = (status: JobReport['status']): number => jobs.filter((job) => job.status === status).length;
  return {
    files: files.length,
    filesWithJobs: files.filter((file) => file.jobs.length > 0).length,
    jobs: jobs.length,
    converted: count('converted'),
    needsReview: count('needs-review'),
    skipped: count('skipped'),
    errors:
      files.filter((file) => file.status === 'error').length +
      count('error') +
      inputs.filter((input) => input.status === 'error').length,
  };
}

/** True when a person has to look at something: a review, a failed file, job or input. */
export function needsAttention(summary: ReportSummary): boolean {
  return summary.needsReview > 0 || summary.errors > 0;
}

/** Findings the GitOps part of a report shows once (per runtime), so renderers do not repeat them per job. */
export const FINDINGS_SHOWN_ONCE: ReadonlySet<string> = new Set([
  'RUNTIME_NOT_FOUND',
  ...GROUPED_FINDING_CODES,
]);
