/** The file changes that carry the evaluated overrides over to TrainJobs. */

import { parseAllDocuments } from 'yaml';
import type { FileChange, RootPlan } from '../../analysis/contract.js';
import type { ConvertOptions } from '../../model/conversion.js';
import { kustomizationClosure } from './closure.js';
import {
  applySplices,
  CLUSTER_SCOPED_FILE,
  CLUSTER_SCOPED_TEXT,
  configurationSplice,
  IMAGE_CONFIG_FILE,
  IMAGE_CONFIG_TEXT,
  listEntrySplice,
  patchEdits,
  replacementEdits,
  type Splice,
  splitEdits,
} from './edits.js';
import type { KustomizationEvaluation } from './evaluation-types.js';
import { trainJobFieldSpecPaths, withTrainJobFieldSpecs } from './field-specs.js';
import { isObject } from './merge.js';
import { plannedFiles } from './plan-files.js';
import { readIfExists } from './plan-world.js';
import { joinPath } from './world.js';

export interface PlannedChanges {
  list: FileChange[];
  /** relPath → planned new text, for the build's after-tree. */
  texts: Map<string, string>;
}

export function changesOf(
  plan: RootPlan,
  evaluations: readonly KustomizationEvaluation[],
  held: ReadonlyMap<string, string[]>,
  optionsFor: (relPath: string) => ConvertOptions,
): PlannedChanges {
  const list: FileChange[] = [];
  const texts = new Map<string, string>();
  const patchFiles = new Set<string>();
  // The jobs and files one kustomization's carried-over overrides touch are written together.
  const together = new Map<string, Set<string>>();
  for (const evaluation of evaluations) {
    const { kustomization } = evaluation;
    const splices: Splice[] = [];
    const touched = new Set<string>();
    for (const result of evaluation.overrides) {
      if (result.patchFile !== undefined && result.reached.length > 0) patchFiles.add(result.patchFile);
      const split = result.outcome.type === 'split';
      if (!split && result.reached.some((job) => held.has(job.key) || !job.converting)) continue;
      if (split || result.outcome.type === 'rewrite' || result.outcome.type === 'replacement') {
        const edit = split ? splitEdits : result.outcome.type === 'rewrite' ? patchEdits : replacementEdits;
        const edits = edit(
          kustomization,
          result,
          (relPath) => plan.files.get(relPath)?.original ?? readIfExists(plan.root, relPath),
        );
        splices.push(...edits.splices);
        for (const [relPath, text] of edits.files) if (!texts.has(relPath)) texts.set(relPath, text);
        for (const relPath of [...edits.files.keys(), ...result.reached.map((job) => job.relPath)]) {
          touched.add(relPath);
        }
      }
    }
    const needsImageSpec = evaluation.overrides.some(
      (result) =>
        result.outcome.type === 'image' && result.reached.some((job) => job.converting && !held.has(job.key)),
    );
    const configPath = joinPath(kustomization.dir, IMAGE_CONFIG_FILE);
    const listed = kustomization.references.some(
      (reference) =>
        reference.field === 'configurations' && joinPath(kustomization.dir, reference.value) === configPath,
    );
    if (needsImageSpec && !listed) {
      splices.push(configurationSplice(kustomization));
      if (readIfExists(plan.root, configPath) === undefined) texts.set(configPath, IMAGE_CONFIG_TEXT);
    }
    if (deploysCreatedClusterRuntime(plan, evaluation, held)) {
      const transformerPath = joinPath(kustomization.dir, CLUSTER_SCOPED_FILE);
      const listedTransformer = kustomization.transformersNode?.toJSON?.() as unknown;
      if (!(Array.isArray(listedTransformer) && listedTransformer.includes(CLUSTER_SCOPED_FILE))) {
        splices.push(listEntrySplice(kustomization, 'transformers', CLUSTER_SCOPED_FILE));
        if (readIfExists(plan.root, transformerPath) === undefined) {
          texts.set(transformerPath, CLUSTER_SCOPED_TEXT);
          touched.add(transformerPath);
        }
      }
    }
    if (splices.length > 0) {
      texts.set(kustomization.relPath, applySplices(kustomization.text, splices));
      touched.add(kustomization.relPath);
      if (texts.has(configPath)) touched.add(configPath);
    }
    const converted = evaluation.jobs.filter((job) => job.converting && !held.has(job.key));
    for (const reference of kustomization.references) {
      if (reference.field !== 'configurations' || converted.length === 0) continue;
      const relPath = joinPath(kustomization.dir, reference.value);
      const text =
        texts.get(relPath) ?? plan.files.get(relPath)?.original ?? readIfExists(plan.root, relPath);
      if (text === undefined) continue;
      const updated = withTrainJobFieldSpecs(text, (spec) =>
        trainJobFieldSpecPaths(
          converted.map((job) => job.job),
          spec.path,
          (job) => optionsFor(converted.find((source) => source.job === job)?.relPath ?? ''),
        ),
      );
      if (updated !== undefined) {
        texts.set(relPath, updated);
        touched.add(relPath);
      }
    }
    for (const relPath of touched)
      together.set(relPath, new Set([...(together.get(relPath) ?? []), ...touched]));
  }
  for (const [relPath, text] of texts) {
    const change: FileChange = { relPath, text, kind: 'kustomization', dropJobs: true, skipReason: null };
    const partners = together.get(relPath);
    if (partners) change.together = [...partners];
    const onDisk = plan.files.has(relPath) ? undefined : readIfExists(plan.root, relPath);
    if (onDisk !== undefined) change.original = onDisk;
    list.push(change);
  }
  // Patch files and kustomizations the scan picked up are not jobs, even when nothing changes in them.
  // The editor may have taken a patch (a partial job) for a job: it keeps its text on disk. A
  // kustomization keeps the text it was read with, which holds earlier analysers' edits.
  const kept = new Map<string, string | undefined>([
    ...[...patchFiles].map((relPath) => [relPath, plan.files.get(relPath)?.original] as const),
    ...evaluations.map(({ kustomization }) => [kustomization.relPath, kustomization.text] as const),
  ]);
  for (const [relPath, text] of kept) {
    if (texts.has(relPath) || plan.files.get(relPath)?.original === undefined || text === undefined) continue;
    list.push({ relPath, text, kind: 'kustomization', dropJobs: true, skipReason: null });
  }
  return { list, texts };
}

