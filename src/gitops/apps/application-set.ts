/**
 * ApplicationSets: the static parts are expanded into the apps they generate (list generator
 * elements; git directory generators as a folder pattern); anything else is reported unresolved.
 */

import { isPlainObject } from '../../util/objects.js';
import { argoSources, argoSyncPolicy } from './argo-spec.js';
import type { DocumentAt, GitOpsApp } from './types.js';

const PLACEHOLDER = /\{\{-?\s*\.?([A-Za-z0-9_.[\]]+)\s*-?\}\}/g;
/** The folder a git directory generator matched, as each template syntax spells it. */
const PATH_PARAMS = new Set(['path', 'path.path']);

function lookup(params: Record<string, unknown>, key: string): unknown {
  if (key in params) return params[key];
  let value: unknown = params;
  for (const part of key.split('.')) {
    if (!isPlainObject(value)) return undefined;
    value = value[part];
  }
  return value;
}

/** Fills `{{param}}` / `{{ .param }}` placeholders; undefined when one has no value. */
export function fillTemplate(value: unknown, params: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    let missing = false;
    const filled = value.replace(PLACEHOLDER, (_, key: string) => {
      const found = lookup(params, key);
      if (found === undefined || isPlainObject(found)) missing = true;
      return String(found);
    });
    return missing ? undefined : filled;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => fillTemplate(item, params));
    return items.includes(undefined) ? undefined : items;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const filled = fillTemplate(item, params);
      if (filled === undefined) return undefined;
      out[key] = filled;
    }
    return out;
  }
  return value;
}

export function expandApplicationSet(doc: DocumentAt): GitOpsApp[] {
  const metadata = isPlainObject(doc.object.metadata) ? doc.object.metadata : {};
  const setName = typeof metadata.name === 'string' ? metadata.name : undefined;
  if (setName === undefined) return [];
  const spec = isPlainObject(doc.object.spec) ? doc.object.spec : {};
  const template = isPlainObject(spec.template) ? spec.template : {};
  const templateSpec = isPlainObject(template.spec) ? template.spec : {};
  const templateName = isPlainObject(template.metadata) ? String(template.metadata.name ?? setName) : setName;
  const base = {
    controller: 'argocd' as const,
    kind: 'ApplicationSet' as const,
    path: doc.path,
    line: doc.line,
    ...(typeof metadata.namespace === 'string' && { namespace: metadata.namespace }),
  };
  const unresolved = (why: string): GitOpsApp => ({
    ...base,
    name: setName,
    sources: [],
    syncPolicy: argoSyncPolicy(templateSpec),
    unresolved: why,
  });
  const generators = Array.isArray(spec.generators) ? spec.generators : [];
  const apps: GitOpsApp[] = [];
  for (const generator of generators) {
    if (!isPlainObject(generator)) continue;
    if (isPlainObject(generator.list) && Array.isArray(generator.list.elements)) {
      for (const element of generator.list.elements) {
        const params = isPlainObject(element) ? element : {};
        const appSpec = fillTemplate(templateSpec, params);
        const name = fillTemplate(templateName, params);
        if (!isPlainObject(appSpec) || typeof name !== 'string') {
          apps.push(unresolved('a list element leaves a template placeholder without a value'));
          continue;
        }
        apps.push({ ...base, name, sources: argoSources(appSpec), syncPolicy: argoSyncPolicy(appSpec) });
      }
    } else if (isPlainObject(generator.git) && Array.isArray(generator.git.directories)) {
      apps.push(...gitDirectoryApps(base, templateName, templateSpec, generator.git.directories, unresolved));
    } else {
      const kind = Object.keys(generator)[0] ?? 'unknown';
      apps.push(unresolved(`its ${kind} generator depends on data outside the repository`));
    }
  }
  return apps.length > 0 ? apps : [unresolved('it has no generator this tool can expand')];
}

function gitDirectoryApps(
  base: Omit<GitOpsApp, 'name' | 'sources' | 'syncPolicy'>,
  templateName: string,
  templateSpec: Record<string, unknown>,
  directories: unknown[],
  unresolved: (why: string) => GitOpsApp,
): GitOpsApp[] {
  const source = isPlainObject(templateSpec.source) ? templateSpec.source : {};
  const pathParam = typeof source.path === 'string' ? [...source.path.matchAll(PLACEHOLDER)] : [];
  const pathIsTheFolder =
    pathParam.length === 1 &&
    pathParam[0]?.[0] === String(source.path).trim() &&
    PATH_PARAMS.has(pathParam[0]?.[1] ?? '');
  if (!pathIsTheFolder) {
    return [
      unresolved(
        'its git directory generator feeds the source path through a template this tool does not expand',
      ),
    ];
  }
  const apps: GitOpsApp[] = [];
  for (const directory of directories) {
    if (!isPlainObject(directory) || typeof directory.path !== 'string' || directory.exclude === true)
      continue;
    const appSpec = { ...templateSpec, source: { ...source, path: directory.path } };
    apps.push({
      ...base,
      name: templateName,
      nameTemplate: templateName,
      sources: argoSources(appSpec),
      syncPolicy: argoSyncPolicy(templateSpec),
    });
  }
  return apps;
}
