/** A component is applied once per kustomization listing it; its runs are merged into one evaluation. */
import type { KustomizationEvaluation, OverrideEvaluation, OverrideOutcome } from './evaluation-types.js';
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
