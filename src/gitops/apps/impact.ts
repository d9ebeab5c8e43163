/**
 * Which apps deploy the changed files, and what merging the change does under each one's sync policy
 * (users-and-gitops.md §6.2, §6.3). Pure: the repository layout comes in as functions.
 */
import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { AppEffect, ChangedJob } from '../../model/apps-report.js';
import type { Strategy } from '../../model/conversion.js';
import { fillTemplate } from './application-set.js';
import type { AppSource, GitOpsApp, KustomizationFiles } from './types.js';

export interface ChangedFile {
  path: string;
  /** The PyTorchJobs this change converts in it (none for e.g. a generated runtime file). */
  jobs: ChangedJob[];
}

export type FolderKind = 'kustomize' | 'helm' | 'directory';

export interface RepoLayout {
  /** `kustomize` when the folder has a kustomization file, `helm` with a Chart.yaml, else `directory`. */
  folderKind(folder: string): FolderKind;
  /** What a kustomization folder deploys (resources, bases, components, patch files), when known. */
  kustomizationFiles?(folder: string): KustomizationFiles | undefined;
  /** Every folder that holds a kustomization, when known (folder patterns, Flux subfolders). */
  kustomizationFolders?: readonly string[];
}

export interface AppImpact {
  /** The app's name (filled in for ApplicationSet folder patterns). */
  name: string;
  changedFiles: string[];
  jobs: ChangedJob[];
  effect: AppEffect;
  /** What merging does, in plain words. */
  message: string;
  recommendation?: string;
  /** Mapped without knowing what a kustomization includes (its folder was taken recursively). */
  approximate?: boolean;
  /** Kustomization references that were not followed (remote, missing), in words. */
  unfollowed?: string[];
}

const isUnder = (file: string, folder: string): boolean => folder === '' || file.startsWith(`${folder}/`);
const hasGlob = (path: string): boolean => /[*?[\]{}]/.test(path);

function ancestors(file: string): string[] {
  const out: string[] = [];
  let dir = posix.dirname(file);
  while (dir !== '.' && dir !== '/') {
    out.push(dir);
    dir = posix.dirname(dir);
  }
  out.push('');
  return out;
}

interface Coverage {
  covered: boolean;
  approximate: boolean;
  folder: string;
}

/** The outermost of `folders` strictly below `folder`. */
function outermostBelow(folders: readonly string[], folder: string): string[] {
  const below = folders.filter((candidate) => candidate !== folder && isUnder(candidate, folder));
  return below.filter(
    (candidate) => !below.some((outer) => outer !== candidate && isUnder(candidate, outer)),
  );
}

function coversAt(source: AppSource, folder: string, file: string, layout: RepoLayout): Coverage {
  const no: Coverage = { covered: false, approximate: false, folder };
  const kind = layout.folderKind(folder);
  if (kind === 'kustomize') {
    const included = layout.kustomizationFiles?.(folder);
    if (included) return { covered: included.files.includes(file), approximate: false, folder };
    return { covered: isUnder(file, folder), approximate: true, folder };
  }
  if (kind === 'directory' && source.buildsSubfolderKustomizations && layout.kustomizationFolders) {
    const subfolders = outermostBelow(layout.kustomizationFolders, folder);
    for (const subfolder of subfolders) {
      const coverage = coversAt(source, subfolder, file, layout);
      if (coverage.covered) return { ...coverage, folder };
    }
    if (subfolders.some((subfolder) => isUnder(file, subfolder))) return no;
  }
  if (!isUnder(file, folder)) return no;
  if (kind === 'helm') return { covered: true, approximate: false, folder };
  const relative = folder === '' ? file : file.slice(folder.length + 1);
  if (!source.recurse && relative.includes('/')) return no;
  if (
    source.include &&
    !picomatch(source.include, { dot: true, basename: !source.include.includes('/') })(relative)
  )
    return no;
  if (
    source.exclude &&
    picomatch(source.exclude, { dot: true, basename: !source.exclude.includes('/') })(relative)
  )
    return no;
  return { covered: true, approximate: false, folder };
}

/** Whether `source` deploys `file`: a fixed folder, or a folder pattern from an ApplicationSet. */
export function sourceCovers(source: AppSource, file: string, layout: RepoLayout): Coverage {
  if (!hasGlob(source.path)) return coversAt(source, source.path, file, layout);
  const matches = picomatch(source.path, { dot: true });
  for (const folder of ancestors(file)) {
    if (!matches(folder)) continue;
    const coverage = coversAt(source, folder, file, layout);
    if (coverage.covered) return coverage;
  }
  // A kustomize folder matched by the pattern may include the file from elsewhere (a base).
  for (const folder of layout.kustomizationFolders ?? []) {
    if (!matches(folder)) continue;
    const coverage = coversAt(source, folder, file, layout);
    if (coverage.covered) return coverage;
  }
  return { covered: false, approximate: false, folder: source.path };
}

/** What the app's kustomizations reference but could not be followed. */
function unfollowedOf(app: GitOpsApp, layout: RepoLayout): string[] {
  const notes = app.sources.flatMap((source) =>
    hasGlob(source.path) || layout.folderKind(source.path) !== 'kustomize'
      ? []
      : (layout.kustomizationFiles?.(source.path)?.unfollowed ?? []),
  );
  return [...new Set(notes)];
}

