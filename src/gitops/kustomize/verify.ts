/**
 * The build check: every PyTorchJob of the before-build, converted by the engine, must be the
 * TrainJob of the after-build (deep-equal); a job that stays a PyTorchJob must build unchanged; and a
 * runtime the change adds must keep the name its TrainJobs reference. Pure.
 */
import { parseAllDocuments } from 'yaml';
import { checkEquivalence } from '../../convert/pods/index.js';
import type { ConvertOptions } from '../../model/conversion.js';
import { deepEqual } from '../../util/objects.js';
import type { BuiltJob } from './instances.js';
import { isObject, type JsonObject } from './merge.js';
import { convertJob } from './translate.js';
import type { SourceJob } from './world.js';

/** A failure names the converted job it is about, when it is about one: that job alone is held. */
export type Verdict = { ok: true; checked?: string } | { ok: false; message: string; job?: SourceJob };

export function parseBuild(output: string): JsonObject[] {
  return parseAllDocuments(output)
    .flatMap((document) => ('toJSON' in document ? [document.toJSON()] : []))
    .filter(isObject) as JsonObject[];
}

function identity(object: JsonObject): string {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  return `${String(metadata.namespace ?? '')}/${String(metadata.name ?? '')}`;
}

/**
 * The job a built object is: the one the kustomization builds under exactly that name and namespace.
 * Names never match by substring (`train` is not `train-large`).
 */
export function builtJobFor(object: JsonObject, built: readonly BuiltJob[]): BuiltJob | undefined {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const name = String(metadata.name ?? '');
  const namespace = String(metadata.namespace ?? '');
  return built.find((job) => job.name === name && (job.namespace ?? '') === namespace);
}

export function verifyBuild(
  before: readonly JsonObject[],
  after: readonly JsonObject[],
  jobs: readonly BuiltJob[],
  isConverted: (job: SourceJob) => boolean,
  optionsFor: (relPath: string) => ConvertOptions,
): Verdict {
  const afterByKind = (kind: string, id: string): JsonObject | undefined =>
    after.find((object) => object.kind === kind && identity(object) === id);
  const checked: string[] = [];
  for (const built of before.filter((object) => object.kind === 'PyTorchJob')) {
    const id = identity(built);
    const source = builtJobFor(built, jobs)?.source;
    if (!source || !isConverted(source)) {
      if (!deepEqual(afterByKind('PyTorchJob', id), built)) {
        return {
          ok: false,
          message: `PyTorchJob ${id} that stays a PyTorchJob builds differently after the change`,
        };
      }
      checked.push(`${shown(id)} stays a PyTorchJob, built unchanged`);
      continue;
    }
    const expected = convertJob(built, optionsFor(source.relPath));
    if (!expected.ok)
      return { ok: false, message: `PyTorchJob ${id} as built: ${expected.reason}`, job: source };
    const actual = afterByKind('TrainJob', id);
    if (!actual)
      return {
        ok: false,
        message: `PyTorchJob ${id} has no TrainJob in the build after the change`,
        job: source,
      };
    const difference = firstDifference(expected.trainJob, actual);
    if (difference !== undefined) {
      return {
        ok: false,
        message: `TrainJob ${id} differs from the converted built PyTorchJob at ${difference}`,
        job: source,
      };
    }
    const pods = comparePodsOf(built, actual, after, optionsFor(source.relPath));
    if (!pods.ok) return { ...pods, job: source };
    checked.push(`${shown(id)} → TrainJob, ${pods.checked}`);
  }
  const renamed = renamedRuntime(before, after, jobs);
  if (renamed !== undefined) return { ok: false, message: renamed };
  return checked.length === 0 ? { ok: true } : { ok: true, checked: checked.join('; ') };
}

