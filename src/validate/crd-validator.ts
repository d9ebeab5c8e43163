/**
 * Validates emitted objects against a real CRD: ajv over the openAPIV3Schema (unknown fields
 * rejected, Kubernetes formats, int-or-string, list-map keys unique) plus the CEL rules that matter.
 * Compile once per CRD text and reuse the returned function.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { formatPath } from '../convert/paths.js';
import type { Finding, Path } from '../convert/types.js';
import type { TrainJobValidator } from '../edit/types.js';
import { isPlainObject } from '../util/objects.js';
import { checkCelRules, readCelRules } from './cel-rules.js';
import { formatsUsed, readCrdSchema, toAjvSchema } from './crd-schema.js';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The formats Kubernetes checks; any other format named in a CRD is accepted as the server does. */
const KUBERNETES_FORMATS = {
  int32: { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX },
  int64: { type: 'number', validate: (n: number) => Number.isInteger(n) },
  float: { type: 'number', validate: () => true },
  double: { type: 'number', validate: () => true },
  'date-time': { type: 'string', validate: (s: string) => RFC3339.test(s) },
  byte: { type: 'string', validate: (s: string) => BASE64.test(s) },
} as const;

export interface CrdValidatorOptions {
  /** The CRD's kind, when the text holds several CRDs; default `TrainJob`. */
  kind?: string;
  /** Names the CRD in messages, e.g. its file path. */
  source?: string;
}

/** `x-kubernetes-list-type: map` lists: the API server rejects two items with the same keys. */
function validateListMapKeys(keys: string[], data: unknown[]): boolean {
  const seen = new Set<string>();
  const errors: Partial<ErrorObject>[] = [];
  data.forEach((item, index) => {
    if (!isPlainObject(item)) return;
    const key = JSON.stringify(keys.map((name) => item[name]));
    if (seen.has(key)) {
      errors.push({
        keyword: 'x-kubernetes-list-map-keys',
        message: `has two items with the same ${keys.join('/')} ${keys.map((name) => JSON.stringify(item[name])).join('/')}; keep one`,
        params: { index },
      });
    }
    seen.add(key);
  });
  validateListMapKeys.errors = errors;
  return errors.length === 0;
}
validateListMapKeys.errors = [] as Partial<ErrorObject>[];

function pointerToPath(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function describeAjvError(error: ErrorObject): { path: Path; message: string } {
  const base = pointerToPath(error.instancePath);
  if (error.keyword === 'additionalProperties') {
    const field = String((error.params as { additionalProperty?: string }).additionalProperty);
    const path = [...base, field];
    return {
      path,
      message: `${formatPath(path)} is not a field of this CRD (the API server would silently drop it); remove it or move it where the target Trainer version supports it`,
    };
  }
  if (error.keyword === 'x-kubernetes-list-map-keys') {
    const index = (error.params as { index?: number }).index;
    const path = index === undefined ? base : [...base, index];
    return { path, message: `${formatPath(base) || '(root)'} ${error.message}` };
  }
  return {
    path: base,
    message: `${formatPath(base) || '(root)'} ${error.message ?? 'is invalid'}; fix the value`,
  };
}

/** Ajv reports every failed anyOf branch; the anyOf error itself says enough. */
function withoutBranchNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => !/\/anyOf\/\d+\//.test(error.schemaPath));
}

/** Builds a validator for objects of the CRD's kind (default TrainJob). */
export function createCrdValidator(crdYamlText: string, opts: CrdValidatorOptions = {}): TrainJobValidator {
  const kind = opts.kind ?? 'TrainJob';
  const source = opts.source ?? `${kind} CRD`;
  const crd = readCrdSchema(crdYamlText, kind, source);
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  for (const [name, format] of Object.entries(KUBERNETES_FORMATS)) ajv.addFormat(name, format);
  for (const name of formatsUsed(crd.schema)) {
    if (!(name in KUBERNETES_FORMATS)) ajv.addFormat(name, true);
  }
  ajv.addKeyword({
    keyword: 'x-kubernetes-list-map-keys',
    type: 'array',
    schemaType: 'array',
    errors: true,
    validate: validateListMapKeys,
  });
  const validateSchema = ajv.compile(toAjvSchema(crd.schema) as object);
  const celRules = readCelRules(crd.schema);
  const apiVersion = `${crd.group}/${crd.version}`;

  return (object: Record<string, unknown>): Finding[] => {
    const problems: { path: Path; message: string }[] = [];
    if (object.apiVersion !== apiVersion || object.kind !== kind) {
      problems.push({
        path: ['apiVersion'],
        message: `the object is ${String(object.apiVersion)} ${String(object.kind)}, but ${source} describes ${apiVersion} ${kind}; validate it against the matching CRD`,
      });
    }
    if (!validateSchema(object)) {
      problems.push(...withoutBranchNoise(validateSchema.errors ?? []).map(describeAjvError));
    }
    problems.push(...checkCelRules(object, celRules));
    return problems.map(({ path, message }) => ({
      severity: 'error',
      code: 'SCHEMA_INVALID',
      message,
      path: formatPath(path),
    }));
  };
}

/** Validator for ClusterTrainingRuntime or TrainingRuntime objects (runtimes the tool generates). */
export function createRuntimeValidator(
  crdYamlText: string,
  kind: 'ClusterTrainingRuntime' | 'TrainingRuntime' = 'ClusterTrainingRuntime',
  source?: string,
): TrainJobValidator {
  return createCrdValidator(crdYamlText, source === undefined ? { kind } : { kind, source });
}
