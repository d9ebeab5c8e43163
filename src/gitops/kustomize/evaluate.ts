/**
 * Works out, for every kustomization, which PyTorchJobs it reaches and what each of its overrides
 * does to them: carried over to the TrainJob (with the translated text), or not exactly (the jobs
 * it reaches are held, with their bases and every overlay). Holding a job can make another override
 * inexact (it then reaches a job that stays a PyTorchJob), so this runs to a fixed point. Pure: file
 * access comes in through `KustomizeWorld`.
 */
import { isMap, isSeq, parseAllDocuments, parseDocument, type YAMLMap } from 'yaml';
import type { ConvertOptions } from '../../convert/types.js';
import type {
  Kustomization,
  Override,
  PatchOverride,
  ReplacementOverride,
  TargetSelector,
} from './kustomization.js';
import { isObject, type Json, type JsonObject, type JsonPatchOperation } from './merge.js';
import {
  translateJsonPatch,
  translateReplacementPaths,
  translateSourcePath,
  translateStrategicPatch,
} from './translate.js';

export interface SourceJob {
  /** `relPath#namespace/name`. */
  key: string;
  relPath: string;
  name: string;
  namespace?: string;
  job: JsonObject;
  /** The plan converts it (not held, not needing review). */
  converting: boolean;
}

export type Resolved =
  | { type: 'kustomization'; relPath: string }
  | { type: 'file'; relPath: string }
  | { type: 'remote' }
  | { type: 'missing'; why: string };

export interface KustomizeWorld {
  kustomizations: ReadonlyMap<string, Kustomization>;
  /** A reference written in the kustomization in `dir`. */
  resolve(dir: string, value: string): Resolved;
  jobsIn(relPath: string): SourceJob[];
  /** A patch file's text (relative to the root), or undefined when missing. */
  read(relPath: string): string | undefined;
  optionsFor(relPath: string): ConvertOptions;
}

export type PatchDocument =
  | { type: 'strategic'; value: JsonObject }
  | { type: 'json6902'; value: JsonPatchOperation[] };

/** A replacement carried over: its selectors retargeted at TrainJobs and its field paths translated. */
export interface TranslatedReplacement {
  /** The replacement's map, in the kustomization or in its replacement file. */
  node: YAMLMap;
  /** The source selects a converted job by kind or group: retarget it. */
  retargetSource: boolean;
  /** The source's new fieldPath, when it changes. */
  sourceFieldPath?: string;
  /** By index in `targets`: the TrainJob field paths. */
  targets: { index: number; fieldPaths: string[] }[];
}

export type OverrideOutcome =
  | { type: 'unaffected' }
  | { type: 'rewrite'; documents: (PatchDocument | { type: 'other'; value: Json })[] }
  | { type: 'replacement'; replacements: TranslatedReplacement[] }
  | { type: 'image' }
  | { type: 'hold'; reason: string };

export interface OverrideEvaluation {
  kustomization: Kustomization;
  override: Override;
  /** The relPath of the patch (or replacement) file when the override is kept in one. */
  patchFile?: string;
  /** The PyTorchJobs it reaches. */
  reached: SourceJob[];
  outcome: OverrideOutcome;
}

export interface KustomizationEvaluation {
  kustomization: Kustomization;
  /**
   * Every PyTorchJob it includes (through resources, bases and components); for a component, the
   * jobs of the kustomizations listing it, which its overrides apply to.
   */
  jobs: SourceJob[];
  overrides: OverrideEvaluation[];
  /** Remote or missing references: no build can be trusted, its jobs are held. */
  problems: string[];
}

interface Instance {
  source: SourceJob;
  current: JsonObject;
  name: string;
  namespace?: string;
}

export function evaluateAll(
  world: KustomizeWorld,
  initiallyHeld: ReadonlySet<string> = new Set(),
): {
  evaluations: KustomizationEvaluation[];
  held: Map<string, string[]>;
} {
  const held = new Map<string, string[]>([...initiallyHeld].map((key) => [key, []]));
  for (;;) {
    const evaluations = evaluateOnce(world, held);
    let grew = false;
    for (const evaluation of evaluations) {
      const reasons = holdReasons(evaluation);
      for (const job of evaluation.jobs) {
        const reason = reasons.get(job.key);
        if (reason === undefined || !job.converting) continue;
        const known = held.get(job.key);
        if (!known) {
          held.set(job.key, [reason]);
          grew = true;
        } else if (!known.includes(reason)) known.push(reason);
      }
    }
    if (!grew) return { evaluations, held };
  }
}

