/**
 * Kustomize's patch semantics for custom resources, on plain objects: a strategic-merge patch on a
 * CRD merges maps, deletes keys set to null and replaces lists wholesale (there is no schema to
 * give list merge keys, even for lists of named maps); JSON 6902 is RFC 6902. Pure. The build
 * check is the final judge.
 */
import { deepEqual, isPlainObject } from '../../util/objects.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: Json;
  from?: string;
}

/** `isPlainObject` with the JSON value type the merge code works on. */
export const isObject = (value: unknown): value is JsonObject => isPlainObject(value);

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Directives (`$patch`, `$setElementOrder`, ...) only have a meaning with a schema: not emulated. */
export function usesDirectives(patch: unknown): boolean {
  if (Array.isArray(patch)) return patch.some(usesDirectives);
  if (!isObject(patch)) return false;
  return Object.entries(patch).some(([key, value]) => key.startsWith('$') || usesDirectives(value));
}

/**
 * Merges `patch` into the resource `target` as kustomize does without a schema: maps merge, null
 * deletes, anything else (lists included) replaces. A map the target lacks is added without its
 * null members (empty maps stay). kustomize reads `metadata.labels` and `metadata.annotations` as
 * string maps, so a null there becomes the string "null" instead of deleting the key.
 */
export function mergeStrategic(target: Json, patch: Json): Json {
  return mergeAt(target, patch, []);
}

function mergeAt(target: Json | undefined, patch: Json, path: readonly string[]): Json {
  if (!isObject(patch)) return clone(patch);
  const base = isObject(target) ? target : {};
  const merged: JsonObject = { ...base };
  const isStringMap =
    path.length === 2 && path[0] === 'metadata' && /^(?:labels|annotations)$/.test(path[1] ?? '');
  for (const [key, value] of Object.entries(patch)) {
    if (value === null && isStringMap) merged[key] = 'null';
    else if (value === null) delete merged[key];
    else merged[key] = mergeAt(base[key], value, [...path, key]);
  }
  return merged;
}

/** The smallest strategic-merge patch that takes `from` to `to` (objects only; lists whole). */
export function strategicDiff(from: JsonObject, to: JsonObject): JsonObject {
  const patch: JsonObject = {};
  for (const key of Object.keys(from)) {
    if (!(key in to)) patch[key] = null;
  }
  for (const [key, value] of Object.entries(to)) {
    const before = from[key];
    if (deepEqual(before, value)) continue;
    patch[key] = isObject(before) && isObject(value) ? strategicDiff(before, value) : clone(value);
  }
  return patch;
}

function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`"${pointer}" is not a JSON pointer (it must start with /)`);
  return pointer.slice(1).split('/').map(unescapePointer);
}

function getAt(document: Json, tokens: readonly string[], pointer: string): Json {
  let current: Json = document;
  for (const token of tokens) {
    if (Array.isArray(current)) current = current[Number(token)] as Json;
    else if (isObject(current) && token in current) current = current[token] as Json;
    else throw new Error(`path ${pointer} does not exist`);
    if (current === undefined) throw new Error(`path ${pointer} does not exist`);
  }
  return current;
}

function setAt(
  document: Json,
  tokens: readonly string[],
  value: Json,
  mode: 'add' | 'replace',
  pointer: string,
): Json {
  if (tokens.length === 0) return value;
  const parent = getAt(document, tokens.slice(0, -1), pointer);
  const last = tokens[tokens.length - 1] as string;
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length) {
      throw new Error(`index ${last} is out of range at ${pointer}`);
    }
    if (mode === 'add') parent.splice(index, 0, value);
    else if (index < parent.length) parent[index] = value;
    else throw new Error(`path ${pointer} does not exist`);
  } else if (isObject(parent)) {
    if (mode === 'replace' && !(last in parent)) throw new Error(`path ${pointer} does not exist`);
    parent[last] = value;
  } else {
    throw new Error(`path ${pointer} does not exist`);
  }
  return document;
}

function removeAt(document: Json, tokens: readonly string[], pointer: string): Json {
  const parent = getAt(document, tokens.slice(0, -1), pointer);
  const last = tokens[tokens.length - 1] as string;
  if (Array.isArray(parent) && Number(last) < parent.length) parent.splice(Number(last), 1);
  else if (isObject(parent) && last in parent) delete parent[last];
  else throw new Error(`path ${pointer} does not exist`);
  return document;
}

/** Applies RFC 6902 operations to a copy; throws naming the operation that does not apply. */
export function applyJsonPatch(document: Json, operations: readonly JsonPatchOperation[]): Json {
  let result = clone(document);
  for (const operation of operations) {
    const tokens = parsePointer(operation.path);
    switch (operation.op) {
      case 'add':
      case 'replace':
        result = setAt(result, tokens, clone(operation.value ?? null), operation.op, operation.path);
        break;
      case 'remove':
        result = removeAt(result, tokens, operation.path);
        break;
      case 'move':
      case 'copy': {
        const fromTokens = parsePointer(operation.from ?? '');
        const value = clone(getAt(result, fromTokens, operation.from ?? ''));
        if (operation.op === 'move') result = removeAt(result, fromTokens, operation.from ?? '');
        result = setAt(result, tokens, value, 'add', operation.path);
        break;
      }
      case 'test':
        if (!deepEqual(getAt(result, tokens, operation.path), operation.value)) {
          throw new Error(`test at ${operation.path} fails`);
        }
        break;
      default:
        throw new Error(`unknown operation ${(operation as { op: string }).op}`);
    }
  }
  return result;
}

/** RFC 6902 operations that take `from` to `to`: changed lists are replaced whole. */
export function jsonPatchDiff(from: Json, to: Json, prefix = ''): JsonPatchOperation[] {
  if (deepEqual(from, to)) return [];
  if (!isObject(from) || !isObject(to)) return [{ op: 'replace', path: prefix, value: clone(to) }];
  const operations: JsonPatchOperation[] = [];
  for (const key of Object.keys(from)) {
    if (!(key in to)) operations.push({ op: 'remove', path: `${prefix}/${escapePointer(key)}` });
  }
  for (const [key, value] of Object.entries(to)) {
    const path = `${prefix}/${escapePointer(key)}`;
    if (!(key in from)) operations.push({ op: 'add', path, value: clone(value) });
    else operations.push(...jsonPatchDiff(from[key] as Json, value, path));
  }
  return operations;
}
