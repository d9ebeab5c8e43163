/** A job as a kustomization sees it: its object after earlier patches, and its name and namespace. */
import type { Kustomization } from './kustomization.js';
import type { JsonObject } from './merge.js';
import type { SourceJob } from './world.js';

export interface Instance {
  source: SourceJob;
  current: JsonObject;
  name: string;
  namespace?: string;
  /** What namePrefix/nameSuffix added to the source name so far (name = prefix + source name + suffix). */
  prefix: string;
  suffix: string;
}

/** A job as a kustomization builds it: which source job, under which final name and namespace. */
export interface BuiltJob {
  source: SourceJob;
  name: string;
  namespace?: string;
  prefix: string;
  suffix: string;
}

export function builtJobOf(instance: Instance): BuiltJob {
  const { source, name, namespace, prefix, suffix } = instance;
  return namespace === undefined
    ? { source, name, prefix, suffix }
    : { source, name, namespace, prefix, suffix };
}

export function instanceOf(job: SourceJob): Instance {
  const instance: Instance = {
    source: job,
    current: structuredClone(job.job),
    name: job.name,
    prefix: '',
    suffix: '',
  };
  if (job.namespace !== undefined) instance.namespace = job.namespace;
  return instance;
}

export function copyInstance(instance: Instance): Instance {
  return { ...instance, current: structuredClone(instance.current) };
}

export function uniqueJobs(jobs: SourceJob[]): SourceJob[] {
  return [...new Map(jobs.map((job) => [job.key, job])).values()];
}

export function renameInstances(kustomization: Kustomization, instances: Instance[]): void {
  for (const instance of instances) {
    instance.prefix = `${kustomization.namePrefix ?? ''}${instance.prefix}`;
    instance.suffix = `${instance.suffix}${kustomization.nameSuffix ?? ''}`;
    instance.name = `${kustomization.namePrefix ?? ''}${instance.name}${kustomization.nameSuffix ?? ''}`;
    if (kustomization.namespace !== undefined) instance.namespace = kustomization.namespace;
  }
}