/** Why each job of a kustomization must be held, by job key. */
function holdReasons(evaluation: KustomizationEvaluation): Map<string, string> {
  const reasons = new Map<string, string>();
  const where = evaluation.kustomization.relPath;
  if (evaluation.problems.length > 0) {
    for (const job of evaluation.jobs) reasons.set(job.key, `${where}: ${evaluation.problems.join('; ')}`);
  }
  for (const result of evaluation.overrides) {
    if (result.outcome.type !== 'hold') continue;
    const what = describeOverride(result);
    for (const job of result.reached) reasons.set(job.key, `${what}: ${result.outcome.reason}`);
  }
  return reasons;
}

export function describeOverride(
  result: Pick<OverrideEvaluation, 'kustomization' | 'override' | 'patchFile'>,
): string {
  const { kustomization, override, patchFile } = result;
  const file = patchFile === undefined ? '' : ` (${patchFile})`;
  return `${kustomization.relPath} line ${override.line}, ${override.style} entry${file}`;
}

function evaluateOnce(world: KustomizeWorld, held: ReadonlyMap<string, string[]>): KustomizationEvaluation[] {
  const memo = new Map<string, { instances: Instance[]; evaluation: KustomizationEvaluation }>();
  /** Each time a component is applied, for the kustomizations listing it. */
  const componentRuns = new Map<string, KustomizationEvaluation[]>();
  const visiting = new Set<string>();
  const isConverting = (job: SourceJob): boolean => job.converting && !held.has(job.key);

  /** Resources and bases first, then components in order, as kustomize accumulates them. */
  const accumulate = (
    kustomization: Kustomization,
    instances: Instance[],
    evaluation: KustomizationEvaluation,
  ): void => {
    const components: { relPath: string; line: number }[] = [];
    for (const reference of kustomization.references) {
      if (reference.field === 'configurations') continue;
      const resolved = world.resolve(kustomization.dir, reference.value);
      if (resolved.type === 'remote') {
        evaluation.problems.push(
          `line ${reference.line} names a remote ${reference.field} entry (${reference.value}), which is not fetched`,
        );
      } else if (resolved.type === 'missing') {
        evaluation.problems.push(`line ${reference.line}: ${resolved.why}`);
      } else if (reference.field === 'components') {
        if (resolved.type === 'kustomization')
          components.push({ relPath: resolved.relPath, line: reference.line });
        else evaluation.problems.push(`line ${reference.line}: component ${reference.value} is not a folder`);
      } else if (resolved.type === 'file') {
        for (const job of world.jobsIn(resolved.relPath)) instances.push(instanceOf(job));
      } else {
        const inner = visit(resolved.relPath);
        instances.push(...inner.instances.map(copyInstance));
        evaluation.problems.push(
          ...inner.evaluation.problems.map((problem) => `${resolved.relPath}: ${problem}`),
        );
      }
    }
    for (const component of components) applyComponent(component.relPath, instances, evaluation);
  };

  const transform = (
    kustomization: Kustomization,
    instances: Instance[],
    evaluation: KustomizationEvaluation,
  ): void => {
    for (const override of kustomization.overrides) {
      evaluation.overrides.push(evaluateOverride(world, kustomization, override, instances, isConverting));
    }
    renameInstances(kustomization, instances);
    evaluation.jobs = uniqueJobs(instances.map((instance) => instance.source));
  };

  const visit = (relPath: string): { instances: Instance[]; evaluation: KustomizationEvaluation } => {
    const known = memo.get(relPath);
    if (known) return known;
    const kustomization = world.kustomizations.get(relPath) as Kustomization;
    const evaluation: KustomizationEvaluation = { kustomization, jobs: [], overrides: [], problems: [] };
    if (visiting.has(relPath)) {
      evaluation.problems.push('it includes itself through its resources');
      return { instances: [], evaluation };
    }
    visiting.add(relPath);
    if (kustomization.parseError) evaluation.problems.push(`it cannot be read (${kustomization.parseError})`);
    const instances: Instance[] = [];
    accumulate(kustomization, instances, evaluation);
    transform(kustomization, instances, evaluation);
    visiting.delete(relPath);
    const result = { instances, evaluation };
    memo.set(relPath, result);
    return result;
  };

  /** A component adds its resources to the listing kustomization's, then transforms them all. */
  const applyComponent = (relPath: string, instances: Instance[], parent: KustomizationEvaluation): void => {
    const kustomization = world.kustomizations.get(relPath) as Kustomization;
    if (visiting.has(relPath)) {
      parent.problems.push(`${relPath}: it includes itself through its components`);
      return;
    }
    visiting.add(relPath);
    const evaluation: KustomizationEvaluation = { kustomization, jobs: [], overrides: [], problems: [] };
    if (kustomization.parseError) evaluation.problems.push(`it cannot be read (${kustomization.parseError})`);
    accumulate(kustomization, instances, evaluation);
    transform(kustomization, instances, evaluation);
    visiting.delete(relPath);
    parent.problems.push(...evaluation.problems.map((problem) => `${relPath}: ${problem}`));
    componentRuns.set(relPath, [...(componentRuns.get(relPath) ?? []), evaluation]);
  };

  const relPaths = [...world.kustomizations.keys()];
  for (const relPath of relPaths) {
    if (!world.kustomizations.get(relPath)?.isComponent) visit(relPath);
  }
  return relPaths.map((relPath) => {
    const runs = componentRuns.get(relPath);
    return runs ? mergeRuns(runs) : visit(relPath).evaluation;
  });
}

