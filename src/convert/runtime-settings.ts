/** The runtime-level settings of a conversion's blockers, merged into what one runtime must carry. */

import type { Finding, RuntimeSetting } from '../model/conversion.js';
import { deepEqual, isPlainObject } from '../util/objects.js';

const SECTIONS = ['podSpec', 'jobSpec', 'jobSetSpec', 'container'] as const;
/** Pod spec lists whose items (containers, keyed by name) are added beside the runtime's own. */
const CONTAINER_LISTS: ReadonlySet<string> = new Set(['containers', 'initContainers']);

/**
 * The settings a runtime needs so that every error finding is carried exactly; undefined when there
 * is no error, when an error has no runtime setting, or when two settings disagree (e.g. two
 * different backoffLimits).
 */
export function blockingRuntimeSettings(findings: readonly Finding[]): RuntimeSetting | undefined {
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return undefined;
  let merged: RuntimeSetting = {};
  for (const finding of errors) {
    if (!finding.runtimeSetting) return undefined;
    const next = mergeRuntimeSettings(merged, finding.runtimeSetting);
    if (!next) return undefined;
    merged = next;
  }
  return merged;
}

/**
 * What a generated runtime would carry: every error's setting (as `blockingRuntimeSettings`) plus
 * the settings of warnings a runtime carries exactly (port declarations). Undefined when there is
 * nothing to carry or an error has no setting.
 */
export function carriableRuntimeSettings(findings: readonly Finding[]): RuntimeSetting | undefined {
  const errors = findings.filter((finding) => finding.severity === 'error');
  let merged = errors.length > 0 ? blockingRuntimeSettings(findings) : {};
  if (!merged) return undefined;
  for (const finding of findings) {
    if (finding.severity !== 'warning' || !finding.runtimeSetting) continue;
    merged = mergeRuntimeSettings(merged, finding.runtimeSetting) ?? merged;
  }
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/** `a` and `b` together; undefined when they set one field to different values. */
export function mergeRuntimeSettings(a: RuntimeSetting, b: RuntimeSetting): RuntimeSetting | undefined {
  const out: RuntimeSetting = {};
  for (const section of SECTIONS) {
    const left = a[section];
    const right = b[section];
    if (!left && !right) continue;
    const fields: Record<string, unknown> = { ...left };
    for (const [key, value] of Object.entries(right ?? {})) {
      if (!(key in fields)) fields[key] = value;
      else if (CONTAINER_LISTS.has(key)) {
        const list = mergeContainerLists(fields[key], value);
        if (!list) return undefined;
        fields[key] = list;
      } else if (!deepEqual(fields[key], value)) return undefined;
    }
    out[section] = fields;
  }
  return out;
}

function mergeContainerLists(left: unknown, right: unknown): unknown[] | undefined {
  if (!Array.isArray(left) || !Array.isArray(right)) return undefined;
  const merged = [...left];
  for (const container of right) {
    const name = isPlainObject(container) ? container.name : undefined;
    const same = merged.find((item) => isPlainObject(item) && item.name === name);
    if (same === undefined) merged.push(container);
    else if (!deepEqual(same, container)) return undefined;
  }
  return merged;
}
