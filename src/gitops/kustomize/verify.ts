/**
 * The build check: every PyTorchJob of the before-build, converted by the engine, must be the
 * TrainJob of the after-build (deep-equal); a job that stays a PyTorchJob must build unchanged; and a
 * runtime the change adds must keep the name its TrainJobs reference. Pure.
 */
import { parseAllDocuments } from 'yaml';
import type { ConvertOptions } from '../../convert/types.js';
import { deepEqual } from '../../util/objects.js';
import { isObject, type JsonObject } from './merge.js';
import { convertJob } from './translate.js';
import type { SourceJob } from './world.js';

export type Verdict = { ok: true } | { ok: false; message: string };

export function parseBuild(output: string): JsonObject[] {
  return parseAllDocuments(output)
    .flatMap((document) => ('toJSON' in document ? [document.toJSON()] : []))
    .filter(isObject) as JsonObject[];
}

function identity(object: JsonObject): string {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  return `${String(metadata.namespace ?? '')}/${String(metadata.name ?? '')}`;
}

/** The source job a built job came from: the longest source name inside the built name (prefix/suffix). */
function sourceOf(built: JsonObject, jobs: readonly SourceJob[]): SourceJob | undefined {
  const name = String((isObject(built.metadata) ? built.metadata.name : '') ?? '');
  return jobs.filter((job) => name.includes(job.name)).sort((a, b) => b.name.length - a.name.length)[0];
}

export function verifyBuild(
  before: readonly JsonObject[],
  after: readonly JsonObject[],
  jobs: readonly SourceJob[],
  isConverted: (job: SourceJob) => boolean,
  optionsFor: (relPath: string) => ConvertOptions,
): Verdict {
  const afterByKind = (kind: string, id: string): JsonObject | undefined =>
    after.find((object) => object.kind === kind && identity(object) === id);
  for (const built of before.filter((object) => object.kind === 'PyTorchJob')) {
    const id = identity(built);
    const source = sourceOf(built, jobs);
    if (!source || !isConverted(source)) {
      if (!deepEqual(afterByKind('PyTorchJob', id), built)) {
        return {
          ok: false,
          message: `PyTorchJob ${id} that stays a PyTorchJob builds differently after the change`,
        };
      }
      continue;
    }
    const expected = convertJob(built, optionsFor(source.relPath));
    if (!expected.ok) return { ok: false, message: `PyTorchJob ${id} as built: ${expected.reason}` };
    const actual = afterByKind('TrainJob', id);
    if (!actual)
      return { ok: false, message: `PyTorchJob ${id} has no TrainJob in the build after the change` };
    const difference = firstDifference(expected.trainJob, actual);
    if (difference !== undefined) {
      return {
        ok: false,
        message: `TrainJob ${id} differs from the converted built PyTorchJob at ${difference}`,
      };
    }
  }
  const renamed = renamedRuntime(before, after);
  return renamed === undefined ? { ok: true } : { ok: false, message: renamed };
}

const nameOf = (object: JsonObject): string =>
  String((isObject(object.metadata) ? object.metadata.name : '') ?? '');

/**
 * kustomize's namePrefix/nameSuffix renames a runtime the change adds (a generated runtime) but not
 * the TrainJob's `spec.runtimeRef.name`, which then names a runtime the build does not deploy.
 */
function renamedRuntime(before: readonly JsonObject[], after: readonly JsonObject[]): string | undefined {
  for (const trainJob of after.filter((object) => object.kind === 'TrainJob')) {
    const spec = isObject(trainJob.spec) ? trainJob.spec : {};
    const ref = isObject(spec.runtimeRef) ? spec.runtimeRef : undefined;
    if (typeof ref?.name !== 'string') continue;
    const { name } = ref;
    const kind = typeof ref.kind === 'string' ? ref.kind : 'ClusterTrainingRuntime';
    const built = after.filter((object) => object.kind === kind);
    if (built.some((runtime) => nameOf(runtime) === name)) continue;
    const added = built.find(
      (runtime) =>
        nameOf(runtime).includes(name) &&
        !before.some((old) => old.kind === kind && nameOf(old) === nameOf(runtime)),
    );
    if (added === undefined) continue;
    return `TrainJob ${identity(trainJob)} references the ${kind} ${name}, which the build renames to ${nameOf(added)} (namePrefix or nameSuffix) without renaming the reference; list the runtime in a kustomization without the prefix, or add a nameReference field spec for TrainJob spec/runtimeRef/name`;
  }
  return undefined;
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
