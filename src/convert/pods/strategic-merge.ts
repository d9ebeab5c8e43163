/**
 * Kubernetes strategic merge patch (apimachinery `strategicpatch.StrategicMergePatch`) for the types a
 * TrainJob patches: JobSetSpec, JobTemplateSpec, PodTemplateSpec, PodSpec and Container. Maps merge key
 * by key (a null deletes); lists with a `patchMergeKey` in the Go types merge item by item on that key;
 * every other list (tolerations, args, nodeSelectorTerms...) is replaced.
 */
import { isPlainObject } from '../../util/objects.js';
import type { PlainObject } from './types.js';

/** `patchMergeKey` of the merge lists met under a JobSetSpec (jobset v1alpha2 and core/v1 struct tags). */
const MERGE_KEYS: Readonly<Record<string, string>> = {
  replicatedJobs: 'name',
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  imagePullSecrets: 'name',
  schedulingGates: 'name',
  resourceClaims: 'name',
  env: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  ports: 'containerPort',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
};

export function strategicMerge(original: unknown, patch: unknown): unknown {
  if (!isPlainObject(original) || !isPlainObject(patch)) return structuredClone(patch);
  const out: PlainObject = structuredClone(original);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) {
      delete out[key];
      continue;
    }
    const current = out[key];
    const mergeKey = MERGE_KEYS[key];
    if (mergeKey && Array.isArray(value) && Array.isArray(current)) {
      out[key] = mergeList(current, value, mergeKey);
    } else if (isPlainObject(value) && isPlainObject(current)) {
      out[key] = strategicMerge(current, value);
    } else {
      out[key] = structuredClone(value);
    }
  }
  return out;
}

const keyOf = (item: unknown, mergeKey: string): unknown => (isPlainObject(item) ? item[mergeKey] : item);

/**
 * Merged items in apimachinery's order (`normalizeElementOrder` + `mergeSortedSlice`): patch items in
 * patch order, original-only items in original order; an original-only item goes first only when both
 * it and the patch item it is compared with appear in the original and it comes earlier there.
 */
function mergeList(original: unknown[], patch: unknown[], mergeKey: string): unknown[] {
  const originalKeys = original.map((item) => keyOf(item, mergeKey));
  const patchKeys = new Set(patch.map((item) => keyOf(item, mergeKey)));
  const merged = patch.map((item) => {
    const at = originalKeys.indexOf(keyOf(item, mergeKey));
    return at >= 0 ? strategicMerge(original[at], item) : structuredClone(item);
  });
  const originalOnly = original.filter((item) => !patchKeys.has(keyOf(item, mergeKey)));
  const serverIndex = (item: unknown) => originalKeys.indexOf(keyOf(item, mergeKey));
  const out: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < originalOnly.length || j < merged.length) {
    if (j >= merged.length) out.push(originalOnly[i++]);
    else if (i >= originalOnly.length) out.push(merged[j++]);
    else {
      const left = serverIndex(originalOnly[i]);
      const right = serverIndex(merged[j]);
      if (left >= 0 && right >= 0 && left < right) out.push(originalOnly[i++]);
      else out.push(merged[j++]);
    }
  }
  return out;
}
