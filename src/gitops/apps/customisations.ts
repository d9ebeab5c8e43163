/**
 * Health checks, diff settings and patches keyed to `kubeflow.org/PyTorchJob`: after the kind change
 * they match nothing. Each is reported with the TrainJob equivalent to add.
 */
import { stringify } from 'yaml';
import { isPlainObject } from '../../util/objects.js';
import type { Customisation, DocumentAt } from './types.js';

const V1_GROUP = 'kubeflow.org';
const V1_KIND = 'PyTorchJob';
const V2_GROUP = 'trainer.kubeflow.org';
const V2_API_VERSION = 'trainer.kubeflow.org/v1alpha1';
const V2_KIND = 'TrainJob';

/** PyTorchJob JSON pointers with an exact TrainJob counterpart. */
const POINTER_MAP: Record<string, string> = {
  '/spec/runPolicy/suspend': '/spec/suspend',
  '/spec/runPolicy/managedBy': '/spec/managedBy',
  '/spec/runPolicy/activeDeadlineSeconds': '/spec/activeDeadlineSeconds',
  '/spec/pytorchReplicaSpecs/Worker/replicas': '/spec/trainer/numNodes',
  '/spec/pytorchReplicaSpecs/Master/replicas': '/spec/trainer/numNodes',
  '/metadata/labels': '/metadata/labels',
  '/metadata/annotations': '/metadata/annotations',
  '/status': '/status',
};

/** Fields Kueue and the Trainer webhooks write on a live TrainJob (trainer-v2-api.md §7). */
export const KUEUE_POINTERS = ['/spec/suspend', '/spec/runtimePatches'];

/**
 * Argo CD health in Lua for TrainJob: Complete → Healthy, Failed → Degraded, Suspended → Suspended,
 * anything else → Progressing (trainer-v2-api.md §7).
 */
export const TRAINJOB_LUA_HEALTH = `local hs = { status = "Progressing", message = "TrainJob is not complete yet" }
if obj.status == nil or obj.status.conditions == nil then
  return hs
end
local found = {}
for _, condition in ipairs(obj.status.conditions) do
  if condition.status == "True" then
    found[condition.type] = condition
  end
end
-- The CRD allows an empty message; the reason is never empty.
local function describe(condition, fallback)
  if condition.message ~= nil and condition.message ~= "" then
    return condition.message
  end
  if condition.reason ~= nil and condition.reason ~= "" then
    return fallback .. ": " .. condition.reason
  end
  return fallback
end
if found["Failed"] ~= nil then
  hs.status = "Degraded"
  hs.message = describe(found["Failed"], "TrainJob failed")
elseif found["Complete"] ~= nil then
  hs.status = "Healthy"
  hs.message = describe(found["Complete"], "TrainJob complete")
elseif found["Suspended"] ~= nil then
  hs.status = "Suspended"
  hs.message = describe(found["Suspended"], "TrainJob suspended")
end
return hs
`;

/** Flux `healthCheckExprs` entry for TrainJob, with the same mapping in CEL. */
export const TRAINJOB_FLUX_HEALTH = {
  apiVersion: V2_API_VERSION,
  kind: V2_KIND,
  failed: "has(status.conditions) && status.conditions.exists(e, e.type == 'Failed' && e.status == 'True')",
  current:
    "has(status.conditions) && status.conditions.exists(e, e.type == 'Complete' && e.status == 'True')",
};

const yamlOf = (value: unknown): string => stringify(value, { lineWidth: 0 });

/** The TrainJob counterparts of PyTorchJob pointers; unmapped ones are named in the message. */
export function translatePointers(pointers: readonly string[]): { mapped: string[]; unmapped: string[] } {
  const mapped: string[] = [];
  const unmapped: string[] = [];
  for (const pointer of pointers) {
    const target = POINTER_MAP[pointer];
    if (target === undefined) unmapped.push(pointer);
    else if (!mapped.includes(target)) mapped.push(target);
  }
  return { mapped, unmapped };
}

export function customisationsOfArgoApp(doc: DocumentAt, app: string, spec: unknown): Customisation[] {
  if (!isPlainObject(spec) || !Array.isArray(spec.ignoreDifferences)) return [];
  const found: Customisation[] = [];
  spec.ignoreDifferences.forEach((entry, index) => {
    if (!isPlainObject(entry) || entry.kind !== V1_KIND || (entry.group ?? V1_GROUP) !== V1_GROUP) return;
    const pointers = Array.isArray(entry.jsonPointers) ? entry.jsonPointers.map(String) : [];
    const { mapped, unmapped } = translatePointers(pointers);
    const equivalent: Record<string, unknown> = { group: V2_GROUP, kind: V2_KIND };
    if (mapped.length > 0) equivalent.jsonPointers = mapped;
    for (const key of ['managedFieldsManagers', 'name', 'namespace']) {
      if (entry[key] !== undefined) equivalent[key] = entry[key];
    }
    const jq = Array.isArray(entry.jqPathExpressions) && entry.jqPathExpressions.length > 0;
    found.push({
      controller: 'argocd',
      code: 'ARGO_IGNORE_DIFFERENCES',
      path: doc.path,
      line: doc.line,
      field: `spec.ignoreDifferences[${index}]`,
      app,
      message:
        `Argo CD app ${app} ignores differences on ${V1_GROUP}/${V1_KIND}, which matches nothing once the jobs are TrainJobs; add the ${V2_GROUP}/${V2_KIND} entry below` +
        (unmapped.length > 0
          ? ` (no TrainJob counterpart for ${unmapped.join(', ')}: decide whether it is still needed)`
          : '') +
        (jq ? ' and rewrite its jqPathExpressions for the TrainJob fields' : ''),
      equivalent: yamlOf([equivalent]),
    });
  });
  return found;
}