/** One evaluation of a component from each kustomization listing it: its texts are shared. */
function mergeRuns(runs: readonly KustomizationEvaluation[]): KustomizationEvaluation {
  const first = runs[0] as KustomizationEvaluation;
  return {
    kustomization: first.kustomization,
    jobs: uniqueJobs(runs.flatMap((run) => run.jobs)),
    problems: [...new Set(runs.flatMap((run) => run.problems))],
    overrides: first.overrides.map((override, index) =>
      mergeOverride(runs.map((run) => run.overrides[index] ?? override)),
    ),
  };
}

function mergeOverride(results: readonly OverrideEvaluation[]): OverrideEvaluation {
  const first = results[0] as OverrideEvaluation;
  const reached = uniqueJobs(results.flatMap((result) => result.reached));
  const active = results.filter((result) => result.outcome.type !== 'unaffected');
  const hold = active.find((result) => result.outcome.type === 'hold');
  let outcome: OverrideOutcome = hold?.outcome ?? active[0]?.outcome ?? { type: 'unaffected' };
  const key = outcomeKey(outcome);
  if (!hold && active.some((result) => outcomeKey(result.outcome) !== key)) {
    outcome = {
      type: 'hold',
      reason:
        'the component is listed by several kustomizations, and its TrainJob forms would differ between them',
    };
  }
  return { ...first, reached, outcome };
}

function outcomeKey(outcome: OverrideOutcome): string {
  if (outcome.type !== 'replacement') return JSON.stringify(outcome);
  return JSON.stringify(outcome.replacements.map(({ node: _node, ...translation }) => translation));
}

function instanceOf(job: SourceJob): Instance {
  const instance: Instance = { source: job, current: structuredClone(job.job), name: job.name };
  if (job.namespace !== undefined) instance.namespace = job.namespace;
  return instance;
}

function copyInstance(instance: Instance): Instance {
  return { ...instance, current: structuredClone(instance.current) };
}

function uniqueJobs(jobs: SourceJob[]): SourceJob[] {
  return [...new Map(jobs.map((job) => [job.key, job])).values()];
}

function renameInstances(kustomization: Kustomization, instances: Instance[]): void {
  for (const instance of instances) {
    instance.name = `${kustomization.namePrefix ?? ''}${instance.name}${kustomization.nameSuffix ?? ''}`;
    if (kustomization.namespace !== undefined) instance.namespace = kustomization.namespace;
  }
}

function evaluateOverride(
  world: KustomizeWorld,
  kustomization: Kustomization,
  override: Override,
  instances: Instance[],
  isConverting: (job: SourceJob) => boolean,
): OverrideEvaluation {
  const result: OverrideEvaluation = {
    kustomization,
    override,
    reached: [],
    outcome: { type: 'unaffected' },
  };
  if (override.kind === 'image') {
    result.reached = uniqueJobs(
      instances
        .filter((instance) => usesImage(instance.current, override.name))
        .map((instance) => instance.source),
    );
    if (result.reached.length > 0) result.outcome = { type: 'image' };
    return result;
  }
  if (override.kind === 'replacement') {
    return evaluateReplacement(world, kustomization, override, instances, isConverting, result);
  }
  return evaluatePatch(world, kustomization, override, instances, isConverting, result);
}

