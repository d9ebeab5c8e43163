/**
 * Carries a kustomize override of a PyTorchJob over to the TrainJob by the engine's own mapping:
 * apply the override to the job as the overlay sees it, convert both jobs, and express the
 * difference between the two TrainJobs as an override of the same style. Every translation is
 * checked by construction (applying it to the TrainJob gives the converted patched job). Pure.
 */
import { convertPyTorchJob, TRAINJOB_API_VERSION, TRAINJOB_KIND } from '../../convert/convert.js';
import type { ConvertOptions } from '../../model/conversion.js';
import { deepEqual } from '../../util/objects.js';
import {
  applyJsonPatch,
  escapePointer,
  isObject,
  type Json,
  type JsonObject,
  type JsonPatchOperation,
  jsonPatchDiff,
  mergeStrategic,
  strategicDiff,
  usesDirectives,
} from './merge.js';

export type Translated<T> = { ok: true; value: T; patched: JsonObject } | { ok: false; reason: string };

export type Converted = { ok: true; trainJob: JsonObject } | { ok: false; reason: string };

/** The engine's TrainJob for a job, or why there is none (its blocking findings). */
export function convertJob(job: JsonObject, options: ConvertOptions): Converted {
  const result = convertPyTorchJob(job, options);
  if (result.status === 'converted' && result.trainJob)
    return { ok: true, trainJob: result.trainJob as JsonObject };
  const reasons = result.findings
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => `${finding.code}${finding.path ? ` at ${finding.path}` : ''}`);
  return { ok: false, reason: `the patched job would need review (${reasons.join(', ') || result.status})` };
}

const IDENTITY_KEYS = ['apiVersion', 'kind'] as const;

function withoutIdentity(object: JsonObject): JsonObject {
  const copy: JsonObject = { ...object };
  for (const key of IDENTITY_KEYS) delete copy[key];
  return copy;
}

/** A strategic-merge patch (a partial PyTorchJob) → the partial TrainJob doing the same. */
export function translateStrategicPatch(
  base: JsonObject,
  patch: JsonObject,
  options: ConvertOptions,
): Translated<JsonObject> {
  if (usesDirectives(patch))
    return { ok: false, reason: 'it uses $patch directives, which have no exact TrainJob form' };
  const before = convertJob(base, options);
  if (!before.ok) return before;
  const patched = mergeStrategic(base, withoutIdentity(patch)) as JsonObject;
  const after = convertJob(patched, options);
  if (!after.ok) return after;
  const difference = strategicDiff(withoutIdentity(before.trainJob), withoutIdentity(after.trainJob));
  const metadata = isObject(difference.metadata) ? { ...difference.metadata } : {};
  const patchMetadata = isObject(patch.metadata) ? patch.metadata : {};
  for (const key of ['name', 'namespace'] as const) {
    if (patchMetadata[key] !== undefined) metadata[key] = patchMetadata[key] as Json;
  }
  const translated: JsonObject = {};
  if (patch.apiVersion !== undefined) translated.apiVersion = TRAINJOB_API_VERSION;
  if (patch.kind !== undefined) translated.kind = TRAINJOB_KIND;
  if (Object.keys(metadata).length > 0) translated.metadata = metadata;
  for (const [key, value] of Object.entries(difference)) if (key !== 'metadata') translated[key] = value;
  const check = mergeStrategic(before.trainJob, withoutIdentity(translated));
  if (!deepEqual(check, after.trainJob)) {
    return { ok: false, reason: 'its TrainJob form does not reproduce the converted patched job' };
  }
  return { ok: true, value: translated, patched };
}

/** JSON 6902 operations on a PyTorchJob → operations on the TrainJob doing the same. */
export function translateJsonPatch(
  base: JsonObject,
  operations: readonly JsonPatchOperation[],
  options: ConvertOptions,
): Translated<JsonPatchOperation[]> {
  const before = convertJob(base, options);
  if (!before.ok) return before;
  let patched: JsonObject;
  try {
    patched = applyJsonPatch(base, operations) as JsonObject;
  } catch (error) {
    return { ok: false, reason: `it does not apply to the job (${(error as Error).message})` };
  }
  const after = convertJob(patched, options);
  if (!after.ok) return after;
  const translated = jsonPatchDiff(before.trainJob, after.trainJob);
  if (translated.length === 0) return { ok: false, reason: 'it changes nothing that a TrainJob carries' };
  if (!deepEqual(applyJsonPatch(before.trainJob, translated), after.trainJob)) {
    return { ok: false, reason: 'its TrainJob form does not reproduce the converted patched job' };
  }
  return { ok: true, value: translated, patched };
}

const SENTINEL = 'trainjob-migrate-replacement-probe';

