/** A `patches`/`patchesStrategicMerge`/`patchesJson6902` entry: its TrainJob form, or why the jobs are held. */
import { parseAllDocuments } from 'yaml';
import type { OverrideEvaluation, PatchDocument, PatchGroup } from './evaluation-types.js';
import { type Instance, uniqueJobs } from './instances.js';
import type { Kustomization, PatchOverride, TargetSelector } from './kustomization.js';
import { isObject, type Json, type JsonObject, type JsonPatchOperation } from './merge.js';
import { matchesEmbedded, matchesTarget } from './selectors.js';
import { translateJsonPatch, translateStrategicPatch } from './translate.js';
import { joinPath, type KustomizeWorld, type SourceJob } from './world.js';

export function evaluatePatch(
  world: KustomizeWorld,
  kustomization: Kustomization,
  override: PatchOverride,
  instances: Instance[],
  isConverting: (job: SourceJob) => boolean,
  result: OverrideEvaluation,
): OverrideEvaluation {
  let text: string | undefined;
  if (override.source.type === 'inline') text = override.source.text;
  else {
    result.patchFile = joinPath(kustomization.dir, override.source.value);
    text = world.read(result.patchFile);
  }
  const targeted = override.target
    ? instances.filter((instance) => matchesTarget(instance, override.target as TargetSelector))
    : [];
  if (text === undefined) {
    if (targeted.length > 0) {
      result.reached = uniqueJobs(targeted.map((instance) => instance.source));
      result.outcome = { type: 'hold', reason: `the patch file ${result.patchFile} cannot be read` };
    }
    return result;
  }
  // No job in this kustomization's resources: the patch reaches none, whatever it holds. Parsed
  // only when it names PyTorchJob, so that one that cannot be parsed is still reported as such.
  if (instances.length === 0 && !text.includes('PyTorchJob')) return result;
  let documents: Json[];
  try {
    const parsed = parseAllDocuments(text);
    if (!Array.isArray(parsed)) throw new Error('not YAML');
    const error = parsed.flatMap((document) => document.errors)[0];
    if (error) throw error;
    documents = parsed.map((document) => document.toJSON() as Json).filter((document) => document !== null);
  } catch (error) {
    if (targeted.length > 0 || /PyTorchJob/.test(text)) {
      result.reached = uniqueJobs(
        (targeted.length > 0 ? targeted : instances).map((instance) => instance.source),
      );
      result.outcome = { type: 'hold', reason: `the patch cannot be parsed (${(error as Error).message})` };
    }
    return result;
  }
  if (override.style === 'patches-smp' && documents.length === 1 && Array.isArray(documents[0])) {
    override.style = 'patches-json6902';
  }
  if (override.target?.kind !== undefined) {
    if (targeted.length === 0) return result;
    return evaluateTargeted(world, documents, targeted, isConverting, result);
  }
  const translatedDocuments: (PatchDocument | { type: 'other'; value: Json })[] = [];
  const reached: Instance[] = [];
  let holdReason: string | undefined;
  for (const document of documents) {
    const isJsonPatch = Array.isArray(document);
    const matched = override.target
      ? targeted
      : isObject(document) && !isJsonPatch
        ? instances.filter((instance) => matchesEmbedded(instance, document))
        : [];
    if (matched.length === 0) {
      translatedDocuments.push({ type: 'other', value: document });
      continue;
    }
    reached.push(...matched);
    if (override.target && override.target.kind === undefined) {
      holdReason ??=
        'its target selects by name or labels only, so it may also patch objects that are not jobs';
    }
    if (matched.some((instance) => !isConverting(instance.source))) {
      holdReason ??= 'it also reaches a job that stays a PyTorchJob, and one patch cannot fit both kinds';
    }
    let translatedOnce: PatchDocument | undefined;
    for (const instance of matched) {
      const options = world.optionsFor(instance.source.relPath);
      if (options.strategy === 'side-by-side') {
        holdReason ??=
          'side-by-side keeps the PyTorchJob and its patches; patches for the added TrainJob are not written';
        continue;
      }
      const outcome = isJsonPatch
        ? translateJsonPatch(instance.current, document as unknown as JsonPatchOperation[], options)
        : translateStrategicPatch(instance.current, document as JsonObject, options);
      if (!outcome.ok) {
        holdReason ??= outcome.reason;
        continue;
      }
      instance.current = outcome.patched;
      const translated: PatchDocument = isJsonPatch
        ? { type: 'json6902', value: outcome.value as JsonPatchOperation[] }
        : { type: 'strategic', value: outcome.value as JsonObject };
      if (translatedOnce && JSON.stringify(translatedOnce) !== JSON.stringify(translated)) {
        holdReason ??= 'it reaches several jobs whose TrainJob patches would differ';
      }
      translatedOnce ??= translated;
    }
    if (translatedOnce) translatedDocuments.push(translatedOnce);
  }
  result.reached = uniqueJobs(reached.map((instance) => instance.source));
  if (result.reached.length === 0) return result;
  result.outcome =
    holdReason === undefined
      ? { type: 'rewrite', documents: translatedDocuments }
      : { type: 'hold', reason: holdReason };
  return result;
}

