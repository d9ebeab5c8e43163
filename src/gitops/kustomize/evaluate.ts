/**
 * Works out, for every kustomization, which PyTorchJobs it reaches and what each of its overrides
 * does to them: carried over to the TrainJob (with the translated text), or not exactly (the jobs
 * it reaches are held, with their bases and every overlay). Holding a job can make another override
 * inexact (it then reaches a job that stays a PyTorchJob), so this runs to a fixed point. Pure: file
 * access comes in through `KustomizeWorld`.
 */
import type { KustomizationEvaluation, OverrideEvaluation } from './evaluation-types.js';
import { evaluateOnce } from './kustomization-pass.js';
import type { KustomizeWorld } from './world.js';

export type {
  KustomizationEvaluation,
  OverrideEvaluation,
  OverrideOutcome,
  PatchDocument,
  TranslatedReplacement,
} from './evaluation-types.js';
export { matchesTarget } from './selectors.js';
export { joinPath, type KustomizeWorld, type Resolved, type SourceJob } from './world.js';

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
    for (const { job, reason } of result.holds ?? [])
      reasons.set(job.key, `${describeOverride(result)}: ${reason}`);
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
