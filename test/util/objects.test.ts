import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/convert/layout.js';
import { deepEqual, isPlainObject } from '../../src/util/objects.js';

describe('isPlainObject', () => {
  it('is true for maps only', () => {
    expect(isPlainObject({ a: 1 })).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(null)).toBe(false);
    expect(isPlainObject('a')).toBe(false);
  });
});

describe('deepEqual', () => {
  it('ignores key order and compares list items in order', () => {
    expect(deepEqual({ a: [1, { b: 2 }], c: 'x' }, { c: 'x', a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(deepEqual({ a: null }, { a: undefined })).toBe(false);
  });
});

describe('compareVersions', () => {
  it('orders release numbers part by part', () => {
    expect(compareVersions('2.10', '2.9')).toBeGreaterThan(0);
    expect(compareVersions('2.9', '2.10')).toBeLessThan(0);
    expect(compareVersions('2.3', '2.3')).toBe(0);
    expect(compareVersions('2.3', '2.2')).toBeGreaterThan(0);
  });
});