/**
 * A kustomization that sets `namespace:` and deploys a ClusterTrainingRuntime this run creates for a
 * job it converts: its namespace transformer would stamp the namespace on the cluster-scoped runtime.
 */
function deploysCreatedClusterRuntime(
  plan: RootPlan,
  evaluation: KustomizationEvaluation,
  held: ReadonlyMap<string, string[]>,
): boolean {
  const { kustomization } = evaluation;
  if (kustomization.namespace === undefined || kustomization.isComponent) return false;
  const used = new Set(
    evaluation.jobs
      .filter((job) => job.converting && !held.has(job.key))
      .flatMap(
        (job) => plan.files.get(job.relPath)?.rewrite.jobs.find((j) => j.name === job.name)?.runtime ?? [],
      ),
  );
  if (used.size === 0) return false;
  const closure = kustomizationClosure(kustomization.dir, plannedFiles(plan));
  return (closure?.files ?? []).some((relPath) => {
    const file = plan.files.get(relPath);
    if (file === undefined || file.original !== undefined) return false;
    return parseAllDocuments(file.rewrite.newText ?? '').some((document) => {
      const object = document.toJSON() as unknown;
      return (
        isObject(object) &&
        object.kind === 'ClusterTrainingRuntime' &&
        isObject(object.metadata) &&
        used.has(String(object.metadata.name))
      );
    });
  });
}
