/** Checks affected kustomizations with a real kustomize build, before and after the planned changes. */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RootPlan } from '../../analysis/contract.js';
import { rewriteFile } from '../../edit/rewrite.js';
import { type BuildOutcome, buildKustomization, type KustomizeBinary } from './build.js';
import type { KustomizationEvaluation } from './evaluation-types.js';
import { holdFinding } from './hold-findings.js';
import type { Kustomization } from './kustomization.js';
import type { PlannedChanges } from './planned-changes.js';
import { parseBuild, verifyBuild } from './verify.js';
import type { KustomizeWorld } from './world.js';

export interface BuildRecord {
  build: 'passed' | 'failed' | 'not-run';
  message?: string;
}

/** Builds each affected kustomization before (in place) and after (in a copy with the plan applied). */
export async function checkBuilds(
  plan: RootPlan,
  world: KustomizeWorld,
  affected: readonly KustomizationEvaluation[],
  held: ReadonlyMap<string, string[]>,
  changes: PlannedChanges,
  binary: KustomizeBinary,
  concurrency: number,
  builds: Map<string, BuildRecord>,
): Promise<Map<string, string>> {
  const failures = new Map<string, string>();
  const copy = await mkdtemp(join(tmpdir(), 'trainjob-migrate-kustomize-'));
  try {
    // Only what will be built is copied: a kustomization with problems, or a component, is not.
    const built = affected.filter(willBuild);
    if (built.length > 0) await materialise(plan, world, built, changes, held, copy);
    const queue = [...affected];
    const worker = async (): Promise<void> => {
      for (let evaluation = queue.shift(); evaluation; evaluation = queue.shift()) {
        const { kustomization } = evaluation;
        if (evaluation.problems.length > 0) {
          builds.set(kustomization.relPath, { build: 'not-run', message: evaluation.problems.join('; ') });
          continue;
        }
        if (kustomization.isComponent) {
          builds.set(kustomization.relPath, {
            build: 'not-run',
            message: 'a component is checked through the builds of the kustomizations that list it',
          });
          continue;
        }
        const folder = kustomization.dir;
        const before = await buildKustomization(binary, join(plan.root, folder));
        const after: BuildOutcome = before.ok ? await buildKustomization(binary, join(copy, folder)) : before;
        const verdict = !before.ok
          ? { ok: false as const, message: `it does not build before the change either (${before.message})` }
          : !after.ok
            ? { ok: false as const, message: `it no longer builds after the change (${after.message})` }
            : verifyBuild(
                parseBuild(before.output),
                parseBuild(after.output),
                evaluation.built,
                (job) => job.converting && !held.has(job.key),
                world.optionsFor,
              );
        builds.set(
          kustomization.relPath,
          verdict.ok
            ? { build: 'passed', ...(verdict.checked !== undefined && { message: verdict.checked }) }
            : { build: 'failed', message: verdict.message },
        );
        if (verdict.ok) continue;
        const reached = verdict.job ? [verdict.job] : evaluation.jobs;
        for (const job of reached) {
          if (job.converting && !held.has(job.key))
            failures.set(
              job.key,
              `${kustomization.relPath}: the kustomize build check failed: ${verdict.message}`,
            );
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
  return failures;
}

function willBuild(evaluation: KustomizationEvaluation): boolean {
  return evaluation.problems.length === 0 && !evaluation.kustomization.isComponent;
}

/** Copies the folders the affected kustomizations read, then writes the planned changes into the copy. */
async function materialise(
  plan: RootPlan,
  world: KustomizeWorld,
  affected: readonly KustomizationEvaluation[],
  changes: PlannedChanges,
  held: ReadonlyMap<string, string[]>,
  copy: string,
): Promise<void> {
  const folders = new Set<string>();
  const visit = (kustomization: Kustomization): void => {
    if (folders.has(kustomization.dir)) return;
    folders.add(kustomization.dir);
    for (const reference of kustomization.references) {
      const resolved = world.resolve(kustomization.dir, reference.value);
      if (resolved.type === 'kustomization')
        visit(world.kustomizations.get(resolved.relPath) as Kustomization);
      if (resolved.type === 'file')
        folders.add(dirname(resolved.relPath) === '.' ? '' : dirname(resolved.relPath));
    }
  };
  for (const evaluation of affected) visit(evaluation.kustomization);
  const sorted = [...folders].sort();
  const outermost = sorted.filter(
    (folder, index) =>
      !sorted.slice(0, index).some((outer) => outer === '' || folder.startsWith(`${outer}/`)),
  );
  for (const folder of outermost) {
    await cp(join(plan.root, folder), join(copy, folder), {
      recursive: true,
      filter: (source) => !/[/\\](?:\.git|node_modules)$/.test(source),
    });
  }
  const written = new Map<string, string>(
    changes.list.flatMap((change) => (change.text === undefined ? [] : [[change.relPath, change.text]])),
  );
  for (const file of plan.files.values()) {
    const { newText, jobs } = file.rewrite;
    if (newText === undefined || written.has(file.relPath)) continue;
    // Job files are rewritten again with this round's holds; other files (a generated runtimes file,
    // a kustomization an earlier analyser edited) are written as planned.
    written.set(
      file.relPath,
      file.original !== undefined && jobs.length > 0
        ? textWithHolds(plan, file.relPath, file.original, held)
        : newText,
    );
  }
  for (const [relPath, text] of written) {
    if (!outermost.some((folder) => folder === '' || relPath.startsWith(`${folder}/`))) continue;
    await mkdir(dirname(join(copy, relPath)), { recursive: true });
    await writeFile(join(copy, relPath), text);
  }
}

/** The file's planned text with the held jobs kept as PyTorchJobs. */
function textWithHolds(
  plan: RootPlan,
  relPath: string,
  original: string,
  held: ReadonlyMap<string, string[]>,
): string {
  const keyOf = (job: { name: string; namespace?: string }): string =>
    `${relPath}#${job.namespace ?? ''}/${job.name}`;
  const options = plan.rewriteOptionsFor(relPath);
  const earlierHold = options.hold;
  options.hold = (job) =>
    held.has(keyOf(job)) ? [holdFinding('KUSTOMIZE_OVERLAY', 'held')] : earlierHold?.(job);
  return rewriteFile(relPath, original, options).newText ?? original;
}
