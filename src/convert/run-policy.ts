/** `spec.runPolicy` (and the same fields at the top of `spec` in v1beta1/v1beta2) → TrainJob spec. */

import type { Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';
import { type ConvertContext, customRuntimeHint, dropIfEmpty, show } from './context.js';
import { ACTIVE_DEADLINE_SINCE, atLeast } from './layout.js';

const TRAINING_OPERATOR = 'kubeflow.org/training-operator';
const MULTIKUEUE = 'kueue.x-k8s.io/multikueue';

export function mapRunPolicy(ctx: ConvertContext, path: Path, runPolicy: unknown, totalPods: number): void {
  if (dropIfEmpty(ctx, path, runPolicy)) return;
  if (!isPlainObject(runPolicy)) {
    ctx.ledger.lost(path, { code: 'INVALID_PYTORCHJOB', message: 'runPolicy must be a map; fix it' });
    return;
  }
  for (const [key, value] of Object.entries(runPolicy))
    mapRunPolicyField(ctx, [...path, key], key, value, totalPods);
}

export const RUN_POLICY_FIELDS = [
  'suspend',
  'activeDeadlineSeconds',
  'backoffLimit',
  'ttlSecondsAfterFinished',
  'cleanPodPolicy',
  'managedBy',
  'schedulingPolicy',
];

export function mapRunPolicyField(
  ctx: ConvertContext,
  path: Path,
  key: string,
  value: unknown,
  totalPods: number,
): void {
  const { ledger, output, layout } = ctx;
  if (value === null) {
    ledger.dropped(path, 'null; the same as leaving the field out');
    return;
  }
  switch (key) {
    case 'suspend':
      if (typeof value !== 'boolean') {
        ledger.lost(path, {
          code: 'INVALID_PYTORCHJOB',
          message: `suspend: ${show(value)} must be true or false; fix it`,
        });
        return;
      }
      ledger.carry(path, ['spec', 'suspend']);
      output.place(['spec', 'suspend'], value);
      return;
    case 'activeDeadlineSeconds':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
        ledger.lost(path, {
          code: 'INVALID_PYTORCHJOB',
          message: `activeDeadlineSeconds: ${show(value)} must be a whole number ≥ 1; fix it`,
        });
      } else if (atLeast(layout.version, ACTIVE_DEADLINE_SINCE)) {
        ledger.carry(path, ['spec', 'activeDeadlineSeconds']);
        output.place(['spec', 'activeDeadlineSeconds'], value);
      } else {
        ledger.lost(path, {
          code: 'RUN_POLICY',
          message: `activeDeadlineSeconds: ${value} has no TrainJob field in Trainer ${layout.version} (added in ${ACTIVE_DEADLINE_SINCE}); target Trainer ${ACTIVE_DEADLINE_SINCE}+ with --trainer-version, or ${customRuntimeHint(ctx, `replicatedJobs[node].template.spec.activeDeadlineSeconds: ${value}`)}`,
        });
      }
      return;
    case 'backoffLimit':
      ledger.lost(path, {
        code: 'RUN_POLICY',
        message: `backoffLimit: ${show(value)} has no TrainJob field (runtimePatches cannot set Job fields); ${customRuntimeHint(ctx, `replicatedJobs[node].template.spec.backoffLimit: ${show(value)}`)}`,
        runtimeSetting: { jobSpec: { backoffLimit: value } },
      });
      return;
    case 'ttlSecondsAfterFinished':
      ledger.lost(path, {
        code: 'RUN_POLICY',
        message: `ttlSecondsAfterFinished: ${show(value)} has no TrainJob field; ${customRuntimeHint(ctx, `template.spec.ttlSecondsAfterFinished: ${show(value)} on the JobSet`)} (it deletes the JobSet and its pods; the TrainJob stays)`,
        runtimeSetting: { jobSetSpec: { ttlSecondsAfterFinished: value } },
      });
      return;
    case 'cleanPodPolicy':
      if (value === 'None') {
        ledger.dropped(path, 'None is the PyTorchJob default, and v2 also keeps finished pods');
      } else {
        ledger.lost(path, {
          code: 'CLEAN_POD_POLICY',
          message: `cleanPodPolicy: ${show(value)} has no TrainJob field; v2 keeps finished pods with their Jobs. The closest is ${customRuntimeHint(ctx, 'a JobSet template.spec.ttlSecondsAfterFinished')}; or accept that pods are kept`,
        });
      }
      return;
    case 'managedBy':
      if (value === TRAINING_OPERATOR || value === '') {
        ledger.dropped(
          path,
          'the v1 controller; a TrainJob defaults to trainer.kubeflow.org/trainjob-controller',
        );
      } else if (value === MULTIKUEUE) {
        ledger.carry(path, ['spec', 'managedBy']);
        output.place(['spec', 'managedBy'], value);
      } else {
        ledger.lost(path, {
          code: 'MANAGED_BY',
          message: `managedBy: ${show(value)} has no TrainJob equivalent (a TrainJob accepts only trainer.kubeflow.org/trainjob-controller or ${MULTIKUEUE}); remove it or use ${MULTIKUEUE}`,
        });
      }
      return;
    case 'schedulingPolicy':
      mapSchedulingPolicy(ctx, path, value, totalPods);
      return;
    default:
      ledger.lost(path, {
        code: 'UNKNOWN_FIELD',
        message: `runPolicy.${key} is not a PyTorchJob run policy field; remove it`,
      });
  }
}

