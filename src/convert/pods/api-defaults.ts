/**
 * What the API server fills in when a pod is created (kubernetes `pkg/apis/core/v1/defaults.go`,
 * the Priority admission plugin), and fields whose absence means the same as their value. Both sides
 * are compared after this, so a value equal to its default matches an absent one.
 */
import { isPlainObject } from '../../util/objects.js';
import type { Container, PlainObject } from './types.js';

const POD_DEFAULTS: PlainObject = {
  dnsPolicy: 'ClusterFirst',
  schedulerName: 'default-scheduler',
  terminationGracePeriodSeconds: 30,
  enableServiceLinks: true,
  securityContext: {},
  preemptionPolicy: 'PreemptLowerPriority',
  hostIPC: false,
  hostNetwork: false,
  hostPID: false,
  shareProcessNamespace: false,
  automountServiceAccountToken: true,
};

const CONTAINER_DEFAULTS: PlainObject = {
  terminationMessagePath: '/dev/termination-log',
  terminationMessagePolicy: 'File',
  stdin: false,
  stdinOnce: false,
  tty: false,
  resources: {},
};

/** `SetDefaults_Container`: `Always` for `:latest` or untagged images, else `IfNotPresent`. */
export function defaultPullPolicy(image: unknown): string {
  if (typeof image !== 'string') return 'IfNotPresent';
  if (image.includes('@')) return 'IfNotPresent';
  const last = image.slice(image.lastIndexOf('/') + 1);
  const tag = last.includes(':') ? last.slice(last.indexOf(':') + 1) : undefined;
  return tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/** Drops null/undefined values and empty maps/lists, recursively: the API treats them as absent. */
export function pruneEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruneEmpty);
  if (!isPlainObject(value)) return value;
  const out: PlainObject = {};
  for (const [key, child] of Object.entries(value)) {
    const pruned = pruneEmpty(child);
    if (pruned === null || pruned === undefined) continue;
    if (isPlainObject(pruned) && Object.keys(pruned).length === 0) continue;
    if (Array.isArray(pruned) && pruned.length === 0) continue;
    out[key] = pruned;
  }
  return out;
}

function withDefaults(object: PlainObject, defaults: PlainObject): PlainObject {
  const out = { ...object };
  for (const [key, value] of Object.entries(defaults)) out[key] ??= value;
  return out;
}

function defaultedContainer(container: Container): Container {
  const out = withDefaults(container, {
    ...CONTAINER_DEFAULTS,
    imagePullPolicy: defaultPullPolicy(container.image),
  }) as Container;
  if (Array.isArray(out.ports)) {
    out.ports = (out.ports as PlainObject[]).map((port) => withDefaults(port, { protocol: 'TCP' }));
  }
  return pruneEmpty(out) as Container;
}

/** The pod spec as stored after API defaulting, with empty values dropped. */
export function apiDefaultedPodSpec(spec: PlainObject): PlainObject {
  const out = withDefaults(spec, POD_DEFAULTS);
  for (const key of ['containers', 'initContainers'] as const) {
    if (Array.isArray(out[key])) out[key] = (out[key] as Container[]).map(defaultedContainer);
  }
  return pruneEmpty(out) as PlainObject;
}