function appName(app: GitOpsApp, folder: string): string {
  if (!app.nameTemplate) return app.name;
  const params = {
    path: folder,
    'path.path': folder,
    'path.basename': posix.basename(folder),
    'path.basenameNormalized': posix
      .basename(folder)
      .replace(/[^a-zA-Z0-9-]/g, '-')
      .toLowerCase(),
  };
  const filled = fillTemplate(app.nameTemplate, params);
  return typeof filled === 'string' ? filled : app.name;
}

const jobList = (jobs: readonly ChangedJob[]): string =>
  jobs.map((job) => (job.namespace ? `${job.namespace}/${job.name}` : job.name)).join(', ');

export function impactOf(
  app: GitOpsApp,
  changed: readonly ChangedFile[],
  layout: RepoLayout,
  strategy: Strategy,
): AppImpact {
  const files: string[] = [];
  const jobs: ChangedJob[] = [];
  let approximate = false;
  let name = app.name;
  for (const file of changed) {
    for (const source of app.sources) {
      const coverage = sourceCovers(source, file.path, layout);
      if (!coverage.covered) continue;
      files.push(file.path);
      jobs.push(...file.jobs);
      approximate ||= coverage.approximate;
      name = appName(app, coverage.folder);
      break;
    }
  }
  const impact = describeEffect(app, name, jobs, strategy);
  const unfollowed = unfollowedOf(app, layout);
  const effect: Pick<AppImpact, 'effect' | 'message' | 'recommendation'> =
    app.unresolved !== undefined && files.length === 0
      ? {
          effect: 'unresolved',
          message: `Could not tell which files it deploys: ${app.unresolved}. Check by hand whether it deploys the changed files.`,
        }
      : files.length === 0
        ? { effect: 'unaffected', message: 'Deploys none of the changed files.' }
        : impact;
  if (unfollowed.length > 0) {
    effect.message += ` Its kustomization also names what was not followed, so check it by hand for PyTorchJobs: ${unfollowed.join('; ')}.`;
  }
  return {
    name,
    changedFiles: files,
    jobs,
    ...effect,
    ...(approximate && { approximate }),
    ...(unfollowed.length > 0 && { unfollowed }),
  };
}

function controllerName(app: GitOpsApp, name: string): string {
  return `${app.controller === 'argocd' ? 'Argo CD' : 'Flux'} ${app.kind} ${name}`;
}

function describeEffect(
  app: GitOpsApp,
  name: string,
  jobs: readonly ChangedJob[],
  strategy: Strategy,
): Pick<AppImpact, 'effect' | 'message' | 'recommendation'> {
  const who = controllerName(app, name);
  const policy = app.syncPolicy;
  if (jobs.length === 0) {
    return {
      effect: 'no-jobs',
      message: `${who} applies the changed files; no PyTorchJob changes kind in them.`,
    };
  }
  const one = jobs.length === 1;
  const names = `${one ? 'PyTorchJob' : 'PyTorchJobs'} ${jobList(jobs)}`;
  const trainJobs = one ? 'the TrainJob, which starts' : 'the TrainJobs, each of which starts';
  const kueue = jobs.filter((job) => job.queueName !== undefined);
  const kueueAdvice =
    app.controller === 'argocd' && kueue.length > 0
      ? ` ${jobList(kueue)} ${kueue.length === 1 ? 'carries' : 'carry'} a Kueue queue label: add ignoreDifferences for trainer.kubeflow.org/TrainJob on /spec/suspend and /spec/runtimePatches (with the RespectIgnoreDifferences=true sync option) so that syncs do not undo what Kueue writes.`
      : '';
  if (strategy === 'side-by-side') {
    return {
      effect: 'runs-alongside',
      message: `${who} keeps the ${names} and adds a TrainJob next to each; every TrainJob starts a new training run while the PyTorchJob keeps its own.`,
      recommendation: `Remove the PyTorchJobs in a later change once the TrainJobs are proven.${kueueAdvice}`,
    };
  }
  if (!policy.automated) {
    return {
      effect: 'manual-sync',
      message: `${who} syncs by hand: nothing changes until someone syncs. The sync creates ${trainJobs} a new training run, and deletes the ${names} only when pruning is ticked, which stops a training that is still running.`,
      recommendation: `Check that the ${names} ${one ? 'is' : 'are'} not running before a pruning sync, or run again with --strategy side-by-side.${kueueAdvice}`,
    };
  }
  if (policy.prune) {
    const how =
      app.controller === 'argocd'
        ? 'automated sync with prune'
        : app.kind === 'HelmRelease'
          ? 'a Helm upgrade'
          : 'prune: true';
    return {
      effect: 'deletes-and-restarts',
      message: `Merging makes ${who} (${how}) delete the ${names} (a training that is still running is stopped) and create ${trainJobs} a new training run.`,
      recommendation: `If a job may still be running, run again with --strategy side-by-side, or suspend it first (spec.runPolicy.suspend: true, synced before this merge); to keep a finished job from running again, add spec.suspend: true to its TrainJob.${kueueAdvice}`,
    };
  }
  return {
    effect: 'old-job-stays',
    message: `Merging makes ${who} create ${trainJobs} a new training run; pruning is off, so the ${names} ${one ? 'stays' : 'stay'} in the cluster${app.controller === 'argocd' ? ' (the app shows OutOfSync, requires pruning)' : ''} until removed by hand.`,
    recommendation: `Delete the PyTorchJobs by hand when they are done, or sooner if both must not run at once.${kueueAdvice}`,
  };
}