function mapSchedulingPolicy(ctx: ConvertContext, path: Path, policy: unknown, totalPods: number): void {
  const { ledger } = ctx;
  if (dropIfEmpty(ctx, path, policy)) return;
  if (!isPlainObject(policy)) {
    ledger.lost(path, { code: 'INVALID_PYTORCHJOB', message: 'schedulingPolicy must be a map; fix it' });
    return;
  }
  for (const [key, value] of Object.entries(policy)) {
    const fieldPath = [...path, key];
    if (dropIfEmpty(ctx, fieldPath, value)) continue;
    switch (key) {
      case 'minAvailable':
        if (value === totalPods) {
          ledger.dropped(fieldPath, 'equal to the pod count, which is what v2 gang scheduling uses');
        } else {
          ledger.lost(fieldPath, {
            code: 'SCHEDULING_POLICY',
            message: `schedulingPolicy.minAvailable: ${show(value)} differs from the pod count (${totalPods}); v2 gang scheduling always waits for all ${totalPods} pods. Set it to ${totalPods} if that is acceptable`,
          });
        }
        break;
      case 'minResources':
        ledger.dropped(fieldPath, 'the v2 Volcano plugin computes the PodGroup minResources from the pods');
        break;
      case 'queue':
        ledger.lost(fieldPath, {
          code: 'SCHEDULING_POLICY',
          message: `schedulingPolicy.queue: ${show(value)} has no TrainJob field; use a runtime with podGroupPolicy.volcano and the annotation scheduling.volcano.sh/queue-name: ${show(value)} on its JobSet template (or, with Kueue, the kueue.x-k8s.io/queue-name label)`,
        });
        break;
      case 'priorityClass':
        ledger.lost(fieldPath, {
          code: 'SCHEDULING_POLICY',
          message: `schedulingPolicy.priorityClass: ${show(value)} has no TrainJob field; ${customRuntimeHint(ctx, `priorityClassName: ${show(value)} in the node pod template`)}`,
          runtimeSetting: { podSpec: { priorityClassName: value } },
        });
        break;
      case 'scheduleTimeoutSeconds':
        ledger.lost(fieldPath, {
          code: 'SCHEDULING_POLICY',
          message: `schedulingPolicy.scheduleTimeoutSeconds: ${show(value)} has no TrainJob field; ${customRuntimeHint(ctx, `podGroupPolicy.coscheduling.scheduleTimeoutSeconds: ${show(value)}`)}`,
        });
        break;
      default:
        ledger.lost(fieldPath, {
          code: 'UNKNOWN_FIELD',
          message: `schedulingPolicy.${key} is not a PyTorchJob scheduling policy field; remove it`,
        });
    }
  }
}
