/**
 * Splits a large schema into parts that ajv compiles as functions of their own. V8 compiles a
 * function when it is first called: the precompiled TrainJob validator of a release was one 0.8 MB
 * function, compiled whole at the first validation (25–40 ms), although a TrainJob without
 * `runtimePatches` never reaches most of it. Its parts are now compiled only when reached (the
 * first validation of such a TrainJob takes ~2 ms).
 *
 * The split keeps every result and error: a part is a subschema moved to `definitions` (the
 * draft-07 keyword the release schemas use) and named by a `$ref` in its place, which ajv (with
 * `inlineRefs: false`) calls where it would have run the inline code. Errors keep their instance
 * paths, keywords, parameters and messages; only the schema path of an error inside a part is
 * written from the part's root. Parts are never taken from inside `anyOf`, `oneOf`, `allOf`,
 * `not` or `if` branches, so whether an error's schema path lies in an `anyOf` branch (what
 * `withoutBranchNoise` filters on) is unchanged.
 */

type Schema = Record<string, unknown>;

/** Subschemas of at least this many characters (as JSON) become parts. */
export const MIN_PART_CHARS = 2000;
/** The ajv option that compiles each `$ref` as a function call instead of inlining it. */
export const PART_OPTIONS = { inlineRefs: false } as const;
const PART_PREFIX = 'trainjobMigratePart';

/** `schema` with its large subschemas under `properties`, `patternProperties`, `items` and `additionalProperties` moved to `definitions`. */
export function splitIntoParts(schema: Schema, minChars = MIN_PART_CHARS): Schema {
  if (schema.$defs !== undefined || schema.definitions !== undefined) {
    throw new Error('the schema has $defs or definitions of its own; it is not split');
  }
  const parts: Record<string, Schema> = {};
  const part = (subschema: unknown): unknown => {
    if (!isSchemaObject(subschema)) return subschema;
    const inner = withPartsBelow(subschema);
    if (JSON.stringify(subschema).length < minChars) return inner;
    const name = `${PART_PREFIX}${Object.keys(parts).length}`;
    parts[name] = inner;
    return { $ref: `#/definitions/${name}` };
  };
  const withPartsBelow = (node: Schema): Schema => {
    const out: Schema = {};
    for (const [keyword, value] of Object.entries(node)) {
      if ((keyword === 'properties' || keyword === 'patternProperties') && isSchemaObject(value)) {
        out[keyword] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, part(sub)]));
      } else if (keyword === 'items' || keyword === 'additionalProperties') {
        out[keyword] = part(value);
      } else out[keyword] = value;
    }
    return out;
  };
  const root = withPartsBelow(schema);
  return Object.keys(parts).length === 0 ? root : { ...root, definitions: parts };
}

function isSchemaObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
