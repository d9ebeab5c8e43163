import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KustomizeBinary } from '../../../src/gitops/kustomize/build.js';
import {
  applyJsonPatch,
  type Json,
  type JsonObject,
  type JsonPatchOperation,
  jsonPatchDiff,
  mergeStrategic,
  strategicDiff,
  usesDirectives,
} from '../../../src/gitops/kustomize/merge.js';
import { buildPatched, kustomizeBinary } from './real-kustomize.js';

/** A custom resource kustomize has no schema for: the case every PyTorchJob is in. */
const WIDGET: JsonObject = {
  apiVersion: 'example.com/v1',
  kind: 'Widget',
  metadata: { name: 'w', labels: { app: 'w', tier: 'batch' } },
  spec: {
    replicas: 1,
    template: {
      containers: [
        { name: 'main', image: 'busybox:1', args: ['a', 'b'] },
        { name: 'side', image: 'envoy:1' },
      ],
      nodeSelector: { pool: 'cpu' },
    },
    tags: ['x', 'y'],
  },
};

describe('mergeStrategic: kustomize strategic merge on a resource without a schema', () => {
  it('merges maps key by key and keeps what the patch does not name', () => {
    const merged = mergeStrategic(WIDGET, {
      spec: { replicas: 3, template: { nodeSelector: { gpu: 'a100' } } },
    });
    expect(merged).toMatchObject({
      metadata: WIDGET.metadata,
      spec: { replicas: 3, tags: ['x', 'y'], template: { nodeSelector: { pool: 'cpu', gpu: 'a100' } } },
    });
    expect((merged as { spec: { template: { containers: Json[] } } }).spec.template.containers).toHaveLength(
      2,
    );
  });

  it('deletes a key the patch sets to null', () => {
    const merged = mergeStrategic(WIDGET, {
      spec: { replicas: null, template: { nodeSelector: { pool: null } } },
    });
    expect(merged).toMatchObject({ spec: { template: { nodeSelector: {} } } });
    expect((merged as { spec: JsonObject }).spec).not.toHaveProperty('replicas');
  });

  it('writes the string "null" for a null label or annotation, as kustomize reads them as string maps', () => {
    const merged = mergeStrategic(WIDGET, {
      metadata: { labels: { tier: null }, annotations: { note: null } },
    });
    expect((merged as JsonObject).metadata).toEqual({
      name: 'w',
      labels: { app: 'w', tier: 'null' },
      annotations: { note: 'null' },
    });
  });

  it('adds a map the target lacks without its null members, keeping the empty maps', () => {
    const merged = mergeStrategic(WIDGET, { spec: { template: { metadata: { labels: { a: null } } } } });
    expect(merged).toMatchObject({ spec: { template: { metadata: { labels: {} } } } });
  });

  it('replaces a list whole, even a list of named maps (no merge key without a schema)', () => {
    const merged = mergeStrategic(WIDGET, {
      spec: { template: { containers: [{ name: 'main', env: [{ name: 'A', value: '1' }] }] } },
    }) as { spec: { template: { containers: Json[] } } };
    expect(merged.spec.template.containers).toEqual([{ name: 'main', env: [{ name: 'A', value: '1' }] }]);
  });

  it('does not change its inputs', () => {
    const target = structuredClone(WIDGET);
    const patch = { spec: { template: { nodeSelector: { pool: null } } } };
    const patchCopy = structuredClone(patch);
    mergeStrategic(target, patch);
    expect(target).toEqual(WIDGET);
    expect(patch).toEqual(patchCopy);
  });

  it('flags $patch and other directives, which only a schema gives a meaning', () => {
    expect(usesDirectives({ spec: { template: { $patch: 'replace' } } })).toBe(true);
    expect(usesDirectives({ spec: { list: [{ name: 'a', $patch: 'delete' }] } })).toBe(true);
    expect(usesDirectives({ $setElementOrder: {} })).toBe(true);
    expect(usesDirectives(WIDGET)).toBe(false);
  });
});

describe('strategicDiff', () => {
  it('is the smallest patch: changed scalars, nulls for removed keys, changed lists whole', () => {
    const to = structuredClone(WIDGET) as { spec: JsonObject; metadata: JsonObject };
    to.spec.replicas = 4;
    (to.metadata.labels as JsonObject).stage = 'prod';
    delete (to.metadata.labels as JsonObject).tier;
    to.spec.tags = ['x', 'y', 'z'];
    expect(strategicDiff(WIDGET, to as unknown as JsonObject)).toEqual({
      metadata: { labels: { tier: null, stage: 'prod' } },
      spec: { replicas: 4, tags: ['x', 'y', 'z'] },
    });
    expect(strategicDiff(WIDGET, structuredClone(WIDGET))).toEqual({});
  });

  it('takes one object to another through mergeStrategic (values without nulls)', () => {
    fc.assert(
      fc.property(jsonObject(false), jsonObject(false), (from, to) => {
        expect(mergeStrategic(from, strategicDiff(from, to))).toEqual(to);
      }),
    );
  });
});

