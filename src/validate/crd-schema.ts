/**
 * Reads a CustomResourceDefinition and turns its openAPIV3Schema into a JSON Schema that ajv can
 * compile with the API server's pruning made strict: a field the CRD does not declare is an error,
 * because the server would silently drop it.
 */
import { parseAllDocuments } from 'yaml';
import { isPlainObject } from '../util/objects.js';

export type JsonSchema = Record<string, unknown>;

export interface CrdVersionSchema {
  group: string;
  kind: string;
  version: string;
  /** The version's openAPIV3Schema, untouched. */
  schema: JsonSchema;
}

/** Finds the CRD of `kind` in `crdYamlText` and returns the schema of its single served version. */
export function readCrdSchema(crdYamlText: string, kind: string, source = 'CRD'): CrdVersionSchema {
  const crds = parseAllDocuments(crdYamlText)
    .flatMap((doc) => ('errors' in doc && doc.errors.length === 0 ? [doc.toJS()] : []))
    .filter((doc): doc is JsonSchema => isPlainObject(doc) && doc.kind === 'CustomResourceDefinition');
  const crd = crds.find(
    (doc) => isPlainObject(doc.spec) && isPlainObject(doc.spec.names) && doc.spec.names.kind === kind,
  );
  if (!crd || !isPlainObject(crd.spec)) {
    const found = crds.map((doc) =>
      isPlainObject(doc.spec) && isPlainObject(doc.spec.names) ? doc.spec.names.kind : '?',
    );
    throw new Error(
      `${source}: no CustomResourceDefinition for kind ${kind} (found: ${found.join(', ') || 'none'}); pass the ${kind} CRD file`,
    );
  }
  const versions = Array.isArray(crd.spec.versions) ? crd.spec.versions.filter(isPlainObject) : [];
  const served = versions.filter((version) => version.served === true);
  if (served.length !== 1) {
    throw new Error(
      `${source}: the ${kind} CRD serves ${served.length} versions; expected exactly one. Pass a CRD with a single served version`,
    );
  }
  const version = served[0]!;
  const schema = isPlainObject(version.schema) ? version.schema.openAPIV3Schema : undefined;
  if (!isPlainObject(schema)) {
    throw new Error(`${source}: version ${String(version.name)} of the ${kind} CRD has no openAPIV3Schema`);
  }
  return { group: String(crd.spec.group), kind, version: String(version.name), schema };
}

/** Keywords that only document or describe server behaviour the validator does not model. */
const DROPPED_KEYWORDS = new Set([
  'description',
  'default',
  'example',
  'x-kubernetes-validations',
  'x-kubernetes-map-type',
  'x-kubernetes-list-type',
  'x-kubernetes-int-or-string',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-embedded-resource',
]);

const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', 'definitions'];
const SCHEMA_LIST_KEYWORDS = ['anyOf', 'allOf', 'oneOf'];
const SCHEMA_KEYWORDS = ['items', 'additionalProperties', 'not'];

/**
 * Rewrites a structural schema for ajv:
 * - `additionalProperties: false` wherever `properties` is declared without `additionalProperties`
 *   or `x-kubernetes-preserve-unknown-fields` (the server prunes such fields);
 * - `x-kubernetes-int-or-string` becomes `anyOf: [integer, string]` when the CRD does not spell it out;
 * - `x-kubernetes-list-type: set` becomes `uniqueItems`; list-map keys stay for the custom keyword.
 */
export function toAjvSchema(node: unknown): unknown {
  if (!isPlainObject(node)) return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED_KEYWORDS.has(key)) continue;
    if (SCHEMA_MAP_KEYWORDS.includes(key) && isPlainObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, toAjvSchema(child)]));
    } else if (SCHEMA_LIST_KEYWORDS.includes(key) && Array.isArray(value)) {
      out[key] = value.map(toAjvSchema);
    } else if (SCHEMA_KEYWORDS.includes(key)) {
      out[key] = toAjvSchema(value);
    } else {
      out[key] = value;
    }
  }
  const preservesUnknown =
    node['x-kubernetes-preserve-unknown-fields'] === true || node['x-kubernetes-embedded-resource'] === true;
  if (isPlainObject(node.properties) && !('additionalProperties' in node) && !preservesUnknown) {
    out.additionalProperties = false;
  }
  if (node['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    if (!Array.isArray(out.anyOf)) out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (node['x-kubernetes-list-type'] === 'set') out.uniqueItems = true;
  return out;
}

/** Every `format` the schema uses, so unknown ones can be registered instead of failing compilation. */
export function formatsUsed(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) formatsUsed(item, found);
  } else if (isPlainObject(node)) {
    if (typeof node.format === 'string') found.add(node.format);
    for (const value of Object.values(node)) formatsUsed(value, found);
  }
  return found;
}
