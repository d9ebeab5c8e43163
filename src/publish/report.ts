import type { PullRequestReport } from '../model/report.js';
import type { PublishResult } from './publish.js';

/** What the report (JSON, Action outputs) says about the pull request. */
export function pullRequestReport(result: PublishResult): PullRequestReport {
  return {
    operation: result.operation,
    ...(result.number === undefined ? {} : { number: result.number }),
    ...(result.url === undefined ? {} : { url: result.url }),
    ...(result.reason === undefined ? {} : { reason: result.reason }),
    ...(result.dryRun ? { dryRun: true } : {}),
    branch: result.branch,
    base: result.base,
  };
}