describe('applyJsonPatch: RFC 6902 (the examples of its appendix A)', () => {
  it('adds an object member, an array element, a nested object and an array value', () => {
    expect(applyJsonPatch({ foo: 'bar' }, [{ op: 'add', path: '/baz', value: 'qux' }])).toEqual({
      foo: 'bar',
      baz: 'qux',
    });
    expect(applyJsonPatch({ foo: ['bar', 'baz'] }, [{ op: 'add', path: '/foo/1', value: 'qux' }])).toEqual({
      foo: ['bar', 'qux', 'baz'],
    });
    expect(
      applyJsonPatch({ foo: 'bar' }, [{ op: 'add', path: '/child', value: { grandchild: {} } }]),
    ).toEqual({ foo: 'bar', child: { grandchild: {} } });
    expect(applyJsonPatch({ foo: ['bar'] }, [{ op: 'add', path: '/foo/-', value: ['abc', 'def'] }])).toEqual({
      foo: ['bar', ['abc', 'def']],
    });
  });

  it('removes an object member and an array element', () => {
    expect(applyJsonPatch({ baz: 'qux', foo: 'bar' }, [{ op: 'remove', path: '/baz' }])).toEqual({
      foo: 'bar',
    });
    expect(applyJsonPatch({ foo: ['bar', 'qux', 'baz'] }, [{ op: 'remove', path: '/foo/1' }])).toEqual({
      foo: ['bar', 'baz'],
    });
  });

  it('replaces a value, and moves an object member and an array element', () => {
    expect(
      applyJsonPatch({ baz: 'qux', foo: 'bar' }, [{ op: 'replace', path: '/baz', value: 'boo' }]),
    ).toEqual({
      baz: 'boo',
      foo: 'bar',
    });
    expect(
      applyJsonPatch({ foo: { bar: 'baz', waldo: 'fred' }, qux: { corge: 'grault' } }, [
        { op: 'move', from: '/foo/waldo', path: '/qux/thud' },
      ]),
    ).toEqual({ foo: { bar: 'baz' }, qux: { corge: 'grault', thud: 'fred' } });
    expect(
      applyJsonPatch({ foo: ['all', 'grass', 'cows', 'eat'] }, [
        { op: 'move', from: '/foo/1', path: '/foo/3' },
      ]),
    ).toEqual({ foo: ['all', 'cows', 'eat', 'grass'] });
  });

  it('copies a value', () => {
    expect(applyJsonPatch({ a: { b: 1 } }, [{ op: 'copy', from: '/a', path: '/c' }])).toEqual({
      a: { b: 1 },
      c: { b: 1 },
    });
  });

  it('passes a test that holds and throws on one that does not', () => {
    const document = { baz: 'qux', foo: ['a', 2, 'c'] };
    expect(
      applyJsonPatch(document, [
        { op: 'test', path: '/baz', value: 'qux' },
        { op: 'test', path: '/foo/1', value: 2 },
      ]),
    ).toEqual(document);
    expect(() => applyJsonPatch({ baz: 'qux' }, [{ op: 'test', path: '/baz', value: 'bar' }])).toThrow(
      /test at \/baz fails/,
    );
  });

  it('reads ~1 as / and ~0 as ~, in that order', () => {
    expect(applyJsonPatch({ '/': 9, '~1': 10 }, [{ op: 'test', path: '/~01', value: 10 }])).toEqual({
      '/': 9,
      '~1': 10,
    });
    expect(applyJsonPatch({}, [{ op: 'add', path: '/a~1b', value: 1 }])).toEqual({ 'a/b': 1 });
  });

  it('refuses operations whose target does not exist, naming the path', () => {
    expect(() => applyJsonPatch({ foo: 'bar' }, [{ op: 'add', path: '/baz/bat', value: 'qux' }])).toThrow(
      /\/baz\/bat does not exist/,
    );
    expect(() => applyJsonPatch({ foo: 'bar' }, [{ op: 'replace', path: '/baz', value: 1 }])).toThrow(
      /\/baz does not exist/,
    );
    expect(() => applyJsonPatch({ foo: 'bar' }, [{ op: 'remove', path: '/baz' }])).toThrow(/does not exist/);
    expect(() => applyJsonPatch({ foo: [1] }, [{ op: 'add', path: '/foo/5', value: 2 }])).toThrow(
      /out of range/,
    );
    expect(() => applyJsonPatch({}, [{ op: 'add', path: 'foo', value: 1 }])).toThrow(/must start with \//);
  });

  it('applies to a copy', () => {
    const document = { foo: ['bar'] };
    applyJsonPatch(document, [{ op: 'add', path: '/foo/-', value: 'baz' }]);
    expect(document).toEqual({ foo: ['bar'] });
  });
});

describe('jsonPatchDiff', () => {
  it('removes, adds and replaces at the deepest changed key, and replaces changed lists whole', () => {
    expect(
      jsonPatchDiff({ a: 1, b: { c: 2, d: 3 }, e: [1, 2] }, { b: { c: 2, d: 4, f: 5 }, e: [1, 2, 3] }),
    ).toEqual([
      { op: 'remove', path: '/a' },
      { op: 'replace', path: '/b/d', value: 4 },
      { op: 'add', path: '/b/f', value: 5 },
      { op: 'replace', path: '/e', value: [1, 2, 3] },
    ]);
    expect(jsonPatchDiff({ 'a/b': 1 }, { 'a/b': 2 })).toEqual([{ op: 'replace', path: '/a~1b', value: 2 }]);
  });

  it('takes any document to any other through applyJsonPatch', () => {
    fc.assert(
      fc.property(jsonObject(true), jsonObject(true), (from, to) => {
        expect(applyJsonPatch(from, jsonPatchDiff(from, to))).toEqual(to);
      }),
    );
  });
});

describe('the helpers agree with a real kustomize build', () => {
  let binary: KustomizeBinary | undefined;
  beforeAll(async () => {
    binary = await kustomizeBinary();
  });

  const strategicCases: [string, JsonObject][] = [
    ['a deep map merge', { spec: { template: { nodeSelector: { gpu: 'a100' } } } }],
    ['a null deleting a key', { spec: { tags: null, template: { nodeSelector: { pool: null } } } }],
    ['a null label and annotation', { metadata: { labels: { tier: null }, annotations: { note: null } } }],
    ['a new map with null members', { spec: { template: { metadata: { labels: { a: null } } } } }],
    [
      'a list of named maps replaced whole',
      { spec: { template: { containers: [{ name: 'main', image: 'x:2' }] } } },
    ],
    ['a scalar list replaced whole', { spec: { tags: ['z'] } }],
  ];
  it.for(strategicCases)('strategic merge: %s', async ([, patch], context) => {
    if (!binary) return context.skip();
    const built = await buildPatched(binary, WIDGET, {
      type: 'strategic',
      patch: {
        apiVersion: 'example.com/v1',
        kind: 'Widget',
        ...patch,
        metadata: { name: 'w', ...(patch.metadata as JsonObject | undefined) },
      },
    });
    expect(built).toEqual(mergeStrategic(WIDGET, patch));
  });

  const jsonCases: [string, JsonPatchOperation[]][] = [
    [
      'replace in a list item',
      [{ op: 'replace', path: '/spec/template/containers/1/image', value: 'envoy:2' }],
    ],
    [
      'append and insert',
      [
        { op: 'add', path: '/spec/tags/-', value: 'z' },
        { op: 'add', path: '/spec/tags/0', value: 'first' },
      ],
    ],
    [
      'remove, move and copy',
      [
        { op: 'remove', path: '/metadata/labels/tier' },
        { op: 'move', from: '/spec/template/nodeSelector', path: '/spec/nodeSelector' },
        { op: 'copy', from: '/spec/replicas', path: '/spec/minReplicas' },
      ],
    ],
    ['an escaped key', [{ op: 'add', path: '/metadata/annotations', value: { 'example.com/a~b': 'c' } }]],
  ];
  it.for(jsonCases)('JSON 6902: %s', async ([, operations], context) => {
    if (!binary) return context.skip();
    const built = await buildPatched(binary, WIDGET, { type: 'json6902', operations });
    expect(built).toEqual(applyJsonPatch(WIDGET, operations));
  });

  it('a diff between two objects, applied by kustomize, gives the second', async (context) => {
    if (!binary) return context.skip();
    const to = mergeStrategic(WIDGET, {
      metadata: { labels: { stage: 'prod' } },
      spec: { tags: null, replicas: 5, template: { containers: [{ name: 'main', image: 'busybox:2' }] } },
    }) as JsonObject;
    const difference = strategicDiff(WIDGET, to);
    const patch = {
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      ...difference,
      metadata: { name: 'w', ...(difference.metadata as JsonObject) },
    };
    expect(await buildPatched(binary, WIDGET, { type: 'strategic', patch })).toEqual(to);
    const operations = jsonPatchDiff(WIDGET, to);
    expect(await buildPatched(binary, WIDGET, { type: 'json6902', operations })).toEqual(to);
  });
});

/** Small JSON objects over a few shared keys, so that two draws overlap. */
function jsonObject(withNull: boolean): fc.Arbitrary<JsonObject> {
  const key = fc.constantFrom('a', 'b', 'c', 'd/e', 'f~g');
  const scalar: fc.Arbitrary<Json> = withNull
    ? fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant(null))
    : fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.boolean());
  const { object } = fc.letrec<{ value: Json; object: JsonObject }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      tie('object'),
      fc.array(tie('value'), { maxLength: 3 }),
    ),
    object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  }));
  return object;
}
