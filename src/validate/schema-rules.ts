/**
 * The checks of a CRD that ajv cannot do, read from its strict schema: the CEL rules
 * (`x-kubernetes-validations`) and the keys of `x-kubernetes-list-type: map` lists, each with the
 * place in the object it applies to.
 */

import type { Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';

/** A property name; `*` for every list item; `{}` for every value of a map (`additionalProperties`). */
export type PathPattern = readonly string[];

export interface CelRuleSite {
  path: PathPattern;
  rule: string;
  message?: string;
  /** Only applies when an object is updated (`oldSelf`): not checked for new objects. */
  transition: boolean;
}

export interface ListMapSite {
  path: PathPattern;
  keys: string[];
}

export interface SchemaRules {
  cel: CelRuleSite[];
  listMaps: ListMapSite[];
}

/** Walks `properties`, `items` and `additionalProperties` of a strict schema. */
export function readSchemaRules(schema: unknown): SchemaRules {
  const rules: SchemaRules = { cel: [], listMaps: [] };
  const walk = (node: unknown, path: string[]): void => {
    if (!isPlainObject(node)) return;
    const validations = Array.isArray(node['x-kubernetes-validations'])
      ? node['x-kubernetes-validations']
      : [];
    for (const validation of validations.filter(isPlainObject)) {
      const rule = String(validation.rule);
      const site: CelRuleSite = { path, rule, transition: /\boldSelf\b/.test(rule) };
      if (typeof validation.message === 'string') site.message = validation.message;
      rules.cel.push(site);
    }
    const keys = node['x-kubernetes-list-map-keys'];
    if (node['x-kubernetes-list-type'] === 'map' && Array.isArray(keys)) {
      rules.listMaps.push({ path, keys: keys.map(String) });
    }
    if (isPlainObject(node.properties)) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, [...path, key]);
    }
    if (isPlainObject(node.items)) walk(node.items, [...path, '*']);
    if (isPlainObject(node.additionalProperties)) walk(node.additionalProperties, [...path, '{}']);
  };
  walk(schema, []);
  return rules;
}

/** Every value in `root` at a path pattern, with its concrete path. */
export function valuesAt(
  root: unknown,
  pattern: PathPattern,
  prefix: Path = [],
): { path: Path; value: unknown }[] {
  const [head, ...rest] = pattern;
  if (head === undefined) return [{ path: prefix, value: root }];
  if (head === '*') {
    if (!Array.isArray(root)) return [];
    return root.flatMap((item, index) => valuesAt(item, rest, [...prefix, index]));
  }
  if (head === '{}') {
    if (!isPlainObject(root)) return [];
    return Object.entries(root).flatMap(([key, value]) => valuesAt(value, rest, [...prefix, key]));
  }
  if (!isPlainObject(root) || !(head in root)) return [];
  return valuesAt(root[head], rest, [...prefix, head]);
}
