/**
 * The `apps` GitOps analyser: finds the Argo CD and Flux objects of the root, maps the files this run
 * changes to the apps that deploy them, and reports each app's sync policy and what merging does,
 * plus the PyTorchJob-keyed customisations that need a TrainJob twin.
 */
import { posix } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Analyser, FileRequest, RootPlan } from '../../analysis/contract.js';
import { rootViewOf } from '../../analysis/root-view.js';
import type { AppReport, AppsReport, CustomisationReport } from '../../model/apps-report.js';
import { isPlainObject } from '../../util/objects.js';
import { KUEUE_POINTERS } from './customisations.js';
import { type ChangedFile, type FolderKind, impactOf, type RepoLayout } from './impact.js';
import { parseGitOpsText } from './parse.js';
import type { KustomizationFiles } from './types.js';

const NEEDLES = ['argoproj.io', 'toolkit.fluxcd.io', 'argocd-cm'];
const DEPLOYER_KIND =
  /^[ \t-]*kind:[ \t]*["']?(?:Application|ApplicationSet|Kustomization|HelmRelease)["']?[ \t]*(?:#.*)?$|"kind"\s*:\s*"(?:Application|ApplicationSet|Kustomization|HelmRelease)"|argocd-cm/m;
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const QUEUE_LABEL = 'kueue.x-k8s.io/queue-name';

export interface AppsAnalyserOptions {
  /**
   * What a kustomization folder deploys, on the planned texts, when a resolver is at hand; without
   * one, a kustomize source covers the files under its folder and the app is marked approximate.
   */
  kustomizationFiles?: (plan: RootPlan, folder: string) => KustomizationFiles | undefined;
  /** Every folder of the root with a kustomization (for folder patterns and Flux subfolders). */
  kustomizationFolders?: (plan: RootPlan) => Promise<readonly string[]>;
}

// The needles also match the Flux labels and annotations on ordinary objects; only files that
// declare one of the kinds read here are kept and parsed (a large share of a monorepo).
const DEPLOYERS_REQUEST: FileRequest = { needles: NEEDLES, pattern: DEPLOYER_KIND.source };

export function appsAnalyser(options: AppsAnalyserOptions = {}): Analyser {
  return {
    name: 'apps',
    requests: [DEPLOYERS_REQUEST],
    async analyse(plan) {
      const found = await plan.findFiles(DEPLOYERS_REQUEST);
      const parsed = found.map((file) => parseGitOpsText(file.relPath, file.text));
      const apps = parsed.flatMap((p) => p.apps);
      const customisations = parsed.flatMap((p) => p.customisations);
      if (apps.length === 0 && customisations.length === 0) return {};
      const changed = changedFiles(plan);
      const layout = repoLayout(plan, options, await options.kustomizationFolders?.(plan));
      const strategy = plan.options.convert.strategy;
      const reports: AppReport[] = apps.map((app) => {
        const impact = impactOf(app, changed, layout, strategy);
        return {
          controller: app.controller,
          kind: app.kind,
          name: impact.name,
          ...(app.namespace !== undefined && { namespace: app.namespace }),
          path: app.path,
          line: app.line,
          sources: app.sources.map((source) => (source.path === '' ? '.' : source.path)),
          syncPolicy: app.syncPolicy,
          effect: impact.effect,
          message: impact.message,
          ...(impact.recommendation !== undefined && { recommendation: impact.recommendation }),
          changedFiles: impact.changedFiles,
          jobs: impact.jobs,
          ...(impact.approximate && { approximate: true }),
        };
      });
      const kueueApps = new Set(
        reports.filter((app) => app.jobs.some((job) => job.queueName !== undefined)).map((app) => app.name),
      );
      const report: AppsReport = {
        apps: reports,
        customisations: customisations.map((c) => withKueuePointers(c, kueueApps)),
      };
      return { report: { apps: report } };
    },
  };
}

/** Files whose planned text differs from disk (or that are new), with the jobs converted in them. */
export function changedFiles(plan: RootPlan): ChangedFile[] {
  const changed: ChangedFile[] = [];
  for (const file of plan.files.values()) {
    const { newText } = file.rewrite;
    if (newText === undefined || newText === file.original) continue;
    changed.push({
      path: file.relPath,
      jobs: file.rewrite.jobs
        .filter((job) => job.status === 'converted')
        .map((job) => {
          const metadata = job.conversion?.trainJob?.metadata;
          const labels = isPlainObject(metadata) && isPlainObject(metadata.labels) ? metadata.labels : {};
          const queueName = labels[QUEUE_LABEL];
          return {
            name: job.name,
            ...(job.namespace !== undefined && { namespace: job.namespace }),
            path: file.relPath,
            ...(typeof queueName === 'string' && { queueName }),
          };
        }),
    });
  }
  return changed;
}

function repoLayout(
  plan: RootPlan,
  options: AppsAnalyserOptions,
  kustomizationFolders: readonly string[] | undefined,
): RepoLayout {
  const view = rootViewOf(plan);
  const exists = (path: string): boolean => view.exists(path);
  const kinds = new Map<string, FolderKind>();
  const included = new Map<string, KustomizationFiles | undefined>();
  const resolve = options.kustomizationFiles;
  return {
    folderKind(folder) {
      let kind = kinds.get(folder);
      if (kind === undefined) {
        kind = KUSTOMIZATION_FILES.some((name) => exists(posix.join(folder, name)))
          ? 'kustomize'
          : exists(posix.join(folder, 'Chart.yaml'))
            ? 'helm'
            : 'directory';
        kinds.set(folder, kind);
      }
      return kind;
    },
    kustomizationFiles: resolve
      ? (folder) => {
          if (!included.has(folder)) included.set(folder, resolve(plan, folder));
          return included.get(folder);
        }
      : undefined,
    ...(kustomizationFolders !== undefined && { kustomizationFolders }),
  };
}

/** An app's jobs carry a Kueue queue label: its ignoreDifferences twin also needs Kueue's fields. */
function withKueuePointers(
  customisation: CustomisationReport,
  kueueApps: ReadonlySet<string>,
): CustomisationReport {
  if (
    customisation.code !== 'ARGO_IGNORE_DIFFERENCES' ||
    customisation.app === undefined ||
    !kueueApps.has(customisation.app) ||
    customisation.equivalent === undefined
  ) {
    return customisation;
  }
  const entries: unknown = parse(customisation.equivalent);
  if (!Array.isArray(entries) || !isPlainObject(entries[0])) return customisation;
  const entry = entries[0];
  const pointers = Array.isArray(entry.jsonPointers) ? entry.jsonPointers.map(String) : [];
  entry.jsonPointers = [...new Set([...pointers, ...KUEUE_POINTERS])];
  return {
    ...customisation,
    message: `${customisation.message}; its jobs carry a Kueue queue label, so the entry also covers /spec/suspend and /spec/runtimePatches, which Kueue writes`,
    equivalent: stringify(entries, { lineWidth: 0 }),
  };
}
