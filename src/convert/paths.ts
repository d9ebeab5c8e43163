import type { Path } from '../model/conversion.js';
import { deepEqual, isPlainObject } from '../util/objects.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Renders a path for people: `spec.containers[0].env[2]`, `metadata.labels["kueue.x-k8s.io/queue-name"]`. */
export function formatPath(path: Path): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** A stable key for a path, for sets and maps. */
export const pathKey = (path: Path): string => JSON.stringify(path);

/** True for values that have no children: scalars, null, and empty objects or lists. */
export function isLeaf(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.keys(value).length === 0;
  return true;
}

/** Every leaf under `value`, as paths starting with `base`. */
export function leafPaths(value: unknown, base: Path = []): Path[] {
  const out: Path[] = [];
  const walk = (node: unknown, path: Path): void => {
    if (isLeaf(node)) {
      out.push(path);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => {
        walk(item, [...path, index]);
      });
    } else if (isPlainObject(node)) {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    }
  };
  walk(value, base);
  return out;
}

export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[segment];
    } else {
      if (!isPlainObject(node)) return undefined;
      node = node[segment];
    }
  }
  return node;
}

/** Whether `path` names a key or index present in `root` (even when its value is null). */
export function pathExists(root: unknown, path: Path): boolean {
  if (path.length === 0) return true;
  const parent = getAt(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (typeof last === 'number') return Array.isArray(parent) && last < parent.length;
  return isPlainObject(parent) && Object.hasOwn(parent, last);
}

/** Paths (relative) where two values differ, stopping at the first differing level of each branch. */
export function differingPaths(a: unknown, b: unknown, base: Path = []): Path[] {
  if (deepEqual(a, b)) return [];
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => differingPaths(a[key], b[key], [...base, key]));
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    return a.flatMap((item, index) => differingPaths(item, b[index], [...base, index]));
  }
  return [base];
}

export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}
