/** A component is applied once per kustomization listing it; its runs are merged into one evaluation. */
import type {
  KustomizationEvaluation,
  OverrideEvaluation,
  OverrideOutcome,
  PatchDocument,
  PatchGroup,
} from './evaluation-types.js';
import { uniqueJobs } from './instances.js';

/** One evaluation of a component from each kustomization listing it: its texts are shared. */
export function mergeRuns(runs: readonly KustomizationEvaluation[]): KustomizationEvaluation {
  const first = runs[0] as KustomizationEvaluation;
  return {
    kustomization: first.kustomization,
    jobs: uniqueJobs(runs.flatMap((run) => run.jobs)),
    built: runs.flatMap((run) => run.built),
    problems: [...new Set(runs.flatMap((run) => run.problems))],
    overrides: first.overrides.map((override, index) =>
      mergeOverride(runs.map((run) => run.overrides[index] ?? override)),
    ),
  };
}

function mergeOverride(results: readonly OverrideEvaluation[]): OverrideEvaluation {
  const first = results[0] as OverrideEvaluation;
  const reached = uniqueJobs(results.flatMap((result) => result.reached));
  const holds = results.flatMap((result) => result.holds ?? []);
  const merged = (outcome: OverrideOutcome): OverrideEvaluation => ({
    ...first,
    reached,
    outcome,
    ...(holds.length > 0 && { holds }),
  });
  const active = results.filter((result) => result.outcome.type !== 'unaffected');
  const hold = active.find((result) => result.outcome.type === 'hold');
  let outcome: OverrideOutcome = hold?.outcome ?? active[0]?.outcome ?? { type: 'unaffected' };
  const key = outcomeKey(outcome);
  const patchOutcomes = active.map((result) => result.outcome);
  if (!hold && patchOutcomes.length > 1 && patchOutcomes.every(isPatchOutcome)) {
    return merged(mergedPatchOutcome(patchOutcomes));
  }
  if (!hold && active.some((result) => outcomeKey(result.outcome) !== key)) {
    outcome = {
      type: 'hold',
      reason:
        'the component is listed by several kustomizations, and its TrainJob forms would differ between them',
    };
  }
  return merged(outcome);
}

function outcomeKey(outcome: OverrideOutcome): string {
  if (outcome.type !== 'replacement') return JSON.stringify(outcome);
  return JSON.stringify(outcome.replacements.map(({ node: _node, ...translation }) => translation));
}

type PatchOutcome = Extract<OverrideOutcome, { type: 'rewrite' | 'split' }>;

const isPatchOutcome = (outcome: OverrideOutcome): outcome is PatchOutcome =>
  outcome.type === 'rewrite' || outcome.type === 'split';

/**
 * The runs of a component's patch in each listing kustomization, as one: every TrainJob form with the
 * jobs that need it, and the entry kept while any run reaches a job that stays a PyTorchJob. So a
 * shared component gets what is right for every job it reaches, never one job's values.
 */
function mergedPatchOutcome(outcomes: readonly PatchOutcome[]): OverrideOutcome {
  const groups = new Map<string, PatchGroup>();
  let keepOriginal = false;
  for (const outcome of outcomes) {
    const formed =
      outcome.type === 'rewrite' ? [{ names: [] as string[], documents: outcome.documents }] : outcome.groups;
    if (outcome.type === 'split') keepOriginal ||= outcome.keepOriginal;
    for (const group of formed) {
      const documentKey = JSON.stringify(group.documents);
      const known = groups.get(documentKey) ?? { names: [], documents: group.documents as PatchDocument[] };
      for (const name of group.names) if (!known.names.includes(name)) known.names.push(name);
      groups.set(documentKey, known);
    }
  }
  const formed = [...groups.values()];
  if (formed.length === 1 && !keepOriginal)
    return { type: 'rewrite', documents: (formed[0] as PatchGroup).documents };
  // A run that rewrote in place named no jobs: its entry cannot be narrowed, so the jobs are held.
  if (formed.some((group) => group.names.length === 0))
    return {
      type: 'hold',
      reason:
        'the component is listed by several kustomizations, and its TrainJob forms would differ between them',
    };
  return { type: 'split', groups: formed, keepOriginal };
}
