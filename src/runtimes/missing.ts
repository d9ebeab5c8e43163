/** Warns about TrainJobs whose runtime neither the repository defines nor the user says is installed. */
import type { Finding, RuntimeKind } from '../model/conversion.js';
import type { DefinedRuntime } from './collect.js';

export interface RuntimeReference {
  kind: RuntimeKind;
  name: string;
  /** The TrainJob's namespace (a TrainingRuntime must be in it). */
  namespace?: string;
}

export function isRuntimeDefined(ref: RuntimeReference, defined: readonly DefinedRuntime[]): boolean {
  return defined.some(
    (runtime) =>
      runtime.kind === ref.kind &&
      runtime.name === ref.name &&
      // A namespaced runtime without a namespace lands wherever the job's manifests are applied.
      (ref.kind === 'ClusterTrainingRuntime' ||
        runtime.namespace === undefined ||
        ref.namespace === undefined ||
        runtime.namespace === ref.namespace),
  );
}

/** A RUNTIME_NOT_FOUND warning, or undefined when the runtime is defined or listed as installed. */
export function missingRuntimeFinding(
  ref: RuntimeReference,
  defined: readonly DefinedRuntime[],
  installed: readonly string[],
): Finding | undefined {
  if (installed.includes(ref.name) || isRuntimeDefined(ref, defined)) return undefined;
  const where = ref.kind === 'TrainingRuntime' && ref.namespace ? ` in namespace ${ref.namespace}` : '';
  return {
    severity: 'warning',
    code: 'RUNTIME_NOT_FOUND',
    message:
      `the TrainJob references the ${ref.kind} "${ref.name}"${where}, which no scanned manifest defines; ` +
      "the Trainer's webhook rejects a TrainJob whose runtime does not exist, and the Helm chart leaves " +
      'the built-in runtimes off by default (runtimes.defaultEnabled: false). Install or enable it before ' +
      `merging, and if it is already installed list it with --installed-runtimes ${ref.name}`,
    path: 'spec.runtimeRef.name',
  };
}