export function customisationsOfArgoConfigMap(doc: DocumentAt): Customisation[] {
  const data = isPlainObject(doc.object.data) ? doc.object.data : {};
  const found: Customisation[] = [];
  const v1Suffix = `.${V1_GROUP}_${V1_KIND}`;
  for (const key of Object.keys(data)) {
    if (!key.startsWith('resource.customizations.') || !key.endsWith(v1Suffix)) continue;
    const aspect = key.slice('resource.customizations.'.length, -v1Suffix.length);
    const newKey = `resource.customizations.${aspect}.${V2_GROUP}_${V2_KIND}`;
    const base = { controller: 'argocd' as const, path: doc.path, line: doc.line, field: `data["${key}"]` };
    if (aspect === 'health') {
      found.push({
        ...base,
        code: 'ARGO_HEALTH_CHECK',
        message: `argocd-cm has a health check for ${V1_GROUP}/${V1_KIND}, which no object will match; Argo CD has no built-in one for TrainJob, so add ${newKey} (the Lua below maps Complete, Failed and Suspended)`,
        equivalent: yamlOf({ [newKey]: TRAINJOB_LUA_HEALTH }),
      });
    } else if (aspect === 'ignoreDifferences') {
      found.push({
        ...base,
        code: 'ARGO_IGNORE_DIFFERENCES',
        message: `argocd-cm ignores differences on ${V1_GROUP}/${V1_KIND}; add ${newKey} with the TrainJob pointers (Kueue toggles /spec/suspend and writes /spec/runtimePatches)`,
        equivalent: yamlOf({ [newKey]: yamlOf({ jsonPointers: KUEUE_POINTERS }) }),
      });
    } else {
      found.push({
        ...base,
        code: 'ARGO_RESOURCE_CUSTOMIZATION',
        message: `argocd-cm key ${key} customises ${V1_KIND}; write the TrainJob version under ${newKey} (TrainJob fields differ, see the conversion)`,
      });
    }
  }
  return found;
}

export function customisationsOfFlux(doc: DocumentAt, app: string): Customisation[] {
  const spec = isPlainObject(doc.object.spec) ? doc.object.spec : {};
  const found: Customisation[] = [];
  const isV1 = (value: Record<string, unknown>): boolean =>
    value.kind === V1_KIND &&
    (value.apiVersion === undefined || String(value.apiVersion).startsWith(`${V1_GROUP}/`)) &&
    (value.group === undefined || value.group === V1_GROUP);
  if (Array.isArray(spec.healthCheckExprs)) {
    spec.healthCheckExprs.forEach((entry, index) => {
      if (!isPlainObject(entry) || !isV1(entry)) return;
      found.push({
        controller: 'flux',
        code: 'FLUX_HEALTH_CHECK',
        path: doc.path,
        line: doc.line,
        field: `spec.healthCheckExprs[${index}]`,
        app,
        message: `Flux Kustomization ${app} has healthCheckExprs for ${V1_KIND}, which match nothing once the jobs are TrainJobs; TrainJob has no Ready condition, so without an entry a failed TrainJob does not fail the Kustomization. Add the entry below`,
        equivalent: yamlOf([TRAINJOB_FLUX_HEALTH]),
      });
    });
  }
  if (Array.isArray(spec.patches)) {
    spec.patches.forEach((entry, index) => {
      const target = isPlainObject(entry) && isPlainObject(entry.target) ? entry.target : undefined;
      if (!target || !isV1(target)) return;
      found.push({
        controller: 'flux',
        code: 'FLUX_PATCH_TARGET',
        path: doc.path,
        line: doc.line,
        field: `spec.patches[${index}]`,
        app,
        message: `Flux Kustomization ${app} patches ${V1_KIND}s; once they are TrainJobs the patch silently applies to nothing. Rewrite it for ${V2_GROUP}/${V2_KIND} (e.g. Worker replicas → /spec/trainer/numNodes, container image → /spec/trainer/image)`,
      });
    });
  }
  return found;
}
