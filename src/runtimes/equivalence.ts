/**
 * A converted job that references a runtime the repository defines runs that runtime's pod template:
 * a runtime that adds pod settings the PyTorchJob did not have (a priority class, a sidecar, other
 * resources) changes what runs. Each such job is rendered against the runtime and held when its pods
 * differ from the PyTorchJob's.
 */
import type { JobHold, RootPlan } from '../analysis/contract.js';
import { checkEquivalence } from '../convert/pods/index.js';
import type { JobRewrite } from '../edit/types.js';
import { type ManifestObject, manifestObjects } from '../scan/manifest-objects.js';
import { isPlainObject } from '../util/objects.js';
import type { DefinedRuntime } from './collect.js';

export function definedRuntimeHolds(plan: RootPlan, defined: readonly DefinedRuntime[]): JobHold[] {
  if (defined.length === 0) return [];
  const holds: JobHold[] = [];
  for (const file of plan.files.values()) {
    const converted = file.rewrite.jobs.filter(
      (job) => job.status === 'converted' && job.conversion?.trainJob,
    );
    if (converted.length === 0 || file.original === undefined) continue;
    const options = plan.rewriteOptionsFor(file.relPath);
    const original = file.original;
    let objects: ManifestObject[] | undefined;
    const objectsOfFile = () => {
      objects ??= manifestObjects(original);
      return objects;
    };
    for (const job of converted) {
      const runtimeName = job.conversion?.summary?.runtime;
      const runtime = defined.find(
        (candidate) =>
          candidate.name === runtimeName &&
          candidate.kind === options.runtimeKind &&
          (candidate.kind === 'ClusterTrainingRuntime' || candidate.namespace === job.namespace),
      );
      const pyTorchJob = runtime && pyTorchJobNamed(objectsOfFile(), job);
      if (!runtime || !pyTorchJob) continue;
      const comparison = checkEquivalence(pyTorchJob, job.conversion?.trainJob, {
        release: options.trainerVersion,
        runtime: runtime.object,
      });
      if (comparison.equivalent) continue;
      const differences = comparison.differences
        .slice(0, 3)
        .map(
          (d) =>
            `${d.rank < 0 ? '' : `rank ${d.rank} `}${d.field}: ${JSON.stringify(d.v1)} → ${JSON.stringify(d.v2)}`,
        )
        .join('; ');
      holds.push({
        relPath: file.relPath,
        name: job.name,
        ...(job.namespace !== undefined && { namespace: job.namespace }),
        findings: [
          {
            severity: 'error',
            code: 'RUNTIME_CHANGES_PODS',
            path: 'spec.runtimeRef',
            message: `the ${runtime.kind} ${runtime.name} (${runtime.path}:${runtime.line}) changes what the pods run (${differences}). Point the job at a runtime that adds nothing the PyTorchJob did not have (--runtime), or set the same in the PyTorchJob, then convert again.`,
          },
        ],
      });
    }
  }
  return holds;
}

/** The PyTorchJob object of a converted job, found in its file by name and namespace. */
function pyTorchJobNamed(
  objects: readonly ManifestObject[],
  job: JobRewrite,
): Record<string, unknown> | undefined {
  return objects.find(
    ({ object }) =>
      object.kind === 'PyTorchJob' &&
      isPlainObject(object.metadata) &&
      object.metadata.name === job.name &&
      object.metadata.namespace === job.namespace,
  )?.object;
}
