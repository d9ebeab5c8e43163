/**
 * Reads a CustomResourceDefinition and turns its openAPIV3Schema into a strict JSON Schema: what the
 * API server accepts for a new object, with its pruning made an error (a field the CRD does not
 * declare would be silently dropped). The CEL rules and list-map keys stay as annotations for the
 * checks ajv cannot do (`schema-rules.ts`).
 */
import { parseAllDocuments } from 'yaml';
import { isPlainObject } from '../util/objects.js';
import { UserError } from '../util/user-error.js';

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
    throw new UserError(
      `${source}: no CustomResourceDefinition for kind ${kind} (found: ${found.join(', ') || 'none'}); pass the ${kind} CRD file`,
    );
  }
  const versions = Array.isArray(crd.spec.versions) ? crd.spec.versions.filter(isPlainObject) : [];
  const served = versions.filter((version) => version.served === true);
  if (served.length !== 1) {
    throw new UserError(
      `${source}: the ${kind} CRD serves ${served.length} versions; expected exactly one. Pass a CRD with a single served version`,
    );
  }
  const version = served[0]!;
  const schema = isPlainObject(version.schema) ? version.schema.openAPIV3Schema : undefined;
  if (!isPlainObject(schema)) {
    throw new UserError(
      `${source}: version ${String(version.name)} of the ${kind} CRD has no openAPIV3Schema`,
    );
  }
  return { group: String(crd.spec.group), kind, version: String(version.name), schema };
}

/** Keywords that only document, or describe server behaviour the strict schema states otherwise. */
const DROPPED_KEYWORDS = new Set([
  'description',
  'default',
  'example',
  'format',
  'x-kubernetes-map-type',
  'x-kubernetes-int-or-string',
  'x-kubernetes-preserve-unknown-fields',
  'x-kubernetes-embedded-resource',
]);

const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', 'definitions'];
const SCHEMA_LIST_KEYWORDS = ['anyOf', 'allOf', 'oneOf'];
const SCHEMA_KEYWORDS = ['items', 'additionalProperties', 'not'];

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const RFC3339 = '^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$';
const BASE64 = '^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$';

/**
 * The formats the API server checks, as plain JSON Schema constraints (so a compiled validator needs
 * no format functions); any other format is accepted, as the server does.
 */
function formatConstraints(format: unknown): JsonSchema {
  switch (format) {
    case 'int32':
      return { minimum: INT32_MIN, maximum: INT32_MAX };
    case 'date-time':
      return { pattern: RFC3339 };
    case 'byte':
      return { pattern: BASE64 };
    default:
      return {};
  }
}

/**
 * Rewrites a structural schema into a strict JSON Schema:
 * - `additionalProperties: false` wherever `properties` is declared without `additionalProperties`
 *   or `x-kubernetes-preserve-unknown-fields` (the server prunes such fields);
 * - `x-kubernetes-int-or-string` becomes `anyOf: [integer, string]` when the CRD does not spell it out;
 * - `x-kubernetes-list-type: set` becomes `uniqueItems`; formats become `minimum`/`maximum`/`pattern`;
 * - `x-kubernetes-validations` and `x-kubernetes-list-map-keys` are kept for the checks beside ajv.
 */
export function toStrictSchema(node: unknown): unknown {
  if (!isPlainObject(node)) return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED_KEYWORDS.has(key)) continue;
    if (SCHEMA_MAP_KEYWORDS.includes(key) && isPlainObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, toStrictSchema(child)]),
      );
    } else if (SCHEMA_LIST_KEYWORDS.includes(key) && Array.isArray(value)) {
      out[key] = value.map(toStrictSchema);
    } else if (SCHEMA_KEYWORDS.includes(key)) {
      out[key] = toStrictSchema(value);
    } else {
      out[key] = value;
    }
  }
  Object.assign(out, formatConstraints(node.format));
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
