/** A `replacements` entry: its selectors and field paths for the TrainJob, or why the jobs are held. */
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import type { OverrideEvaluation, TranslatedReplacement } from './evaluation-types.js';
import { type Instance, uniqueJobs } from './instances.js';
import type { Kustomization, ReplacementOverride, TargetSelector } from './kustomization.js';
import { isObject, type Json } from './merge.js';
import { matchesTarget, selectorOf, selectsByJobKind } from './selectors.js';
import { translateReplacementPaths, translateSourcePath } from './translate.js';
import { joinPath, type KustomizeWorld, type SourceJob } from './world.js';

interface ReplacementEntry {
  node: YAMLMap;
  value: Json;
}

/** The replacements of one `replacements` item: inline, or the one or many kept in its file. */
function replacementEntries(
  world: KustomizeWorld,
  kustomization: Kustomization,
  override: ReplacementOverride,
  result: OverrideEvaluation,
): ReplacementEntry[] | string {
  if (override.path === undefined) return [{ node: override.node, value: override.value ?? null }];
  result.patchFile = joinPath(kustomization.dir, override.path);
  const text = world.read(result.patchFile);
  if (text === undefined) return `the replacement file ${result.patchFile} cannot be read`;
  const document = parseDocument(text);
  const error = document.errors[0];
  if (error) return `the replacement file ${result.patchFile} cannot be parsed (${error.message})`;
  const root = document.contents;
  const maps = (isMap(root) ? [root] : isSeq(root) ? root.items.filter(isMap) : []) as YAMLMap[];
  return maps.map((node) => ({ node, value: node.toJSON() as Json }));
}

export function evaluateReplacement(
  world: KustomizeWorld,
  kustomization: Kustomization,
  override: ReplacementOverride,
  instances: Instance[],
  isConverting: (job: SourceJob) => boolean,
  result: OverrideEvaluation,
): OverrideEvaluation {
  const entries = replacementEntries(world, kustomization, override, result);
  if (typeof entries === 'string') {
    result.reached = uniqueJobs(instances.map((instance) => instance.source));
    if (result.reached.length > 0) result.outcome = { type: 'hold', reason: entries };
    return result;
  }
  const reached: Instance[] = [];
  const translations: TranslatedReplacement[] = [];
  let holdReason: string | undefined;
  for (const entry of entries) {
    const effect = replacementEffect(world, entry, instances, isConverting);
    reached.push(...effect.reached);
    holdReason ??= effect.holdReason;
    if (effect.translation) translations.push(effect.translation);
  }
  result.reached = uniqueJobs(reached.map((instance) => instance.source));
  if (result.reached.length === 0) return result;
  result.outcome =
    holdReason === undefined
      ? { type: 'replacement', replacements: translations }
      : { type: 'hold', reason: holdReason };
  return result;
}

/**
 * The jobs one replacement reads from or writes to, and its TrainJob form: every field path that
 * touches a converted job must map exactly onto TrainJob field paths.
 */
function replacementEffect(
  world: KustomizeWorld,
  entry: ReplacementEntry,
  instances: Instance[],
  isConverting: (job: SourceJob) => boolean,
): { reached: Instance[]; holdReason?: string; translation?: TranslatedReplacement } {
  const value = isObject(entry.value) ? entry.value : {};
  const reached: Instance[] = [];
  const translation: TranslatedReplacement = { node: entry.node, retargetSource: false, targets: [] };
  let holdReason: string | undefined;
  const translatePaths = (
    matched: Instance[],
    fieldPaths: string[],
    role: 'source' | 'target',
  ): string[] | undefined => {
    let agreed: string[] | undefined;
    for (const instance of matched) {
      if (!isConverting(instance.source)) {
        holdReason ??= `its ${role} also reaches a job that stays a PyTorchJob, and one replacement cannot fit both kinds`;
        return undefined;
      }
      const options = world.optionsFor(instance.source.relPath);
      if (options.strategy === 'side-by-side') {
        holdReason ??=
          'side-by-side keeps the PyTorchJob and its replacements; none are written for the added TrainJob';
        return undefined;
      }
      const outcome =
        role === 'source'
          ? translateSourcePath(instance.current, fieldPaths[0] as string, options)
          : translateReplacementPaths(instance.current, fieldPaths, options);
      if (!outcome.ok) {
        holdReason ??= `its ${role} field paths (${fieldPaths.join(', ')}): ${outcome.reason}`;
        return undefined;
      }
      const paths = typeof outcome.value === 'string' ? [outcome.value] : outcome.value;
      if (agreed && agreed.join() !== paths.join()) {
        holdReason ??= `its ${role} reaches several jobs whose TrainJob field paths would differ`;
        return undefined;
      }
      agreed ??= paths;
    }
    return agreed;
  };

  const source = isObject(value.source) ? value.source : undefined;
  const sourceSelector = selectorOf(source);
  if (source && sourceSelector) {
    const matched = instances.filter((instance) => matchesTarget(instance, sourceSelector));
    if (matched.length > 0) {
      reached.push(...matched);
      const fieldPath = typeof source.fieldPath === 'string' ? source.fieldPath : 'metadata.name';
      const path = translatePaths(matched, [fieldPath], 'source')?.[0];
      if (path !== undefined && path !== fieldPath) {
        if (typeof source.fieldPath === 'string') translation.sourceFieldPath = path;
        else holdReason ??= 'its source has no fieldPath to rewrite';
      }
      translation.retargetSource = selectsByJobKind(sourceSelector);
    }
  }
  const targets = Array.isArray(value.targets) ? value.targets : [];
  targets.forEach((target, index) => {
    if (!isObject(target)) return;
    const select = selectorOf(target.select);
    if (!select) return;
    const rejects = (Array.isArray(target.reject) ? target.reject : [])
      .map(selectorOf)
      .filter((reject): reject is TargetSelector => reject !== undefined);
    const selected = instances.filter((instance) => matchesTarget(instance, select));
    const rejectedByKind = selected.filter((instance) =>
      rejects.some((reject) => selectsByJobKind(reject) && matchesTarget(instance, reject)),
    );
    const matched = selected.filter((instance) => !rejects.some((reject) => matchesTarget(instance, reject)));
    if (rejectedByKind.some((instance) => isConverting(instance.source))) {
      reached.push(...rejectedByKind);
      holdReason ??=
        'its reject list names the PyTorchJob by kind or group, which the TrainJob would no longer match';
    }
    if (matched.length === 0) return;
    reached.push(...matched);
    if (select.kind === undefined) {
      holdReason ??=
        'its target selects by name or labels only, so it may also reach objects that are not jobs';
      return;
    }
    const fieldPaths = Array.isArray(target.fieldPaths)
      ? target.fieldPaths.filter((path): path is string => typeof path === 'string')
      : [];
    if (fieldPaths.length === 0) {
      holdReason ??= 'its target names no fieldPaths';
      return;
    }
    const paths = translatePaths(matched, fieldPaths, 'target');
    if (paths) translation.targets.push({ index, fieldPaths: paths });
  });
  return {
    reached,
    ...(holdReason === undefined ? { translation } : { holdReason }),
  };
}
