/** Fields of Argo CD Application specs that more than one reader needs: sources and sync policy. */

import type { SyncPolicy } from '../../model/apps-report.js';
import { isPlainObject } from '../../util/objects.js';
import type { AppSource } from './types.js';

export const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** `./apps/train/` → `apps/train`; the repository root is `''`. */
export function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** The sources of an Application spec (single `source` or multi-source `sources`), local ones only. */
export function argoSources(spec: Record<string, unknown>): AppSource[] {
  const list = Array.isArray(spec.sources) ? spec.sources : isPlainObject(spec.source) ? [spec.source] : [];
  const sources: AppSource[] = [];
  for (const source of list) {
    // A `chart` source comes from a Helm repository, not from a folder of this repository.
    if (!isPlainObject(source) || typeof source.path !== 'string' || source.chart !== undefined) continue;
    const directory = isPlainObject(source.directory) ? source.directory : {};
    const include = stringOf(directory.include);
    const exclude = stringOf(directory.exclude);
    const repoURL = stringOf(source.repoURL);
    sources.push({
      path: normalisePath(source.path),
      recurse: directory.recurse === true,
      ...(include !== undefined && { include }),
      ...(exclude !== undefined && { exclude }),
      ...(repoURL !== undefined && { repoURL }),
    });
  }
  return sources;
}

export function argoSyncPolicy(spec: Record<string, unknown>): SyncPolicy {
  const syncPolicy = isPlainObject(spec.syncPolicy) ? spec.syncPolicy : {};
  const automated = isPlainObject(syncPolicy.automated) ? syncPolicy.automated : undefined;
  const on = automated !== undefined && automated.enabled !== false;
  return {
    automated: on,
    prune: on && automated?.prune === true,
    selfHeal: on && automated?.selfHeal === true,
    options: Array.isArray(syncPolicy.syncOptions) ? syncPolicy.syncOptions.map(String) : [],
  };
}
