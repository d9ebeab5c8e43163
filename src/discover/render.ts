/** Discovery results for people (text), programs (json) and `strategy.matrix` (matrix). */
import type { Discovery } from './types.js';

export type DiscoveryFormat = 'matrix' | 'json' | 'text';
export const DISCOVERY_FORMATS: readonly DiscoveryFormat[] = ['matrix', 'json', 'text'];

/** One line, for `fromJSON()` in a workflow: `{"include":[{"repository":"org/name"}]}`. */
export function renderMatrix(discovery: Discovery): string {
  return `${JSON.stringify({ include: discovery.repositories.map(({ repository }) => ({ repository })) })}\n`;
}

export function renderDiscoveryText(discovery: Discovery): string {
  const lines = discovery.repositories.map(
    ({ repository, files }) =>
      `${repository}  ${files.length} file${files.length === 1 ? '' : 's'}: ${files.join(', ')}`,
  );
  const count = discovery.repositories.length;
  lines.push(
    `${count} of ${discovery.repositoriesChecked} repositor${discovery.repositoriesChecked === 1 ? 'y' : 'ies'} in ${discovery.org} ${count === 1 ? 'holds' : 'hold'} PyTorchJobs (found by ${discovery.method === 'tree' ? 'reading repository trees' : 'code search'}).`,
  );
  for (const note of discovery.notes) lines.push(`Note: ${note}`);
  return `${lines.join('\n')}\n`;
}

export function renderDiscovery(discovery: Discovery, format: DiscoveryFormat): string {
  if (format === 'matrix') return renderMatrix(discovery);
  if (format === 'json') return `${JSON.stringify(discovery, null, 2)}\n`;
  return renderDiscoveryText(discovery);
}
