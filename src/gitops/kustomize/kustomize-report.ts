/** The kustomize part of the report: each affected kustomization, its overrides and its build check. */
import type { KustomizationReport, KustomizeOverrideReport, KustomizeReport } from '../../model/report.js';
import type { KustomizeBinary } from './build.js';
import type { BuildRecord } from './build-check.js';
import { IMAGE_CONFIG_FILE } from './edits.js';
import { describeOverride } from './evaluate.js';
import type { KustomizationEvaluation, PatchGroup, TranslatedReplacement } from './evaluation-types.js';
import { REMOTE_PROBLEM } from './hold-findings.js';

export function isAffected(evaluation: KustomizationEvaluation): boolean {
  return evaluation.jobs.length > 0 || evaluation.problems.length > 0;
}

export function kustomizeReport(
  outcome: { evaluations: readonly KustomizationEvaluation[]; held: ReadonlyMap<string, string[]> },
  builds: ReadonlyMap<string, BuildRecord>,
  binary: KustomizeBinary | undefined,
): KustomizeReport {
  const report: KustomizeReport = {
    kustomizations: outcome.evaluations
      .filter(isAffected)
      .map((evaluation) => reportOf(evaluation, outcome.held, builds, binary)),
  };
  if (binary) {
    report.binary = binary.display;
    if (binary.version !== undefined) report.version = binary.version;
  }
  return report;
}

function replacementSummary(replacements: readonly TranslatedReplacement[]): string {
  const paths = replacements.flatMap((replacement) => [
    ...(replacement.sourceFieldPath === undefined ? [] : [`source ${replacement.sourceFieldPath}`]),
    ...replacement.targets.flatMap((target) => target.fieldPaths),
  ]);
  return paths.length > 0 ? `field paths ${[...new Set(paths)].join(', ')}` : 'selectors retargeted';
}

function splitSummary(groups: readonly PatchGroup[], keepOriginal: boolean): string {
  const converted = groups.map((group) => group.names.join(', ')).join('; ');
  return `carried over to the TrainJobs ${converted} in an entry of its own per TrainJob form${keepOriginal ? '; the entry itself stays for the jobs that remain PyTorchJobs' : ''}`;
}

function reportOf(
  evaluation: KustomizationEvaluation,
  held: ReadonlyMap<string, string[]>,
  builds: ReadonlyMap<string, BuildRecord>,
  binary: KustomizeBinary | undefined,
): KustomizationReport {
  const { kustomization } = evaluation;
  const isHeld = evaluation.jobs.some((job) => held.has(job.key) && job.converting);
  const anyConverting = evaluation.jobs.some((job) => job.converting && !held.has(job.key));
  const overrides: KustomizeOverrideReport[] = evaluation.overrides
    .filter((result) => result.reached.length > 0)
    .map((result) => {
      const rewritten =
        result.outcome.type === 'split' ||
        result.reached.every((job) => job.converting && !held.has(job.key));
      const entry: KustomizeOverrideReport = {
        style: result.override.style,
        path: result.patchFile ?? kustomization.relPath,
        line: result.override.line,
        outcome: result.outcome.type === 'hold' || !rewritten ? 'held' : 'rewritten',
        message:
          result.outcome.type === 'hold'
            ? `${describeOverride(result)}: ${result.outcome.reason}`
            : !rewritten
              ? 'left as it is: the jobs it reaches stay PyTorchJobs'
              : result.outcome.type === 'image'
                ? `the image override reaches the TrainJob through the ${IMAGE_CONFIG_FILE} field spec`
                : result.outcome.type === 'replacement'
                  ? `carried over to the TrainJob (${replacementSummary(result.outcome.replacements)})`
                  : result.outcome.type === 'split'
                    ? splitSummary(result.outcome.groups, result.outcome.keepOriginal)
                    : 'carried over to the TrainJob',
      };
      if (result.patchFile !== undefined) entry.line = result.override.line;
      return entry;
    });
  const build = builds.get(kustomization.relPath);
  const report: KustomizationReport = {
    path: kustomization.relPath,
    status:
      evaluation.problems.length > 0 ? 'error' : isHeld ? 'held' : anyConverting ? 'rewritten' : 'unaffected',
    build: build?.build ?? 'not-run',
    jobs: evaluation.jobs.map((job) => ({
      name: job.name,
      path: job.relPath,
      ...(job.namespace === undefined ? {} : { namespace: job.namespace }),
    })),
    overrides,
    findings: [],
  };
  const message =
    build?.message ??
    (binary ? undefined : 'no kustomize or kubectl binary was found on PATH, so no build check was run');
  if (message !== undefined) report.buildMessage = message;
  for (const result of evaluation.overrides) {
    if (
      result.outcome.type !== 'image' ||
      !result.reached.some((job) => job.converting && !held.has(job.key))
    )
      continue;
    report.findings.push({
      severity: 'info',
      code: 'KUSTOMIZE_IMAGE_OVERRIDE',
      message: `the images: entry at line ${result.override.line} retags a converted job; kustomize only reaches spec.trainer.image of a TrainJob through the field spec in ${IMAGE_CONFIG_FILE}, listed under configurations`,
      path: '',
    });
  }
  if (evaluation.problems.length > 0) {
    report.findings.push({
      severity: 'warning',
      code: evaluation.problems.some((problem) => REMOTE_PROBLEM.test(problem))
        ? 'KUSTOMIZE_REMOTE'
        : 'KUSTOMIZE_OVERLAY',
      message: evaluation.problems.join('; '),
      path: '',
    });
  }
  return report;
}
