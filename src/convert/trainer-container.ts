/** The `pytorch` container → `trainer.*` and the `node` container patch. */

import type { Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';
import { type ConvertContext, customRuntimeHint, dropIfEmpty, show } from './context.js';
import { mapEnv, type UserEnv } from './env.js';
import {
  atLeast,
  customisationName,
  PATCHABLE_CONTAINER_FIELDS,
  type PatchableContainerField,
} from './layout.js';

export const TRAINER_CONTAINER = 'pytorch';
/** Ports the v1 operator used for rendezvous; v2 declares 29500 itself. */
const RENDEZVOUS_PORT_NAME = 'pytorchjob-port';
const RENDEZVOUS_PORTS = [23456, 29500];

/** Kubernetes defaults: setting them changes nothing. */
const DEFAULT_VALUED: Record<string, unknown> = {
  terminationMessagePath: '/dev/termination-log',
  terminationMessagePolicy: 'File',
  stdin: false,
  stdinOnce: false,
  tty: false,
};

/** Container fields a custom runtime's `node` container carries with the same meaning. */
const RUNTIME_CONTAINER_FIELDS: ReadonlySet<string> = new Set([
  'workingDir',
  'lifecycle',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'terminationMessagePath',
  'terminationMessagePolicy',
  'stdin',
  'stdinOnce',
  'tty',
  'volumeDevices',
  'resizePolicy',
]);

export interface TrainerContainerResult {
  command?: unknown[];
  args?: unknown[];
  /** The `env` entries to place (after the v1 variables are decided). */
  env: UserEnv;
  gpuRequested: boolean;
}

export function mapTrainerContainer(
  ctx: ConvertContext,
  path: Path,
  container: Record<string, unknown>,
): TrainerContainerResult {
  const { ledger, output } = ctx;
  const result: TrainerContainerResult = {
    env: { path: [...path, 'env'], kept: [], whole: false },
    gpuRequested: requestsGpu(container.resources),
  };
  for (const [key, value] of Object.entries(container)) {
    const fieldPath = [...path, key];
    switch (key) {
      case 'name':
        ledger.dropped(fieldPath, 'the v2 runtimes name the trainer container "node"');
        break;
      case 'image':
        if (typeof value !== 'string' || value === '') {
          ledger.lost(fieldPath, {
            code: 'INVALID_PYTORCHJOB',
            message: 'image must be a non-empty string; fix it',
          });
        } else {
          ledger.carry(fieldPath, ['spec', 'trainer', 'image']);
          output.place(['spec', 'trainer', 'image'], value);
        }
        break;
      case 'command':
      case 'args':
        if (dropIfEmpty(ctx, fieldPath, value)) break;
        if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
          ledger.lost(fieldPath, {
            code: 'INVALID_PYTORCHJOB',
            message: `${key} must be a list of strings (quote numbers, e.g. "1"); fix it`,
          });
        } else {
          ledger.carry(fieldPath, ['spec', 'trainer', key]);
          output.place(['spec', 'trainer', key], value);
          result[key] = value;
        }
        break;
      case 'env':
        result.env = mapEnv(ctx, fieldPath, value);
        break;
      case 'resources':
        if (dropIfEmpty(ctx, fieldPath, value)) break;
        ledger.carry(fieldPath, ['spec', 'trainer', 'resourcesPerNode']);
        output.place(['spec', 'trainer', 'resourcesPerNode'], value);
        break;
      case 'volumeMounts':
      case 'securityContext':
        mapContainerPatchField(ctx, fieldPath, key, value);
        break;
      case 'ports':
        accountPorts(ctx, fieldPath, value);
        break;
      case 'imagePullPolicy':
        mapImagePullPolicy(ctx, fieldPath, value, container.image);
        break;
      case 'envFrom':
        if (dropIfEmpty(ctx, fieldPath, value)) break;
        ledger.lost(fieldPath, {
          code: 'ENV_FROM',
          message: `envFrom ${show(value)} has no TrainJob field (trainer.env takes single variables only); list each needed key as env[].valueFrom.secretKeyRef / configMapKeyRef, or ${customRuntimeHint(ctx, 'envFrom on the node container')}`,
          runtimeSetting: { container: { envFrom: value } },
        });
        break;
      default:
        if (key in DEFAULT_VALUED && DEFAULT_VALUED[key] === value) {
          ledger.dropped(fieldPath, 'equal to the Kubernetes default');
        } else if (!dropIfEmpty(ctx, fieldPath, value)) {
          ledger.lost(fieldPath, {
            code: 'CONTAINER_FIELD',
            message: `container field ${key}: ${show(value)} has no TrainJob field (trainer has only image, command, args, env, resourcesPerNode and numProcPerNode); move it into the image or the command, or ${customRuntimeHint(ctx, `${key} on the node container`)}`,
            ...(RUNTIME_CONTAINER_FIELDS.has(key) && { runtimeSetting: { container: { [key]: value } } }),
          });
        }
    }
  }
  if (!('image' in container)) {
    ctx.ledger.finding([...path, 'image'], {
      code: 'INVALID_PYTORCHJOB',
      message: `the ${TRAINER_CONTAINER} container has no image; without one the TrainJob would run the runtime's default image. Add the image`,
    });
  }
  return result;
}

