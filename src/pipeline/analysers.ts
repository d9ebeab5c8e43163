/**
 * The GitOps analysers the pipeline runs, in order. Analysers that change conversions (runtimes) go
 * before the ones that check them (kustomize builds), since each sees the plan the ones before left.
 */

import type { Analyser } from '../analysis/contract.js';
import { appsAnalyser } from '../gitops/apps/analyser.js';
import { appPatchAnalyser } from '../gitops/apps/flux-patches.js';
import { behaviourAnalyser } from '../gitops/behaviour/analyser.js';
import { kustomizeAnalyser } from '../gitops/kustomize/analyser.js';
import { kustomizationClosure } from '../gitops/kustomize/closure.js';
import { KUSTOMIZATION_REQUEST, kustomizationFolders, plannedFiles } from '../gitops/kustomize/plan-files.js';
import type { GitOpsReport } from '../model/report.js';
import { runtimeAnalysers } from '../runtimes/analyser.js';

export function defaultAnalysers(): Analyser[] {
  const runtimes = runtimeAnalysers();
  const apps = appsAnalyser({
    kustomizationFiles: (plan, folder) => kustomizationClosure(folder, plannedFiles(plan)),
    kustomizationFolders,
  });
  // Generation lists its runtimes files in the kustomizations before the kustomize analyser builds
  // them. The runtime check and the apps look at the final plan: after generation and kustomize holds.
  return [
    runtimes.generation,
    appPatchAnalyser(),
    kustomizeAnalyser(),
    runtimes.check,
    // `kustomizationFolders` asks for the kustomizations: read in the same pass.
    { ...apps, requests: [...(apps.requests ?? []), KUSTOMIZATION_REQUEST] },
    behaviourAnalyser(),
  ];
}

/**
 * With several inputs, every listed item of the section (kustomizations, apps...) names its input,
 * as files do.
 */
export function withInputNamed(report: GitOpsReport, input: string): GitOpsReport {
  const named: Record<string, unknown> = {};
  for (const [key, section] of Object.entries(report)) {
    named[key] = nameInputs(section, input);
  }
  return named as GitOpsReport;
}

function nameInputs(section: unknown, input: string): unknown {
  if (typeof section !== 'object' || section === null || Array.isArray(section)) return section;
  const named: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(section)) {
    named[key] = Array.isArray(value)
      ? value.map((item: unknown) => (typeof item === 'object' && item !== null ? { ...item, input } : item))
      : value;
  }
  return named;
}
