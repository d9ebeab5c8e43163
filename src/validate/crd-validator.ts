/**
 * Validates emitted objects against a CRD: ajv over its strict schema (unknown fields rejected,
 * Kubernetes formats, int-or-string), list-map keys unique, its CEL rules evaluated, and the
 * Trainer webhook's own TrainJob rules. Compile once per schema and reuse the returned function.
 */
import type { Options as AjvOptions, ErrorObject } from 'ajv';
import { formatPath } from '../convert/paths.js';
import type { TrainJobValidator } from '../edit/types.js';
import type { Finding, Path } from '../model/conversion.js';
import { isPlainObject } from '../util/objects.js';
import { checkCelRules, compileCelRules } from './cel-rules.js';
import { readCrdSchema, toStrictSchema } from './crd-schema.js';
import { schemaCompiler } from './schema-compiler.js';
import { type ListMapSite, readSchemaRules, type SchemaRules, valuesAt } from './schema-rules.js';
import { checkWebhookRules, type RuntimeLayouts } from './webhook-rules.js';

/** The same options at build time (precompiled code) and at run time (`--crd`). */
export const AJV_OPTIONS: AjvOptions = { allErrors: true, strict: false, validateFormats: false };

/** A compiled ajv validation function, from `ajv.compile` or precompiled standalone code. */
export interface SchemaCheck {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export interface CompiledCrd {
  kind: string;
  /** `group/version` the objects must carry. */
  apiVersion: string;
  /** Names the schema in messages, e.g. a file path or a Trainer release. */
  source: string;
  check: SchemaCheck;
  rules: SchemaRules;
  /** Layout of the runtimes the webhook checks runtimePatches against. */
  runtimeLayouts?: RuntimeLayouts;
}

export interface CrdValidatorOptions {
  /** The CRD's kind, when the text holds several CRDs; default `TrainJob`. */
  kind?: string;
  /** Names the CRD in messages, e.g. its file path. */
  source?: string;
}

/** Compiles a strict schema (from `toStrictSchema`) at run time. */
export function compileStrictSchema(schema: unknown): SchemaCheck {
  const Ajv = schemaCompiler();
  return new Ajv(AJV_OPTIONS).compile(schema as object);
}

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
  return {
    path: base,
    message: `${formatPath(base) || '(root)'} ${error.message ?? 'is invalid'}; fix the value`,
  };
}

/** Ajv reports every failed anyOf branch; the anyOf error itself says enough. */
function withoutBranchNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => !/\/anyOf\/\d+\//.test(error.schemaPath));
}

/** `x-kubernetes-list-type: map` lists: the API server rejects two items with the same keys. */
function checkListMaps(object: unknown, sites: readonly ListMapSite[]): { path: Path; message: string }[] {
  const problems: { path: Path; message: string }[] = [];
  for (const site of sites) {
    for (const { path, value } of valuesAt(object, site.path)) {
      if (!Array.isArray(value)) continue;
      const seen = new Set<string>();
      value.forEach((item, index) => {
        if (!isPlainObject(item)) return;
        const key = JSON.stringify(site.keys.map((name) => item[name]));
        if (seen.has(key)) {
          const keys = site.keys.map((name) => JSON.stringify(item[name])).join('/');
          problems.push({
            path: [...path, index],
            message: `${formatPath(path)} has two items with the same ${site.keys.join('/')} ${keys}; keep one`,
          });
        }
        seen.add(key);
      });
    }
  }
  return problems;
}

/** Builds the validator of one compiled CRD. */
export function validatorFor(crd: CompiledCrd): TrainJobValidator {
  const celRules = compileCelRules(crd.rules.cel);
  return (object: Record<string, unknown>): Finding[] => {
    const problems: { path: Path; message: string }[] = [];
    if (object.apiVersion !== crd.apiVersion || object.kind !== crd.kind) {
      problems.push({
        path: ['apiVersion'],
        message: `the object is ${String(object.apiVersion)} ${String(object.kind)}, but ${crd.source} describes ${crd.apiVersion} ${crd.kind}; validate it against the matching CRD`,
      });
    }
    if (!crd.check(object)) {
      problems.push(...withoutBranchNoise(crd.check.errors ?? []).map(describeAjvError));
    }
    problems.push(...checkListMaps(object, crd.rules.listMaps));
    problems.push(...checkCelRules(object, celRules));
    problems.push(...checkWebhookRules(object, crd.runtimeLayouts ?? {}));
    return problems.map(({ path, message }) => ({
      severity: 'error',
      code: 'SCHEMA_INVALID',
      message,
      path: formatPath(path),
    }));
  };
}

/** Reads a CRD's YAML text and compiles it (`--crd` and CRDs kept in the repository). */
export function compileCrd(crdYamlText: string, opts: CrdValidatorOptions = {}): CompiledCrd {
  const kind = opts.kind ?? 'TrainJob';
  const source = opts.source ?? `${kind} CRD`;
  const crd = readCrdSchema(crdYamlText, kind, source);
  const strict = toStrictSchema(crd.schema);
  return {
    kind,
    apiVersion: `${crd.group}/${crd.version}`,
    source,
    check: compileStrictSchema(strict),
    rules: readSchemaRules(strict),
  };
}

/** Builds a validator for objects of the CRD's kind (default TrainJob). */
export function createCrdValidator(crdYamlText: string, opts: CrdValidatorOptions = {}): TrainJobValidator {
  return validatorFor(compileCrd(crdYamlText, opts));
}

/** Validator for ClusterTrainingRuntime or TrainingRuntime objects (runtimes the tool generates). */
export function createRuntimeValidator(
  crdYamlText: string,
  kind: 'ClusterTrainingRuntime' | 'TrainingRuntime' = 'ClusterTrainingRuntime',
  source?: string,
): TrainJobValidator {
  return createCrdValidator(crdYamlText, source === undefined ? { kind } : { kind, source });
}
