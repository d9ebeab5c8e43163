/**
 * One pass over every kustomization with a given set of held jobs: accumulates the jobs each one
 * includes (resources, bases, then components, as kustomize does) and evaluates its overrides.
 */
import { mergeRuns } from './component-runs.js';
import type { KustomizationEvaluation, OverrideEvaluation } from './evaluation-types.js';
import {
  builtJobOf,
  copyInstance,
  type Instance,
  instanceOf,
  renameInstances,
  uniqueJobs,
} from './instances.js';
import type { Kustomization, Override } from './kustomization.js';
import { evaluatePatch } from './patch-evaluation.js';
import { evaluateReplacement } from './replacement-evaluation.js';
import { usesImage } from './selectors.js';
import type { KustomizeWorld, SourceJob } from './world.js';

export function evaluateOnce(
  world: KustomizeWorld,
  held: ReadonlyMap<string, string[]>,
): KustomizationEvaluation[] {
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
    evaluation.built = instances.map(builtJobOf);
  };

  const visit = (relPath: string): { instances: Instance[]; evaluation: KustomizationEvaluation } => {
    const known = memo.get(relPath);
    if (known) return known;
    const kustomization = world.kustomizations.get(relPath) as Kustomization;
    const evaluation = emptyEvaluation(kustomization);
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
    const evaluation = emptyEvaluation(kustomization);
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

function emptyEvaluation(kustomization: Kustomization): KustomizationEvaluation {
  return { kustomization, jobs: [], built: [], overrides: [], problems: [] };
}
