/** Which objects are PyTorchJobs of the Kubeflow training operator, and which API shape they use. */
import { isPlainObject } from '../util/objects.js';

export const PYTORCHJOB_GROUP = 'kubeflow.org';
export const PYTORCHJOB_KIND = 'PyTorchJob';
/** API versions whose spec has the `pytorchReplicaSpecs` map this tool converts. */
export const CONVERTIBLE_VERSIONS = ['v1', 'v1beta2', 'v1beta1'] as const;

/** Any `kubeflow.org` PyTorchJob, whatever its version: the caller reports the ones it cannot convert. */
export function isPyTorchJob(obj: unknown): boolean {
  if (!isPlainObject(obj) || obj.kind !== PYTORCHJOB_KIND || typeof obj.apiVersion !== 'string') return false;
  return apiGroupOf(obj.apiVersion) === PYTORCHJOB_GROUP;
}

export function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

export function apiVersionOf(apiVersion: string): string {
  return apiVersion.slice(apiVersion.indexOf('/') + 1);
}

export type Shape = 'v1' | 'legacy-beta' | 'unsupported';

/**
 * v1 is the current shape. v1beta1/v1beta2 share the `pytorchReplicaSpecs` map but keep run policy
 * fields at the top of `spec`. Older versions (e.g. v1alpha1 with a `replicaSpecs` list) differ.
 */
export function shapeOf(obj: Record<string, unknown>): Shape {
  const version = apiVersionOf(String(obj.apiVersion));
  const spec = isPlainObject(obj.spec) ? obj.spec : undefined;
  if (version === 'v1') return 'v1';
  if ((version === 'v1beta1' || version === 'v1beta2') && spec && isPlainObject(spec.pytorchReplicaSpecs)) {
    return 'legacy-beta';
  }
  return 'unsupported';
}
