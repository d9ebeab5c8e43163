/**
 * What the Action reports once the flow is done, as plain data: its outputs, the job summary text and
 * whether the step fails. Only `main.ts` hands these to the runner.
 */

import type { Report, ReportSummary } from '../model/report.js';
import { outcomeLine } from '../publish/outcome.js';
import type { PublishResult } from '../publish/publish.js';
import { renderMarkdown } from '../report/markdown.js';

/** GitHub keeps at most 1 MiB of job summary per step; stay below it. */
export const MAX_SUMMARY_LENGTH = 1_000_000;

export const OUTPUT_NAMES = [
  'pull-request-number',
  'pull-request-url',
  'pull-request-operation',
  'jobs-found',
  'jobs-converted',
  'jobs-needing-review',
  'report',
  'dashboard-entry',
  'dashboard-issue-number',
  'dashboard-issue-url',
] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];

export function actionOutputs(
  result: PublishResult,
  summary: ReportSummary,
  reportPath: string,
  dashboard: { entryPath: string; issue?: { number: number; url: string } },
): Record<OutputName, string> {
  return {
    'dashboard-entry': dashboard.entryPath,
    'dashboard-issue-number': dashboard.issue ? String(dashboard.issue.number) : '',
    'dashboard-issue-url': dashboard.issue?.url ?? '',
    'pull-request-number': result.number === undefined ? '' : String(result.number),
    'pull-request-url': result.url ?? '',
    'pull-request-operation': result.operation,
    'jobs-found': String(summary.jobs),
    'jobs-converted': String(summary.converted),
    'jobs-needing-review': String(summary.needsReview),
    report: reportPath,
  };
}

export interface SummaryContext {
  serverUrl: string;
  repository: string;
}

/** The job summary: what happened to the pull request, then the markdown report. */
export function renderJobSummary(result: PublishResult, report: Report, context: SummaryContext): string {
  // Files can be linked on the tool's branch only when the branch holds this change: a commit was
  // made for it (pushed now, or already there) and the pull request was not closed.
  const branchHoldsChange = !result.dryRun && result.commit !== undefined && result.operation !== 'closed';
  const branchPath = result.branch.split('/').map(encodeURIComponent).join('/');
  const base = `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}/blob/${branchPath}`;
  const outcome = `${outcomeLine(result)}\n\n`;
  return `${outcome}${renderMarkdown(report, {
    written: branchHoldsChange,
    diffs: true,
    gitops: true,
    maxLength: MAX_SUMMARY_LENGTH - outcome.length,
    fileLink: branchHoldsChange
      ? (path, line) => `${base}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`
      : undefined,
  })}`;
}

/** Why the step fails, or undefined: failed files and inputs always; jobs for review only when asked. */
export function failureMessage(summary: ReportSummary, failOnReview: boolean): string | undefined {
  if (summary.errors > 0) {
    const failures = summary.errors === 1 ? '1 failure' : `${summary.errors} failures`;
    return `${failures} (a file that could not be parsed, a job or an input that failed); see the annotations and the job summary.`;
  }
  if (failOnReview && summary.needsReview > 0) {
    return `${summary.needsReview} PyTorchJob${summary.needsReview === 1 ? ' needs' : 's need'} review (fail-on-review is true); see the annotations.`;
  }
  return undefined;
}
