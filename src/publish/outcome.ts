/** One line that says what happened to the pull request, for the CLI and the Action alike. */
import type { PublishResult } from './publish.js';

export function outcomeLine(result: PublishResult): string {
  const prefix = result.dryRun ? 'Dry run: would have ' : '';
  const reference = result.number === undefined ? '' : ` #${result.number}`;
  const url = result.url ? `: ${result.url}` : '';
  switch (result.operation) {
    case 'created':
      return `${prefix}${result.dryRun ? 'opened' : 'Opened'} a pull request from ${result.branch} into ${result.base}${reference}${url}`;
    case 'updated':
      return `${prefix}${result.dryRun ? 'updated' : 'Updated'} pull request${reference}${url}`;
    case 'closed':
      return `${prefix}${result.dryRun ? 'closed' : 'Closed'} pull request${reference}${url}${result.reason ? ` (${result.reason})` : ''}`;
    case 'none':
      return `No pull request change${url ? ` (${result.url})` : ''}: ${result.reason ?? 'nothing to do.'}`;
  }
}
