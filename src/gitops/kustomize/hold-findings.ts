/** The findings of jobs kept as PyTorchJobs because of their kustomize bases and overlays. */

import type { JobHold } from '../../analysis/contract.js';
import type { Finding, FindingCode } from '../../model/conversion.js';
import type { KustomizationEvaluation } from './evaluation-types.js';

/** The wording of a remote reference problem (kustomization-pass.ts). */
export const REMOTE_PROBLEM = /names a remote \w+ entry .*which is not fetched/;

export function holdFinding(code: FindingCode, reason: string): Finding {
  return {
    severity: 'warning',
    code,
    message: `kept as a PyTorchJob with its kustomize base and overlays: ${reason}. Change that entry so it has a TrainJob form (or move what it sets into the job itself), then run again; the tool rewrites the job and the entry together.`,
    path: '',
  };
}

/** One hold per held job, with its overlay reasons and any failed build check (`buildFailures`). */
export function jobHolds(
  outcome: { evaluations: readonly KustomizationEvaluation[]; held: ReadonlyMap<string, string[]> },
  buildFailures: ReadonlyMap<string, string>,
): JobHold[] {
  const holds: JobHold[] = [];
  for (const evaluation of outcome.evaluations) {
    for (const job of evaluation.jobs) {
      if (!outcome.held.has(job.key) || !job.converting) continue;
      if (
        holds.some(
          (hold) =>
            hold.relPath === job.relPath && hold.name === job.name && hold.namespace === job.namespace,
        )
      )
        continue;
      const findings = (outcome.held.get(job.key) ?? []).map((reason) =>
        holdFinding(REMOTE_PROBLEM.test(reason) ? 'KUSTOMIZE_REMOTE' : 'KUSTOMIZE_OVERLAY', reason),
      );
      const buildFailure = buildFailures.get(job.key);
      if (buildFailure !== undefined) findings.push(holdFinding('KUSTOMIZE_BUILD', buildFailure));
      const hold: JobHold = { relPath: job.relPath, name: job.name, findings };
      if (job.namespace !== undefined) hold.namespace = job.namespace;
      holds.push(hold);
    }
  }
  return holds;
}
