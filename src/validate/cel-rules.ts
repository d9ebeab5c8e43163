/**
 * The CRD's CEL rules that matter for a new object, checked in code (ajv cannot run CEL):
 * the object-level `metadata.name` rules and `self in [...]` value lists (e.g. `spec.managedBy`).
 * Immutability rules (`self == oldSelf`) only apply to updates and are left out.
 */
import { formatPath } from '../convert/paths.js';
import type { Path } from '../convert/types.js';
import { isPlainObject } from '../util/objects.js';

export interface CelProblem {
  path: Path;
  message: string;
}

interface NameRules {
  pattern?: RegExp;
  maxLength?: number;
}

interface AllowedValuesRule {
  /** Property path from the object root; `*` stands for any list item. */
  path: readonly string[];
  values: string[];
  message: string;
}

export interface CelRules {
  name: NameRules;
  allowedValues: AllowedValuesRule[];
}

const NAME_MATCHES = /^self\.metadata\.name\.matches\('(.+)'\)$/;
const NAME_SIZE = /^size\(self\.metadata\.name\)\s*<=\s*(\d+)$/;
const SELF_IN_LIST = /^self in \[(.*)\]$/;

function rulesOf(node: Record<string, unknown>): { rule: string; message: string }[] {
  const rules = Array.isArray(node['x-kubernetes-validations']) ? node['x-kubernetes-validations'] : [];
  return rules
    .filter(isPlainObject)
    .map((rule) => ({ rule: String(rule.rule), message: String(rule.message ?? '') }));
}

/** Collects the supported rules from an openAPIV3Schema. */
export function readCelRules(schema: Record<string, unknown>): CelRules {
  const name: NameRules = {};
  for (const { rule } of rulesOf(schema)) {
    const matches = NAME_MATCHES.exec(rule);
    if (matches?.[1]) name.pattern = new RegExp(matches[1]);
    const size = NAME_SIZE.exec(rule);
    if (size?.[1]) name.maxLength = Number(size[1]);
  }
  const allowedValues: AllowedValuesRule[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (!isPlainObject(node)) return;
    for (const { rule, message } of rulesOf(node)) {
      const list = SELF_IN_LIST.exec(rule);
      if (list?.[1] !== undefined) {
        const values = [...list[1].matchAll(/'([^']*)'/g)].map((match) => match[1]!);
        allowedValues.push({ path, values, message });
      }
    }
    if (isPlainObject(node.properties)) {
      for (const [key, child] of Object.entries(node.properties)) walk(child, [...path, key]);
    }
    if (isPlainObject(node.items)) walk(node.items, [...path, '*']);
  };
  walk(schema, []);
  return { name, allowedValues };
}

function valuesAt(
  root: unknown,
  pattern: readonly string[],
  prefix: Path = [],
): { path: Path; value: unknown }[] {
  const [head, ...rest] = pattern;
  if (head === undefined) return [{ path: prefix, value: root }];
  if (head === '*') {
    if (!Array.isArray(root)) return [];
    return root.flatMap((item, index) => valuesAt(item, rest, [...prefix, index]));
  }
  if (!isPlainObject(root) || !(head in root)) return [];
  return valuesAt(root[head], rest, [...prefix, head]);
}

function checkName(object: Record<string, unknown>, rules: NameRules): CelProblem[] {
  if (!rules.pattern && rules.maxLength === undefined) return [];
  const metadata = isPlainObject(object.metadata) ? object.metadata : {};
  const name = metadata.name;
  const generateName = metadata.generateName;
  // The server appends 5 random characters to generateName before the rules run.
  const [checked, path] =
    typeof name === 'string'
      ? [name, ['metadata', 'name']]
      : typeof generateName === 'string'
        ? [`${generateName}xxxxx`, ['metadata', 'generateName']]
        : [undefined, ['metadata', 'name']];
  if (checked === undefined) {
    return [{ path, message: 'metadata.name is missing; every object needs a name (or generateName)' }];
  }
  const problems: CelProblem[] = [];
  if (rules.maxLength !== undefined && checked.length > rules.maxLength) {
    problems.push({
      path,
      message: `${formatPath(path)} "${String(name ?? generateName)}" is ${checked.length} characters long; the CRD allows at most ${rules.maxLength}: shorten it`,
    });
  }
  if (rules.pattern && !rules.pattern.test(checked)) {
    problems.push({
      path,
      message: `${formatPath(path)} "${String(name ?? generateName)}" is not an RFC 1035 label (${rules.pattern.source}); use lower-case letters, digits and "-", starting with a letter`,
    });
  }
  return problems;
}

export function checkCelRules(object: Record<string, unknown>, rules: CelRules): CelProblem[] {
  const problems = checkName(object, rules.name);
  for (const rule of rules.allowedValues) {
    for (const { path, value } of valuesAt(object, rule.path)) {
      if (typeof value === 'string' && !rule.values.includes(value)) {
        problems.push({
          path,
          message: `${formatPath(path)} "${value}" is not allowed (${rule.message}); use one of: ${rule.values.join(', ')}`,
        });
      }
    }
  }
  return problems;
}
