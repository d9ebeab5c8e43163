/**
 * Argo CD Applications/ApplicationSets, Flux Kustomizations/HelmReleases and the `argocd-cm`
 * ConfigMap, read from one YAML text. Pure: text in, objects out.
 */
import { manifestObjects } from '../../scan/manifest-objects.js';
import { isPlainObject } from '../../util/objects.js';
import { expandApplicationSet } from './application-set.js';
import { argoSources, argoSyncPolicy, normalisePath, stringOf } from './argo-spec.js';
import {
  customisationsOfArgoApp,
  customisationsOfArgoConfigMap,
  customisationsOfFlux,
} from './customisations.js';
import type { Customisation, DocumentAt, GitOpsApp } from './types.js';

export interface ParsedGitOps {
  apps: GitOpsApp[];
  customisations: Customisation[];
}

export function parseGitOpsText(relPath: string, text: string): ParsedGitOps {
  const parsed: ParsedGitOps = { apps: [], customisations: [] };
  for (const { object, line } of manifestObjects(text)) readObject({ object, path: relPath, line }, parsed);
  return parsed;
}

function readObject(doc: DocumentAt, parsed: ParsedGitOps): void {
  const { object } = doc;
  const apiVersion = stringOf(object.apiVersion) ?? '';
  const kind = stringOf(object.kind);
  if (apiVersion.startsWith('argoproj.io/') && kind === 'Application') {
    const app = readArgoApplication(doc, object);
    if (app) {
      parsed.apps.push(app);
      parsed.customisations.push(...customisationsOfArgoApp(doc, app.name, object.spec));
    }
  } else if (apiVersion.startsWith('argoproj.io/') && kind === 'ApplicationSet') {
    const apps = expandApplicationSet(doc);
    parsed.apps.push(...apps);
    const template =
      isPlainObject(object.spec) && isPlainObject(object.spec.template) ? object.spec.template : {};
    const name = identity(doc)?.name ?? 'ApplicationSet';
    parsed.customisations.push(...customisationsOfArgoApp(doc, name, template.spec));
  } else if (apiVersion.startsWith('kustomize.toolkit.fluxcd.io/') && kind === 'Kustomization') {
    const app = readFluxKustomization(doc);
    if (app) {
      parsed.apps.push(app);
      parsed.customisations.push(...customisationsOfFlux(doc, app.name));
    }
  } else if (apiVersion.startsWith('helm.toolkit.fluxcd.io/') && kind === 'HelmRelease') {
    const app = readHelmRelease(doc);
    if (app) parsed.apps.push(app);
  } else if (apiVersion === 'v1' && kind === 'ConfigMap') {
    const metadata = isPlainObject(object.metadata) ? object.metadata : {};
    if (metadata.name === 'argocd-cm') parsed.customisations.push(...customisationsOfArgoConfigMap(doc));
  }
}

function identity(
  doc: DocumentAt,
): { name: string; namespace?: string; path: string; line: number } | undefined {
  const metadata = isPlainObject(doc.object.metadata) ? doc.object.metadata : {};
  const name = stringOf(metadata.name);
  if (name === undefined) return undefined;
  const namespace = stringOf(metadata.namespace);
  return { name, ...(namespace !== undefined && { namespace }), path: doc.path, line: doc.line };
}

function readArgoApplication(doc: DocumentAt, object: Record<string, unknown>): GitOpsApp | undefined {
  const id = identity(doc);
  if (!id) return undefined;
  const spec = isPlainObject(object.spec) ? object.spec : {};
  return {
    controller: 'argocd',
    kind: 'Application',
    ...id,
    sources: argoSources(spec),
    syncPolicy: argoSyncPolicy(spec),
  };
}

function readFluxKustomization(doc: DocumentAt): GitOpsApp | undefined {
  const id = identity(doc);
  if (!id) return undefined;
  const spec = isPlainObject(doc.object.spec) ? doc.object.spec : {};
  const sourceRef = isPlainObject(spec.sourceRef) ? spec.sourceRef : {};
  const suspended = spec.suspend === true;
  return {
    controller: 'flux',
    kind: 'Kustomization',
    ...id,
    // Without a kustomization.yaml in the path, Flux generates one that takes every manifest below it.
    sources: [
      {
        path: normalisePath(stringOf(spec.path) ?? './'),
        recurse: true,
        buildsSubfolderKustomizations: true,
      },
    ],
    syncPolicy: { automated: !suspended, prune: spec.prune === true, selfHeal: !suspended, options: [] },
    ...(sourceRef.kind !== undefined &&
      sourceRef.kind !== 'GitRepository' && {
        unresolved: `its source is a ${String(sourceRef.kind)}, not a Git repository`,
      }),
  };
}

function readHelmRelease(doc: DocumentAt): GitOpsApp | undefined {
  const id = identity(doc);
  if (!id) return undefined;
  const spec = isPlainObject(doc.object.spec) ? doc.object.spec : {};
  const chart = isPlainObject(spec.chart) && isPlainObject(spec.chart.spec) ? spec.chart.spec : {};
  const sourceRef = isPlainObject(chart.sourceRef) ? chart.sourceRef : {};
  const local = sourceRef.kind === 'GitRepository' && typeof chart.chart === 'string';
  const suspended = spec.suspend === true;
  return {
    controller: 'flux',
    kind: 'HelmRelease',
    ...id,
    sources: local ? [{ path: normalisePath(String(chart.chart)), recurse: true }] : [],
    // A Helm upgrade deletes what the chart no longer renders.
    syncPolicy: { automated: !suspended, prune: true, selfHeal: !suspended, options: [] },
    ...(!local && { unresolved: 'its chart does not come from a folder of a Git repository' }),
  };
}
