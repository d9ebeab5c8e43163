/**
 * Pod renderer: what training-operator v1.9 and Kubeflow Trainer v2 create for a job, rank by rank,
 * and whether a conversion runs the same processes. Pure functions on plain objects (no I/O).
 *
 * - `renderV1Pods(pyTorchJob)`: the v1 pods, in rank order.
 * - `renderV2Pods(trainJob, runtime, release)`: the v2 pods for release 2.0–2.3; `runtime` is the
 *   (Cluster)TrainingRuntime the TrainJob references, or undefined for the release's built-in
 *   `torch-distributed`.
 * - `comparePods(v1, v2)`: `equivalent`, the real differences and the harmless ones with reasons.
 * - `checkEquivalence(pyTorchJob, trainJob, {release, runtime})`: all three in one call.
 *
 * docs/equivalence.md describes what is compared and why each harmless difference is harmless.
 */
import { comparePods, type PodComparison } from './compare.js';
import { renderV1Pods } from './render-v1.js';
import { renderV2Pods } from './render-v2.js';
import type { Release } from './types.js';

export { BUILTIN_TORCH_DISTRIBUTED } from './builtin-runtimes.js';
export type { HarmlessDifference, PodComparison, PodDifference } from './compare.js';
export { comparePods } from './compare.js';
export { expandReferences } from './expand.js';
export { HARMLESS, type HarmlessKind } from './harmless.js';
export { renderV1Pods } from './render-v1.js';
export { renderV2Pods } from './render-v2.js';
export type { TorchrunInputs } from './torchrun.js';
export { torchrunInputs } from './torchrun.js';
export type { Container, EnvVar, Release, RenderedJob, RenderedPod } from './types.js';

export interface EquivalenceOptions {
  release: Release;
  /** The runtime the TrainJob references; undefined: the release's built-in torch-distributed. */
  runtime?: unknown;
}

/** Renders both sides and compares them. Throws only when the TrainJob's runtime is unknown. */
export function checkEquivalence(
  pyTorchJob: unknown,
  trainJob: unknown,
  options: EquivalenceOptions,
): PodComparison {
  return comparePods(renderV1Pods(pyTorchJob), renderV2Pods(trainJob, options.runtime, options.release));
}