/**
 * Replacement target field paths of a PyTorchJob → the TrainJob field paths that receive the same
 * value: the job is converted with a probe value written at every target path, and the probe must
 * come out unchanged at the returned paths (which must already exist in the TrainJob, as kustomize
 * only creates missing fields when asked to) and change nothing else.
 */
export function translateReplacementPaths(
  base: JsonObject,
  fieldPaths: readonly string[],
  options: ConvertOptions,
): Translated<string[]> {
  const before = convertJob(base, options);
  if (!before.ok) return before;
  let probed: Json = structuredClone(base);
  for (const fieldPath of fieldPaths) {
    const pointer = fieldPathToPointer(probed, fieldPath);
    if (pointer === undefined) return { ok: false, reason: `the field path ${fieldPath} is not in the job` };
    probed = applyJsonPatch(probed, [{ op: 'replace', path: pointer, value: SENTINEL }]);
  }
  const after = convertJob(probed as JsonObject, options);
  if (!after.ok) return after;
  const landed = locationsOf(after.trainJob, SENTINEL);
  const inexact = {
    ok: false as const,
    reason: 'the replaced value does not land unchanged in TrainJob fields',
  };
  if (landed.length === 0) return inexact;
  try {
    const operations = landed.map((path): JsonPatchOperation => ({ op: 'replace', path, value: SENTINEL }));
    if (!deepEqual(applyJsonPatch(before.trainJob, operations), after.trainJob)) return inexact;
  } catch {
    // A field the TrainJob only has because of the probe.
    return inexact;
  }
  return { ok: true, value: landed.map(pointerToFieldPath), patched: probed as JsonObject };
}

/** JSON pointers of every place `value` sits in `document`. */
export function locationsOf(document: Json, value: string, prefix = ''): string[] {
  if (document === value) return [prefix];
  if (Array.isArray(document))
    return document.flatMap((item, index) => locationsOf(item, value, `${prefix}/${index}`));
  if (isObject(document)) {
    return Object.entries(document).flatMap(([key, child]) =>
      locationsOf(child, value, `${prefix}/${escapePointer(key)}`),
    );
  }
  return [];
}

const REPLICA_PATH = /^spec\.pytorchReplicaSpecs\.([^.]+)\.(.+)$/;

/**
 * A replacement source field path of a PyTorchJob → the one TrainJob field path holding the same
 * value. A path inside one replica type reads a value every replica type must share for an exact
 * conversion, so it is probed in all of them at once.
 */
export function translateSourcePath(
  base: JsonObject,
  fieldPath: string,
  options: ConvertOptions,
): Translated<string> {
  const inReplica = REPLICA_PATH.exec(fieldPath);
  let probed = [fieldPath];
  if (inReplica) {
    const specs = (isObject(base.spec) && base.spec.pytorchReplicaSpecs) || {};
    const value = valueAt(base, fieldPath);
    probed = Object.keys(isObject(specs) ? specs : {})
      .map((role) => `spec.pytorchReplicaSpecs.${role}.${inReplica[2]}`)
      .filter((path) => path === fieldPath || (value !== undefined && deepEqual(valueAt(base, path), value)));
  }
  const result = translateReplacementPaths(base, probed, options);
  if (!result.ok) return result;
  if (result.value.length !== 1) {
    return { ok: false, reason: `its value lands in ${result.value.length} TrainJob fields, not one` };
  }
  return { ok: true, value: result.value[0] as string, patched: base };
}

function valueAt(object: Json, fieldPath: string): Json | undefined {
  const pointer = fieldPathToPointer(object, fieldPath);
  if (pointer === undefined) return undefined;
  let current: Json | undefined = object;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    current = Array.isArray(current) ? current[Number(key)] : isObject(current) ? current[key] : undefined;
  }
  return current;
}

/** kustomize field path (`a.b.[name=x].c`, `a.0.c`) → JSON pointer in `object`, or undefined. */
export function fieldPathToPointer(object: Json, fieldPath: string): string | undefined {
  const tokens: string[] = [];
  let current: Json | undefined = object;
  for (const segment of splitFieldPath(fieldPath)) {
    if (Array.isArray(current)) {
      const selector = /^\[([^=]+)=(.*)\]$/.exec(segment);
      const index: number = selector
        ? current.findIndex((item) => isObject(item) && String(item[selector[1] as string]) === selector[2])
        : Number(segment);
      if (!Number.isInteger(index) || index < 0 || index >= current.length) return undefined;
      tokens.push(String(index));
      current = current[index];
    } else if (isObject(current) && segment in current) {
      tokens.push(segment.replace(/~/g, '~0').replace(/\//g, '~1'));
      current = current[segment];
    } else {
      return undefined;
    }
  }
  return `/${tokens.join('/')}`;
}

function splitFieldPath(fieldPath: string): string[] {
  return fieldPath.match(/\[[^\]]*\]|[^.]+/g) ?? [];
}

function pointerToFieldPath(pointer: string): string {
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}