function mapContainerPatchField(
  ctx: ConvertContext,
  path: Path,
  field: PatchableContainerField,
  value: unknown,
): void {
  if (dropIfEmpty(ctx, path, value)) return;
  const since = PATCHABLE_CONTAINER_FIELDS[field];
  const { version } = ctx.layout;
  if (!atLeast(version, since)) {
    ctx.ledger.lost(path, {
      code: 'POD_FIELD_UNSUPPORTED_BY_TARGET',
      message: `container ${field} cannot be set through ${customisationName(version)} in Trainer ${version} (supported from ${since}); target Trainer ${since}+ with --trainer-version, or ${customRuntimeHint(ctx, `${field} on the node container`)}`,
    });
    return;
  }
  const to = ctx.layout.container(field);
  ctx.ledger.carry(path, to);
  ctx.output.place(to, value);
}

export function isRendezvousPort(port: unknown): boolean {
  if (!isPlainObject(port)) return false;
  return port.name === RENDEZVOUS_PORT_NAME || RENDEZVOUS_PORTS.includes(Number(port.containerPort));
}

/**
 * Container ports: the rendezvous port is v1 plumbing (v2 declares 29500 itself). The others have
 * no TrainJob field; a generated runtime carries them on its `node` container. Without one, plain
 * declarations (informational: they do not change traffic) are dropped with a warning, and a
 * `hostPort` (it changes scheduling and networking) needs review.
 */
export function accountPorts(ctx: ConvertContext, path: Path, ports: unknown): void {
  if (dropIfEmpty(ctx, path, ports)) return;
  if (!Array.isArray(ports)) {
    ctx.ledger.lost(path, { code: 'INVALID_PYTORCHJOB', message: 'ports must be a list; fix it' });
    return;
  }
  const declared = ports.filter((port) => !isRendezvousPort(port));
  const runtimeSetting = { container: { ports: declared } };
  ports.forEach((port, index) => {
    const portPath = [...path, index];
    if (isRendezvousPort(port)) {
      ctx.ledger.dropped(portPath, 'the v1 rendezvous port; the v2 torch runtime declares port 29500 itself');
    } else if (isPlainObject(port) && port.hostPort !== undefined) {
      ctx.ledger.lost(portPath, {
        code: 'CONTAINER_FIELD',
        message: `port ${show(port)} uses a hostPort, which has no TrainJob field; ${customRuntimeHint(ctx, 'this port on the node container')}`,
        runtimeSetting,
      });
    } else {
      ctx.ledger.runtimeCarriable(
        portPath,
        'a container port declaration is informational; v2 has no field for it',
        {
          code: 'CONTAINER_FIELD',
          severity: 'warning',
          message: `port ${show(port)} is dropped: TrainJob has no field for container ports. Declarations do not affect traffic, but a Service that targets this port by name needs a numeric targetPort instead; --generate-runtimes carries the ports in a generated runtime's node container`,
          runtimeSetting,
        },
      );
    }
  });
}

/** Kubernetes pulls `:latest` (or untagged) images always, others if not present. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  if (image.includes('@')) return 'IfNotPresent';
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const tag = lastSegment.includes(':') ? lastSegment.slice(lastSegment.indexOf(':') + 1) : undefined;
  return tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function mapImagePullPolicy(ctx: ConvertContext, path: Path, policy: unknown, image: unknown): void {
  if (typeof image === 'string' && policy === defaultPullPolicy(image)) {
    ctx.ledger.dropped(path, `equal to the Kubernetes default for image ${image}`);
    return;
  }
  ctx.ledger.lost(path, {
    code: 'CONTAINER_FIELD',
    runtimeSetting: { container: { imagePullPolicy: policy } },
    message: `imagePullPolicy: ${show(policy)} differs from the Kubernetes default for this image${typeof image === 'string' ? ` (${defaultPullPolicy(image)})` : ''} and TrainJob has no field for it; use an image tag that gets the wanted default (e.g. a fixed tag instead of :latest), or ${customRuntimeHint(ctx, `imagePullPolicy: ${show(policy)} on the node container`)}`,
  });
}

const GPU_RESOURCE = /gpu/i;

/** Whether the container asks for any GPU (nvidia.com/gpu, amd.com/gpu, ...). */
export function requestsGpu(resources: unknown): boolean {
  if (!isPlainObject(resources)) return false;
  return [resources.limits, resources.requests].some(
    (list) =>
      isPlainObject(list) &&
      Object.entries(list).some(([name, quantity]) => GPU_RESOURCE.test(name) && String(quantity) !== '0'),
  );
}
