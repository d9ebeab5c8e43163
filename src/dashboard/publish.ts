/** Writes the dashboard issue: created once, then edited in place; nothing sent when it is current. */
import type { DashboardEntry } from './entry.js';
import type { IssuePort } from './issue-port.js';
import { dashboardMarker, renderDashboard } from './render.js';

export interface DashboardResult {
  operation: 'created' | 'updated' | 'none';
  number: number;
  url: string;
}

export interface DashboardParams {
  title: string;
  /** Tells dashboards in one repository apart (the marker holds it). */
  key: string;
}

export async function publishDashboard(
  entries: readonly DashboardEntry[],
  params: DashboardParams,
  issues: IssuePort,
): Promise<DashboardResult> {
  const body = renderDashboard(entries, params);
  const existing = await issues.findByMarker(dashboardMarker(params.key));
  if (!existing) {
    const created = await issues.create(params.title, body);
    return { operation: 'created', number: created.number, url: created.url };
  }
  if (existing.body === body && existing.title === params.title && existing.state === 'open') {
    return { operation: 'none', number: existing.number, url: existing.url };
  }
  await issues.update(existing.number, { title: params.title, body, state: 'open' });
  return { operation: 'updated', number: existing.number, url: existing.url };
}
