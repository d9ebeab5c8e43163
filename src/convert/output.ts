/**
 * Collects the values of the TrainJob at their paths, then builds the object with the key order
 * reviewers expect (the editor renders keys in this order). Values placed whole keep their own order.
 */
import type { Path } from '../model/conversion.js';

const KEY_ORDER = [
  'apiVersion',
  'name',
  'generateName',
  'kind',
  'namespace',
  'targetJobs',
  'metadata',
  'labels',
  'annotations',
  'spec',
  'runtimeRef',
  'trainer',
  'numNodes',
  'image',
  'command',
  'args',
  'env',
  'resourcesPerNode',
  'numProcPerNode',
  'suspend',
  'activeDeadlineSeconds',
  'managedBy',
  'runtimePatches',
  'podTemplateOverrides',
  'podSpecOverrides',
  'manager',
  'trainingRuntimeSpec',
  'template',
  'replicatedJobs',
  'serviceAccountName',
  'nodeSelector',
  'affinity',
  'tolerations',
  'schedulingGates',
  'imagePullSecrets',
  'containers',
  'volumeMounts',
  'volumes',
  'securityContext',
  'terminationGracePeriodSeconds',
];
const rank = (segment: string | number): number => {
  if (typeof segment === 'number') return segment;
  const index = KEY_ORDER.indexOf(segment);
  return index === -1 ? KEY_ORDER.length : index;
};

function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = rank(a[i]!) - rank(b[i]!);
    if (diff !== 0) return diff;
  }
  return 0;
}

function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  let node: Record<string, unknown> | unknown[] = root;
  path.forEach((segment, index) => {
    const last = index === path.length - 1;
    const nextIsIndex = typeof path[index + 1] === 'number';
    const container = node as Record<string | number, unknown>;
    if (last) {
      container[segment] = structuredClone(value);
      return;
    }
    if (container[segment] === undefined) container[segment] = nextIsIndex ? [] : {};
    node = container[segment] as Record<string, unknown> | unknown[];
  });
}

export class OutputBuilder {
  private readonly placements: { to: Path; value: unknown }[] = [];

  place(to: Path, value: unknown): void {
    this.placements.push({ to, value });
  }

  has(prefix: Path): boolean {
    return this.placements.some(({ to }) => prefix.every((segment, index) => to[index] === segment));
  }

  build(): Record<string, unknown> {
    const root: Record<string, unknown> = {};
    // A stable sort keeps placement order among keys the order list does not know.
    const ordered = [...this.placements].sort((a, b) => comparePaths(a.to, b.to));
    for (const { to, value } of ordered) setAt(root, to, value);
    return root;
  }
}
