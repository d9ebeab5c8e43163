/** The `KustomizeWorld` of a root plan: planned texts first, then the files on disk. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { RootPlan } from '../../analysis/contract.js';
import { rootViewOf } from '../../analysis/root-view.js';
import { isRemoteReference, KUSTOMIZATION_NAMES, type Kustomization } from './kustomization.js';
import { isObject, type JsonObject } from './merge.js';
import { joinPath, type KustomizeWorld, type Resolved, type SourceJob } from './world.js';

export function worldOf(plan: RootPlan, kustomizations: Map<string, Kustomization>): KustomizeWorld {
  const jobCache = new Map<string, SourceJob[]>();
  const view = rootViewOf(plan);
  return {
    kustomizations,
    resolve: (dir, value) => resolveReference(plan, kustomizations, dir, value),
    jobsIn(relPath) {
      let jobs = jobCache.get(relPath);
      if (!jobs) {
        jobs = jobsOf(plan, relPath);
        jobCache.set(relPath, jobs);
      }
      return jobs;
    },
    read: (relPath) => view.readBefore(relPath),
    optionsFor: (relPath) => {
      const { hold: _hold, validate: _validate, ...options } = plan.rewriteOptionsFor(relPath);
      return options;
    },
  };
}

function resolveReference(
  plan: RootPlan,
  kustomizations: Map<string, Kustomization>,
  dir: string,
  value: string,
): Resolved {
  const { root } = plan;
  if (isRemoteReference(value)) return { type: 'remote' };
  const relPath = joinPath(dir, value);
  if (relPath.startsWith('../')) return { type: 'missing', why: `${value} is outside the scanned folder` };
  const planned = plan.files.get(relPath);
  if (planned?.original === undefined && planned?.rewrite.newText !== undefined) {
    return { type: 'file', relPath };
  }
  const absolute = join(root, relPath);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    return { type: 'missing', why: `${value} does not exist` };
  }
  if (!isDirectory) return { type: 'file', relPath };
  for (const name of KUSTOMIZATION_NAMES) {
    const candidate = relPath === '' ? name : `${relPath}/${name}`;
    if (kustomizations.has(candidate)) return { type: 'kustomization', relPath: candidate };
    if (existsSync(join(root, candidate))) {
      return { type: 'missing', why: `${candidate} was not scanned (check the include and exclude globs)` };
    }
  }
  return { type: 'missing', why: `${value} is a folder without a kustomization file` };
}

function jobsOf(plan: RootPlan, relPath: string): SourceJob[] {
  const file = plan.files.get(relPath);
  if (file?.original === undefined || !/PyTorchJob/.test(file.original)) return [];
  const jobs: SourceJob[] = [];
  for (const document of parseAllDocuments(file.original)) {
    if (!('toJSON' in document) || document.errors.length > 0) continue;
    const object = document.toJSON() as unknown;
    if (!isObject(object) || object.kind !== 'PyTorchJob') continue;
    const metadata = isObject(object.metadata) ? object.metadata : {};
    const name = String(metadata.name ?? '');
    const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
    const planned = file.rewrite.jobs.find((job) => job.name === name && job.namespace === namespace);
    const job: SourceJob = {
      key: `${relPath}#${namespace ?? ''}/${name}`,
      relPath,
      name,
      job: object as JsonObject,
      converting: planned?.status === 'converted' && file.rewrite.newText !== undefined,
    };
    if (namespace !== undefined) job.namespace = namespace;
    jobs.push(job);
  }
  return jobs;
}

export function readIfExists(root: string, relPath: string): string | undefined {
  try {
    return readFileSync(join(root, relPath), 'utf8');
  } catch {
    return undefined;
  }
}
