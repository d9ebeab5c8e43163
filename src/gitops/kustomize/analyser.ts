/**
 * The kustomize analyser: finds the kustomizations of a root, carries the overrides that reach
 * converted jobs over to TrainJobs (or holds the jobs with their bases and overlays), adds the image
 * field spec where an `images:` override reaches a converted job, and checks every affected
 * kustomization with a real build before and after when a kustomize binary is found.
 */
import type { Analyser, AnalysisResult, RootPlan } from '../../analysis/contract.js';
import { findKustomize, type KustomizeBinary } from './build.js';
import { type BuildRecord, checkBuilds } from './build-check.js';
import { evaluateAll } from './evaluate.js';
import { jobHolds } from './hold-findings.js';
import { type Kustomization, parseKustomization } from './kustomization.js';
import { isAffected, kustomizeReport } from './kustomize-report.js';
import { KUSTOMIZATION_REQUEST } from './plan-files.js';
import { worldOf } from './plan-world.js';
import { changesOf } from './planned-changes.js';

export interface KustomizeAnalyserOptions {
  /** null: run no builds (as if no binary were found); default: look on PATH. */
  binary?: KustomizeBinary | null;
  /** Builds run at once. */
  concurrency?: number;
}

const BUILD_ROUNDS = 3;

export function kustomizeAnalyser(settings: KustomizeAnalyserOptions = {}): Analyser {
  let binaryLookup: Promise<KustomizeBinary | undefined> | undefined;
  const binary = (): Promise<KustomizeBinary | undefined> => {
    if (settings.binary !== undefined) return Promise.resolve(settings.binary ?? undefined);
    binaryLookup ??= findKustomize();
    return binaryLookup;
  };
  return {
    name: 'kustomize',
    requests: [KUSTOMIZATION_REQUEST],
    async analyse(plan) {
      const found = await plan.findFiles(KUSTOMIZATION_REQUEST);
      if (found.length === 0) return {};
      // Earlier analysers may have planned edits (a generated runtimes file joining `resources`):
      // overrides are carried over onto those, and the build check sees them.
      const kustomizations = new Map(
        found.map((file) => [
          file.relPath,
          parseKustomization(file.relPath, plan.files.get(file.relPath)?.rewrite.newText ?? file.text),
        ]),
      );
      return analyse(plan, kustomizations, await binary(), settings.concurrency ?? 4);
    },
  };
}

async function analyse(
  plan: RootPlan,
  kustomizations: Map<string, Kustomization>,
  binary: KustomizeBinary | undefined,
  concurrency: number,
): Promise<AnalysisResult> {
  const world = worldOf(plan, kustomizations);
  const extraHolds = new Map<string, string>();
  const builds = new Map<string, BuildRecord>();
  let outcome = evaluateAll(world, new Set(extraHolds.keys()));
  let changes = changesOf(plan, outcome.evaluations, outcome.held, world.optionsFor);
  for (let round = 0; binary && round < BUILD_ROUNDS; round++) {
    const affected = outcome.evaluations.filter(isAffected);
    const failures = await checkBuilds(
      plan,
      world,
      affected,
      outcome.held,
      changes,
      binary,
      concurrency,
      builds,
    );
    if (failures.size === 0) break;
    for (const [key, reason] of failures) extraHolds.set(key, reason);
    outcome = evaluateAll(world, new Set(extraHolds.keys()));
    changes = changesOf(plan, outcome.evaluations, outcome.held, world.optionsFor);
  }
  return {
    holds: jobHolds(outcome, extraHolds),
    changes: changes.list,
    report: { kustomize: kustomizeReport(outcome, builds, binary) },
  };
}