/**
 * A patch with a `target` naming a kind: each converted job it reaches gets the patch's effect in
 * TrainJob form, grouped by identical form; jobs that stay PyTorchJobs keep the original entry (whose
 * kind no longer matches the TrainJobs); a job whose own effect has no exact TrainJob form is held
 * alone.
 */
function evaluateTargeted(
  world: KustomizeWorld,
  documents: Json[],
  targeted: Instance[],
  isConverting: (job: SourceJob) => boolean,
  result: OverrideEvaluation,
): OverrideEvaluation {
  result.reached = uniqueJobs(targeted.map((instance) => instance.source));
  const groups = new Map<string, PatchGroup>();
  const holds: { job: SourceJob; reason: string }[] = [];
  let keepOriginal = false;
  for (const instance of targeted) {
    if (!isConverting(instance.source)) {
      keepOriginal = true;
      continue;
    }
    const options = world.optionsFor(instance.source.relPath);
    if (options.strategy === 'side-by-side') {
      holds.push({
        job: instance.source,
        reason:
          'side-by-side keeps the PyTorchJob and its patches; patches for the added TrainJob are not written',
      });
      continue;
    }
    let current = instance.current;
    const translated: PatchDocument[] = [];
    let failure: string | undefined;
    for (const document of documents) {
      const outcome = Array.isArray(document)
        ? translateJsonPatch(current, document as unknown as JsonPatchOperation[], options)
        : isObject(document)
          ? translateStrategicPatch(current, document, options)
          : ({ ok: false, reason: 'a patch document is neither a map nor a list' } as const);
      if (!outcome.ok) {
        failure = outcome.reason;
        break;
      }
      current = outcome.patched;
      translated.push(
        Array.isArray(document)
          ? { type: 'json6902', value: outcome.value as JsonPatchOperation[] }
          : { type: 'strategic', value: outcome.value as JsonObject },
      );
    }
    if (failure !== undefined) {
      holds.push({ job: instance.source, reason: `for ${instance.name}, ${failure}` });
      continue;
    }
    instance.current = current;
    const key = JSON.stringify(translated);
    const group = groups.get(key) ?? { names: [], documents: translated };
    if (!group.names.includes(instance.name)) group.names.push(instance.name);
    groups.set(key, group);
  }
  if (holds.length > 0) result.holds = holds;
  const formed = [...groups.values()];
  // Only jobs that stay PyTorchJobs: the entry stays as it is (a component merges this with its other runs).
  if (formed.length === 0) {
    if (keepOriginal || holds.length > 0) result.outcome = { type: 'split', groups: [], keepOriginal: true };
    return result;
  }
  result.outcome =
    formed.length === 1 && !keepOriginal && holds.length === 0
      ? { type: 'rewrite', documents: (formed[0] as PatchGroup).documents }
      : { type: 'split', groups: formed, keepOriginal: keepOriginal || holds.length > 0 };
  return result;
}
