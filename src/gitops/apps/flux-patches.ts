/**
 * Flux Kustomization `spec.patches` (and Argo CD `spec.source.kustomize.patches`) aimed at
 * PyTorchJobs are patches too: after the kind change they silently apply to nothing, so a job such a
 * patch reaches would run without it. Until they are carried over, the jobs they reach stay
 * PyTorchJobs, each with a finding naming the patch's file and line. Runs before the kustomize
 * analyser, so its build check and rewrites see the held jobs.
 */
import { isMap, isSeq, LineCounter, parseAllDocuments, type YAMLMap } from 'yaml';
import type { Analyser, FileRequest, JobHold, RootPlan } from '../../analysis/contract.js';
import type { Finding } from '../../model/conversion.js';
import { isPlainObject as isObject } from '../../util/objects.js';
import { kustomizationClosure } from '../kustomize/closure.js';
import { plannedFiles } from '../kustomize/plan-files.js';
import { normalisePath } from './argo-spec.js';

const NEEDLES = ['toolkit.fluxcd.io', 'argoproj.io'];

interface AppPatch {
  /** The Flux Kustomization or Argo CD Application, in words. */
  app: string;
  path: string;
  line: number;
  field: string;
  folder: string;
  target: Record<string, unknown>;
}

const fullMatch = (pattern: unknown, value: string): boolean => {
  if (typeof pattern !== 'string') return true;
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
};

const aimsAtPyTorchJob = (target: Record<string, unknown>): boolean =>
  target.kind !== undefined
    ? fullMatch(target.kind, 'PyTorchJob')
    : target.group !== undefined && fullMatch(target.group, 'kubeflow.org');

function patchesOf(relPath: string, text: string): AppPatch[] {
  const lines = new LineCounter();
  const found: AppPatch[] = [];
  for (const document of parseAllDocuments(text, { lineCounter: lines })) {
    if (!('contents' in document) || !isMap(document.contents)) continue;
    const object = document.toJSON() as unknown;
    if (!isObject(object) || !isObject(object.spec) || !isObject(object.metadata)) continue;
    const apiVersion = String(object.apiVersion ?? '');
    const name = String(object.metadata.name ?? '');
    let entries: unknown;
    let folder: unknown;
    let field: string;
    let app: string;
    if (object.kind === 'Kustomization' && apiVersion.startsWith('kustomize.toolkit.fluxcd.io/')) {
      entries = document.getIn(['spec', 'patches'], true);
      folder = object.spec.path ?? '';
      field = 'spec.patches';
      app = `Flux Kustomization ${name}`;
    } else if (object.kind === 'Application' && apiVersion.startsWith('argoproj.io/')) {
      entries = document.getIn(['spec', 'source', 'kustomize', 'patches'], true);
      folder = isObject(object.spec.source) ? object.spec.source.path : undefined;
      field = 'spec.source.kustomize.patches';
      app = `Argo CD Application ${name}`;
    } else continue;
    if (!isSeq(entries) || typeof folder !== 'string') continue;
    entries.items.forEach((entry, index) => {
      if (!isMap(entry)) return;
      const target = (entry as YAMLMap).get('target');
      const value = isMap(target) ? (target.toJSON() as Record<string, unknown>) : undefined;
      if (!value || !aimsAtPyTorchJob(value)) return;
      found.push({
        app,
        path: relPath,
        line: lines.linePos((entry as YAMLMap).range?.[0] ?? 0).line,
        field: `${field}[${index}]`,
        folder: normalisePath(folder),
        target: value,
      });
    });
  }
  return found;
}

/** The files an app folder deploys: its kustomization's closure, or every file below it. */
function deployedFiles(plan: RootPlan, folder: string): string[] {
  const closure = kustomizationClosure(folder, plannedFiles(plan));
  if (closure) return closure.files;
  return [...plan.files.keys()].filter((relPath) => folder === '' || relPath.startsWith(`${folder}/`));
}

function labelsMatch(selector: unknown, labels: Record<string, string>): boolean {
  if (typeof selector !== 'string') return true;
  return selector
    .split(',')
    .map((term) => term.trim())
    .filter((term) => term !== '')
    .every((term) => {
      const [key, value] = term.split(/!?==?/).map((part) => part.trim()) as [string, string?];
      if (value === undefined) return term.startsWith('!') ? !(term.slice(1) in labels) : key in labels;
      return term.includes('!=') ? labels[key] !== value : labels[key] === value;
    });
}

/** A job's labels, read from its file as it is on disk. */
function labelsOf(plan: RootPlan, relPath: string, name: string): Record<string, string> {
  for (const document of parseAllDocuments(plan.files.get(relPath)?.original ?? '')) {
    const object = document.toJSON() as unknown;
    if (!isObject(object) || !isObject(object.metadata) || object.metadata.name !== name) continue;
    const labels = object.metadata.labels;
    return isObject(labels)
      ? (Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, String(v)])) as Record<string, string>)
      : {};
  }
  return {};
}

function finding(patch: AppPatch): Finding {
  return {
    severity: 'warning',
    code: 'FLUX_PATCH_TARGET',
    message: `${patch.path} line ${patch.line}, ${patch.field} of ${patch.app} patches this PyTorchJob; once it is a TrainJob the patch would apply to nothing, so it stays a PyTorchJob. Rewrite that entry for group trainer.kubeflow.org, kind TrainJob (Worker replicas → /spec/trainer/numNodes, which counts the Master too; container image → /spec/trainer/image), or move it into the kustomization it deploys, where this tool carries it over, then run again`,
    path: '',
  };
}

const APP_PATCHES_REQUEST: FileRequest = { needles: NEEDLES, pattern: 'patches:' };

export function appPatchAnalyser(): Analyser {
  return {
    name: 'app-patches',
    requests: [APP_PATCHES_REQUEST],
    async analyse(plan) {
      const found = await plan.findFiles(APP_PATCHES_REQUEST);
      const patches = found.flatMap((file) => patchesOf(file.relPath, file.text));
      if (patches.length === 0) return {};
      const holds: JobHold[] = [];
      for (const patch of patches) {
        for (const relPath of deployedFiles(plan, patch.folder)) {
          for (const job of plan.files.get(relPath)?.rewrite.jobs ?? []) {
            if (job.status !== 'converted') continue;
            if (!fullMatch(patch.target.name, job.name)) continue;
            if (
              patch.target.namespace !== undefined &&
              !fullMatch(patch.target.namespace, job.namespace ?? '')
            )
              continue;
            const labels = labelsOf(plan, relPath, job.name);
            if (!labelsMatch(patch.target.labelSelector, labels)) continue;
            holds.push({
              relPath,
              name: job.name,
              ...(job.namespace !== undefined && { namespace: job.namespace }),
              findings: [finding(patch)],
            });
          }
        }
      }
      return { holds };
    },
  };
}