function evaluatePatch(
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

function evaluateReplacement(
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

const SELECTOR_KEYS = [
  'group',
  'version',
  'kind',
  'name',
  'namespace',
  'labelSelector',
  'annotationSelector',
];

function selectorOf(value: Json | undefined): TargetSelector | undefined {
  if (!isObject(value)) return undefined;
  const selector: Record<string, string> = {};
  for (const key of SELECTOR_KEYS) if (typeof value[key] === 'string') selector[key] = value[key];
  return Object.keys(selector).length > 0 ? (selector as TargetSelector) : undefined;
}

/** The PyTorchJob kind or group, which a TrainJob no longer matches. */
function selectsByJobKind(selector: TargetSelector): boolean {
  return selector.kind !== undefined || selector.group !== undefined;
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

/** The legacy image filter matches `image` fields in any `containers`/`initContainers` list. */
function usesImage(job: JsonObject, name: string): boolean {
  const images: string[] = [];
  const walk = (value: Json, inContainers: boolean): void => {
    if (Array.isArray(value)) for (const item of value) walk(item, inContainers);
    else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (inContainers && key === 'image' && typeof child === 'string') images.push(child);
        walk(child, key === 'containers' || key === 'initContainers');
      }
    }
  };
  walk(job, false);
  return images.some((image) => imageName(image) === name);
}

function imageName(image: string): string {
  const withoutDigest = image.split('@')[0] as string;
  const colon = withoutDigest.lastIndexOf(':');
  return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, colon) : withoutDigest;
}

function matchesEmbedded(instance: Instance, document: JsonObject): boolean {
  if (document.kind !== 'PyTorchJob') return false;
  const metadata = isObject(document.metadata) ? document.metadata : {};
  if (metadata.name !== instance.name && metadata.name !== instance.source.name) return false;
  return (
    metadata.namespace === undefined ||
    metadata.namespace === instance.namespace ||
    metadata.namespace === instance.source.namespace
  );
}

export function matchesTarget(instance: Instance, target: TargetSelector): boolean {
  const [group, version] = splitApiVersion(String(instance.current.apiVersion ?? ''));
  if (target.kind !== undefined && !fullMatch(target.kind, String(instance.current.kind ?? ''))) return false;
  if (target.group !== undefined && !fullMatch(target.group, group)) return false;
  if (target.version !== undefined && !fullMatch(target.version, version)) return false;
  if (
    target.name !== undefined &&
    !fullMatch(target.name, instance.name) &&
    !fullMatch(target.name, instance.source.name)
  )
    return false;
  if (target.namespace !== undefined && !fullMatch(target.namespace, instance.namespace ?? 'default'))
    return false;
  const metadata = isObject(instance.current.metadata) ? instance.current.metadata : {};
  if (target.labelSelector !== undefined && !matchesSelector(target.labelSelector, metadata.labels))
    return false;
  if (
    target.annotationSelector !== undefined &&
    !matchesSelector(target.annotationSelector, metadata.annotations)
  )
    return false;
  return true;
}

function splitApiVersion(apiVersion: string): [string, string] {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? ['', apiVersion] : [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
}

/** kustomize matches target fields as anchored regular expressions. */
function fullMatch(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return pattern === value;
  }
}

/** Equality (`a=b`, `a==b`, `a!=b`) and existence (`a`, `!a`) terms, comma-separated. */
function matchesSelector(selector: string, labels: Json | undefined): boolean {
  const map = isObject(labels) ? labels : {};
  return selector
    .split(',')
    .map((term) => term.trim())
    .filter((term) => term.length > 0)
    .every((term) => {
      const unequal = /^([^!=]+)!=(.*)$/.exec(term);
      if (unequal) return map[(unequal[1] as string).trim()] !== (unequal[2] as string).trim();
      const equal = /^([^=]+)==?(.*)$/.exec(term);
      if (equal) return map[(equal[1] as string).trim()] === (equal[2] as string).trim();
      if (term.startsWith('!')) return !(term.slice(1) in map);
      return term in map;
    });
}

export function joinPath(dir: string, value: string): string {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of value.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return `../${value}`;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
