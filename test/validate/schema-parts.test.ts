/**
 * The release validators are precompiled from schemas split into parts (compiled by V8 only when
 * reached): each must give exactly the errors of the whole schema, on real TrainJobs and runtimes
 * and on every one-field breakage of them. The bundled validators in dist/ are checked too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { TRAINER_VERSIONS } from '../../src/model/conversion.js';
import { AJV_OPTIONS } from '../../src/validate/crd-validator.js';
import { PART_OPTIONS, splitIntoParts } from '../../src/validate/schema-parts.js';
import { projectRoot, requireShared, sharedPath } from '../helpers/shared.js';

type Check = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
const KINDS = {
  trainjob: ['TrainJob'],
  clustertrainingruntime: ['ClusterTrainingRuntime', 'TrainingRuntime'],
};

function schemaOf(release: string, kind: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(join(projectRoot, 'schemas', 'trainer', release, `${kind}.schema.json`), 'utf8'),
  );
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** Real objects of the kinds, from the TrainJob examples and the built-in runtimes. */
function realObjects(kinds: string[]): Record<string, unknown>[] {
  const files = [sharedPath('corpus', 'trainjob-examples'), sharedPath('kubeflow', 'v2', 'runtimes')].flatMap(
    yamlFiles,
  );
  return files.flatMap((file) => {
    const documents = parseAllDocuments(readFileSync(file, 'utf8'), { logLevel: 'silent' });
    if (!Array.isArray(documents)) return [];
    return documents.flatMap((document) => {
      if (document.errors.length > 0) return [];
      const value = document.toJS({ maxAliasCount: -1 }) as Record<string, unknown> | null;
      return value && typeof value === 'object' && kinds.includes(String(value.kind)) ? [value] : [];
    });
  });
}

const WRONG_VALUES = [7, -1.5, 'x', true, null, [], {}];

/** The object, then the object broken in one place each: every value replaced by values of other types, an unknown key in every map. */
function* breakages(object: Record<string, unknown>): Generator<unknown> {
  yield object;
  const copy = structuredClone(object);
  const spots: { set(value: unknown): void; value: unknown }[] = [];
  const maps: Record<string, unknown>[] = [];
  const walk = (value: unknown, set?: (value: unknown) => void): void => {
    if (set) spots.push({ set, value });
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) {
        walk(item, (v) => {
          value[i] = v;
        });
      }
    } else if (value && typeof value === 'object') {
      const map = value as Record<string, unknown>;
      maps.push(map);
      for (const key of Object.keys(map)) {
        walk(map[key], (v) => {
          map[key] = v;
        });
      }
    }
  };
  walk(copy);
  for (const spot of spots) {
    for (const wrong of WRONG_VALUES) {
      spot.set(wrong);
      yield copy;
    }
    spot.set(spot.value);
  }
  for (const map of maps) {
    map.notAField = 1;
    yield copy;
    delete map.notAField;
  }
}

/** What the tool reads of an error (`describeAjvError`, `withoutBranchNoise`). */
function errorsOf(check: Check, value: unknown): unknown[] {
  check(value);
  return (check.errors ?? []).map((error) => [
    error.instancePath,
    error.keyword,
    error.params,
    error.message,
    /\/anyOf\/\d+\//.test(error.schemaPath),
  ]);
}

function expectSameErrors(whole: Check, parts: Check, objects: Record<string, unknown>[]): number {
  let compared = 0;
  for (const object of objects) {
    for (const value of breakages(object)) {
      expect(errorsOf(parts, value)).toEqual(errorsOf(whole, value));
      compared += 1;
    }
  }
  return compared;
}

describe('release schemas split into parts', () => {
  it.each(TRAINER_VERSIONS.flatMap((release) => Object.keys(KINDS).map((kind) => [release, kind])))(
    'Trainer %s %s: the parts give the errors of the whole schema, object by object',
    (release, kind) => {
      if (!requireShared()) return;
      const schema = schemaOf(release, kind);
      const split = splitIntoParts(schema);
      expect(Object.keys(split.definitions as object).length).toBeGreaterThan(5);
      const whole = new Ajv(AJV_OPTIONS).compile(schema) as Check;
      const parts = new Ajv({ ...AJV_OPTIONS, ...PART_OPTIONS }).compile(split) as Check;
      const objects = realObjects(KINDS[kind as keyof typeof KINDS]).slice(0, 12);
      expect(objects.length).toBeGreaterThan(3);
      expect(expectSameErrors(whole, parts, objects)).toBeGreaterThan(1000);
    },
  );

  it('the bundled 2.3 validators give the errors of the whole schemas', async () => {
    if (!requireShared()) return;
    for (const [kind, kinds] of Object.entries(KINDS)) {
      const bundled = (await import(
        pathToFileURL(join(projectRoot, 'dist', 'validators', `2.3-${kind}.js`)).href
      )) as { validate: Check };
      const whole = new Ajv(AJV_OPTIONS).compile(schemaOf('2.3', kind)) as Check;
      expect(expectSameErrors(whole, bundled.validate, realObjects(kinds).slice(0, 6))).toBeGreaterThan(500);
    }
  });

  it('leaves a small schema whole and refuses one with definitions of its own', () => {
    const small = { type: 'object', properties: { name: { type: 'string' } } };
    expect(splitIntoParts(small)).toEqual(small);
    expect(() => splitIntoParts({ ...small, $defs: {} })).toThrow(/definitions of its own/);
    expect(() => splitIntoParts({ ...small, definitions: {} })).toThrow(/definitions of its own/);
  });

  it('never takes a part from inside an anyOf branch', () => {
    const big = {
      type: 'object',
      properties: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`f${i}`, { type: 'string' }])),
    };
    const schema = { type: 'object', properties: { a: big, b: { anyOf: [big, { type: 'string' }] } } };
    const split = splitIntoParts(schema) as {
      properties: Record<string, { $ref: string }>;
      definitions: Record<string, unknown>;
    };
    const partOf = (name: string) => split.definitions[split.properties[name]?.$ref.split('/').pop() ?? ''];
    expect(partOf('a')).toEqual(big);
    // b is a part as a whole; nothing is taken out of its branches.
    expect(partOf('b')).toEqual(schema.properties.b);
    expect(Object.keys(split.definitions)).toHaveLength(2);
  });
});
