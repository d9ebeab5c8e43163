/** The file changes that carry the evaluated overrides over to TrainJobs. */
import type { FileChange, RootPlan } from '../pipeline.js';
import {
  applySplices,
  configurationSplice,
  IMAGE_CONFIG_FILE,
  IMAGE_CONFIG_TEXT,
  patchEdits,
  replacementEdits,
  type Splice,
} from './edits.js';
import type { KustomizationEvaluation } from './evaluation-types.js';
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
      if (result.reached.some((job) => held.has(job.key) || !job.converting)) continue;
      if (result.outcome.type === 'rewrite' || result.outcome.type === 'replacement') {
        const edit = result.outcome.type === 'rewrite' ? patchEdits : replacementEdits;
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
    if (splices.length > 0) {
      texts.set(kustomization.relPath, applySplices(kustomization.text, splices));
      touched.add(kustomization.relPath);
      if (texts.has(configPath)) touched.add(configPath);
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