/** `namespace/name`, or the name alone without a namespace. */
const shown = (id: string): string => id.replace(/^\//, '');

const nameOf = (object: JsonObject): string =>
  String((isObject(object.metadata) ? object.metadata.name : '') ?? '');

/**
 * kustomize's namePrefix/nameSuffix renames a runtime the change adds (a generated runtime) but not
 * the TrainJob's `spec.runtimeRef.name`, which then names a runtime the build does not deploy. The
 * runtime counts as renamed when its name is exactly the reference with the affixes the TrainJob's
 * own name got: known from the kustomization when the job is, else read off the two built names.
 */
function renamedRuntime(
  before: readonly JsonObject[],
  after: readonly JsonObject[],
  jobs: readonly BuiltJob[],
): string | undefined {
  for (const trainJob of after.filter((object) => object.kind === 'TrainJob')) {
    const spec = isObject(trainJob.spec) ? trainJob.spec : {};
    const ref = isObject(spec.runtimeRef) ? spec.runtimeRef : undefined;
    if (typeof ref?.name !== 'string') continue;
    const { name } = ref;
    const kind = typeof ref.kind === 'string' ? ref.kind : 'ClusterTrainingRuntime';
    const built = after.filter((object) => object.kind === kind);
    if (built.some((runtime) => nameOf(runtime) === name)) continue;
    const job = builtJobFor(trainJob, jobs);
    const added = built.find(
      (runtime) =>
        !before.some((old) => old.kind === kind && nameOf(old) === nameOf(runtime)) &&
        (job
          ? nameOf(runtime) === `${job.prefix}${name}${job.suffix}`
          : sharesAffixes(nameOf(runtime), name, nameOf(trainJob))),
    );
    if (added === undefined) continue;
    return `TrainJob ${identity(trainJob)} references the ${kind} ${name}, which the build renames to ${nameOf(added)} (namePrefix or nameSuffix) without renaming the reference; list the runtime in a kustomization without the prefix, or add a nameReference field spec for TrainJob spec/runtimeRef/name`;
  }
  return undefined;
}

/**
 * Whether `renamed` is `reference` with a prefix and suffix that `jobName` carries too: the same
 * namePrefix/nameSuffix applied to both. `torch-distributed-backoff-3` is not a renamed
 * `torch-distributed` unless the job's own name also ends in `-backoff-3`.
 */
export function sharesAffixes(renamed: string, reference: string, jobName: string): boolean {
  if (renamed === reference) return false;
  for (let start = renamed.indexOf(reference); start !== -1; start = renamed.indexOf(reference, start + 1)) {
    const prefix = renamed.slice(0, start);
    const suffix = renamed.slice(start + reference.length);
    if (
      jobName.length > prefix.length + suffix.length &&
      jobName.startsWith(prefix) &&
      jobName.endsWith(suffix)
    )
      return true;
  }
  return false;
}

/**
 * The pods v1 would create for the built PyTorchJob against those v2 creates for the built TrainJob
 * with the runtime the build deploys (or the release's built-in torch-distributed).
 */
function comparePodsOf(
  pyTorchJob: JsonObject,
  trainJob: JsonObject,
  after: readonly JsonObject[],
  options: ConvertOptions,
): { ok: true; checked: string } | { ok: false; message: string } {
  const spec = isObject(trainJob.spec) ? trainJob.spec : {};
  const ref = isObject(spec.runtimeRef) ? spec.runtimeRef : {};
  const name = String(ref.name ?? '');
  const kind = typeof ref.kind === 'string' ? ref.kind : 'ClusterTrainingRuntime';
  const runtime = after.find((object) => object.kind === kind && nameOf(object) === name);
  if (runtime === undefined && name !== 'torch-distributed')
    return { ok: true, checked: `pods not compared (the runtime ${name} is not in the build)` };
  const comparison = checkEquivalence(pyTorchJob, trainJob, {
    release: options.trainerVersion,
    ...(runtime !== undefined && { runtime }),
  });
  const numNodes = isObject(spec.trainer) ? spec.trainer.numNodes : undefined;
  if (comparison.equivalent)
    return { ok: true, checked: `${numNodes ?? 1} node(s), pods equivalent to v1's (runtime ${name})` };
  const first = comparison.differences[0];
  const where = first ? ` (rank ${first.rank}, ${first.field})` : '';
  return {
    ok: false,
    message: `TrainJob ${identity(trainJob)}: its pods differ from the built PyTorchJob's${where}`,
  };
}

function firstDifference(expected: unknown, actual: unknown, path = ''): string | undefined {
  if (deepEqual(expected, actual)) return undefined;
  if (isObject(expected) && isObject(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const found = firstDifference(expected[key], actual[key], `${path}/${key}`);
      if (found !== undefined) return found;
    }
  }
  return path === '' ? '/' : path;
}
