/** A replica's pod template → the version's pod customisation, `trainer.*` for the trainer container. */

import type { Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';
import { type ConvertContext, customRuntimeHint, dropIfEmpty, show } from './context.js';
import {
  atLeast,
  customisationName,
  PATCHABLE_POD_FIELDS,
  type PatchablePodField,
  POD_METADATA_SINCE,
} from './layout.js';
import { mapTrainerContainer, TRAINER_CONTAINER, type TrainerContainerResult } from './trainer-container.js';

/** Pod fields whose value equals the Kubernetes default (and the torch runtime sets none). */
const DEFAULT_VALUED: Record<string, unknown> = {
  hostIPC: false,
  hostNetwork: false,
  hostPID: false,
  shareProcessNamespace: false,
  enableServiceLinks: true,
  automountServiceAccountToken: true,
  dnsPolicy: 'ClusterFirst',
  schedulerName: 'default-scheduler',
  preemptionPolicy: 'PreemptLowerPriority',
};

/** What to do about pod fields only a custom runtime can set. */
const RUNTIME_ONLY_ADVICE: Record<string, string> = {
  priorityClassName:
    'with Kueue, the kueue.x-k8s.io/priority-class label on the TrainJob sets the workload priority instead',
  schedulerName: 'e.g. the KAI scheduler is enabled by a runtime with schedulerName: kai-scheduler',
  hostIPC:
    'hostIPC is often used for shared memory; an emptyDir volume with medium: Memory at /dev/shm can replace it',
  hostNetwork: 'check that the job still needs the host network (e.g. for RDMA/EFA) before migrating',
};

/**
 * Pod fields a custom runtime's `node` pod template carries with the same meaning. Left out on
 * purpose: `hostNetwork` (changes how the JobSet's pod hostnames resolve, so rendezvous may break),
 * `priority` (set by admission from priorityClassName), `hostname`/`subdomain` (owned by JobSet).
 */
const RUNTIME_POD_FIELDS: ReadonlySet<string> = new Set([
  'priorityClassName',
  'schedulerName',
  'hostIPC',
  'hostPID',
  'shareProcessNamespace',
  'dnsPolicy',
  'dnsConfig',
  'hostAliases',
  'runtimeClassName',
  'topologySpreadConstraints',
  'enableServiceLinks',
  'preemptionPolicy',
  'automountServiceAccountToken',
  'readinessGates',
  'setHostnameAsFQDN',
  'hostUsers',
  'os',
  'resourceClaims',
  'activeDeadlineSeconds',
]);

export interface PodTemplateResult {
  container?: TrainerContainerResult;
}

export function mapPodTemplate(ctx: ConvertContext, path: Path, template: unknown): PodTemplateResult {
  const { ledger } = ctx;
  if (!isPlainObject(template)) {
    ledger.lost(path, {
      code: 'INVALID_PYTORCHJOB',
      message: 'template must be a pod template (a map); fix it',
    });
    return {};
  }
  let result: PodTemplateResult = {};
  for (const [key, value] of Object.entries(template)) {
    const fieldPath = [...path, key];
    if (key === 'metadata') mapPodMetadata(ctx, fieldPath, value);
    else if (key === 'spec') result = mapPodSpec(ctx, fieldPath, value);
    else {
      ledger.lost(fieldPath, {
        code: 'UNKNOWN_FIELD',
        message: `template.${key} is not a pod template field; remove it`,
      });
    }
  }
  if (!isPlainObject(template.spec)) {
    ledger.finding([...path, 'spec'], {
      code: 'NO_TRAINER_CONTAINER',
      message: `the pod template has no spec, so there is no ${TRAINER_CONTAINER} container to take the image and command from; add it`,
    });
  }
  return result;
}

function mapPodMetadata(ctx: ConvertContext, path: Path, metadata: unknown): void {
  const { ledger, layout } = ctx;
  if (dropIfEmpty(ctx, path, metadata)) return;
  if (!isPlainObject(metadata)) {
    ledger.lost(path, { code: 'INVALID_PYTORCHJOB', message: 'template.metadata must be a map; fix it' });
    return;
  }
  for (const [key, value] of Object.entries(metadata)) {
    const fieldPath = [...path, key];
    if (dropIfEmpty(ctx, fieldPath, value)) continue;
    if (key === 'labels' || key === 'annotations') {
      const to = layout.podMetadata(key);
      if (to === undefined) {
        ledger.lost(fieldPath, {
          code: 'POD_FIELD_UNSUPPORTED_BY_TARGET',
          message: `pod ${key} ${show(value)} cannot be set in Trainer ${layout.version} (podSpecOverrides has no metadata; supported from ${POD_METADATA_SINCE}); target Trainer ${POD_METADATA_SINCE}+ with --trainer-version, or ${customRuntimeHint(ctx, `these pod ${key}`)}`,
        });
      } else {
        ledger.carry(fieldPath, to);
        ctx.output.place(to, value);
      }
    } else if (key === 'name' || key === 'namespace' || key === 'generateName') {
      ledger.dropped(fieldPath, 'the operator names pods itself, so this had no effect in v1');
    } else {
      ledger.lost(fieldPath, {
        code: 'POD_FIELD',
        message: `pod metadata.${key}: ${show(value)} has no TrainJob field; ${customRuntimeHint(ctx, `metadata.${key} in the node pod template`)}`,
      });
    }
  }
}

function mapPodSpec(ctx: ConvertContext, path: Path, spec: unknown): PodTemplateResult {
  const { ledger } = ctx;
  if (!isPlainObject(spec)) {
    ledger.lost(path, {
      code: 'INVALID_PYTORCHJOB',
      message: 'template.spec must be a pod spec (a map); fix it',
    });
    return {};
  }
  let result: PodTemplateResult = {};
  for (const [key, value] of Object.entries(spec)) {
    const fieldPath = [...path, key];
    if (key === 'containers') {
      result = mapContainers(ctx, fieldPath, value);
    } else if (key in PATCHABLE_POD_FIELDS) {
      mapPatchablePodField(ctx, fieldPath, key as PatchablePodField, value);
    } else if (key === 'serviceAccount') {
      mapDeprecatedServiceAccount(ctx, fieldPath, value, spec.serviceAccountName);
    } else if (key === 'restartPolicy') {
      ledger.dropped(
        fieldPath,
        "v1 ignores the pod template's restartPolicy: the replica spec's restartPolicy wins",
      );
    } else if (key in DEFAULT_VALUED && DEFAULT_VALUED[key] === value) {
      ledger.dropped(fieldPath, 'equal to the Kubernetes default, and the torch runtime does not set it');
    } else if (dropIfEmpty(ctx, fieldPath, value)) {
      // nothing to carry
    } else if (key === 'initContainers') {
      ledger.lost(fieldPath, {
        code: 'INIT_CONTAINERS',
        message: `initContainers ${show(value)} cannot be added by a TrainJob (patches may only change init containers the runtime already has); ${customRuntimeHint(ctx, 'these initContainers in the node pod template')}`,
        ...(Array.isArray(value) && { runtimeSetting: { podSpec: { initContainers: value } } }),
      });
    } else {
      const advice = RUNTIME_ONLY_ADVICE[key];
      ledger.lost(fieldPath, {
        code: 'POD_FIELD',
        message: `pod field ${key}: ${show(value)} has no TrainJob field; ${customRuntimeHint(ctx, `${key}: ${show(value)} in the node pod template`)}${advice ? ` (${advice})` : ''}`,
        ...(RUNTIME_POD_FIELDS.has(key) && { runtimeSetting: { podSpec: { [key]: value } } }),
      });
    }
  }
  return result;
}

function mapPatchablePodField(
  ctx: ConvertContext,
  path: Path,
  field: PatchablePodField,
  value: unknown,
): void {
  if (dropIfEmpty(ctx, path, value)) return;
  const since = PATCHABLE_POD_FIELDS[field];
  const { version } = ctx.layout;
  if (!atLeast(version, since)) {
    ctx.ledger.lost(path, {
      code: 'POD_FIELD_UNSUPPORTED_BY_TARGET',
      message: `pod ${field} cannot be set through ${customisationName(version)} in Trainer ${version} (supported from ${since}); target Trainer ${since}+ with --trainer-version, or ${customRuntimeHint(ctx, `${field} in the node pod template`)}`,
    });
    return;
  }
  const to = ctx.layout.podSpec(field);
  ctx.ledger.carry(path, to);
  ctx.output.place(to, value);
}

/** `serviceAccount` is the deprecated alias of `serviceAccountName`. */
function mapDeprecatedServiceAccount(
  ctx: ConvertContext,
  path: Path,
  value: unknown,
  serviceAccountName: unknown,
): void {
  if (serviceAccountName === undefined) {
    mapPatchablePodField(ctx, path, 'serviceAccountName', value);
  } else if (serviceAccountName === value) {
    ctx.ledger.dropped(path, 'deprecated alias of serviceAccountName, which has the same value');
  } else {
    ctx.ledger.lost(path, {
      code: 'POD_FIELD',
      message: `serviceAccount: ${show(value)} differs from serviceAccountName: ${show(serviceAccountName)}; Kubernetes uses serviceAccountName. Remove the deprecated serviceAccount`,
    });
  }
}

function mapContainers(ctx: ConvertContext, path: Path, containers: unknown): PodTemplateResult {
  const { ledger } = ctx;
  if (!Array.isArray(containers)) {
    ledger.lost(path, { code: 'INVALID_PYTORCHJOB', message: 'containers must be a list; fix it' });
    return {};
  }
  const trainerIndex = containers.findIndex((c) => isPlainObject(c) && c.name === TRAINER_CONTAINER);
  if (trainerIndex === -1) {
    ledger.lost(path, {
      code: 'NO_TRAINER_CONTAINER',
      message: `no container is named "${TRAINER_CONTAINER}" (the v1 operator requires one); name the training container "${TRAINER_CONTAINER}" and convert again`,
    });
    return {};
  }
  containers.forEach((container, index) => {
    if (index === trainerIndex) return;
    const name = isPlainObject(container) ? String(container.name) : `#${index}`;
    ledger.lost([...path, index], {
      code: 'EXTRA_CONTAINERS',
      message: `container "${name}" cannot be added by a TrainJob (patches may only change containers the runtime already has, and it would not get the PET_* variables); ${customRuntimeHint(ctx, `container "${name}" in the node pod template`)}`,
      ...(isPlainObject(container) &&
        typeof container.name === 'string' && { runtimeSetting: { podSpec: { containers: [container] } } }),
    });
  });
  return {
    container: mapTrainerContainer(
      ctx,
      [...path, trainerIndex],
      containers[trainerIndex] as Record<string, unknown>,
    ),
  };
}
